namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// Undoes pseudo-projective lifting (Nivre and Nilsson 2005, "head" encoding): a relation <c>a^b</c> says the word was
/// lifted from a head whose own relation is <c>b</c>; it is moved back to the first such word (breadth-first, left to
/// right) below its present head, outside its own subtree, and keeps relation <c>a</c>.
/// </summary>
public static class PseudoProjective
{
    /// <summary>The separator between a relation and its lifted head's relation.</summary>
    public const char Separator = '^';

    /// <summary>Restores the non-projective arcs in place; <paramref name="heads"/> are 0-based, -1 for the root.</summary>
    public static void Decode(int[] heads, string[] labels)
    {
        for (var d = 0; d < heads.Length; d++)
        {
            var mark = labels[d].IndexOf(Separator, StringComparison.Ordinal);
            if (mark < 0)
            {
                continue;
            }

            var wanted = labels[d][(mark + 1)..];
            labels[d] = labels[d][..mark];
            if (heads[d] < 0)
            {
                continue;
            }

            var target = Find(heads, labels, heads[d], d, wanted);
            if (target >= 0)
            {
                heads[d] = target;
            }
        }
    }

    private static int Find(int[] heads, string[] labels, int start, int lifted, string wanted)
    {
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            for (var c = 0; c < heads.Length; c++)
            {
                if (heads[c] != node || c == lifted)
                {
                    continue;
                }

                var label = labels[c];
                var mark = label.IndexOf(Separator, StringComparison.Ordinal);
                if ((mark < 0 ? label : label[..mark]) == wanted)
                {
                    return c;
                }

                queue.Enqueue(c);
            }
        }

        return -1;
    }
}
