namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>
/// Pseudo-projective lifting (Nivre and Nilsson 2005, "head" encoding): while a tree has a non-projective arc, the
/// shortest one is lifted to its head's head and its relation becomes <c>a^b</c>, b being the relation of the head it
/// left. <see cref="PseudoProjective.Decode"/> undoes it.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Projectivises a tree (0-based heads, -1 root), returning new head and label arrays.</summary>
    public static (int[] Heads, string[] Labels) Encode(int[] heads, string[] labels)
    {
        var h = (int[])heads.Clone();
        var l = (string[])labels.Clone();
        for (var guard = 0; guard < h.Length * h.Length; guard++)
        {
            var shortest = -1;
            for (var d = 0; d < h.Length; d++)
            {
                if (h[d] >= 0 && !IsProjective(h, d) && (shortest < 0 || Math.Abs(h[d] - d) < Math.Abs(h[shortest] - shortest)))
                {
                    shortest = d;
                }
            }

            if (shortest < 0)
            {
                break;
            }

            var head = h[shortest];
            if (!l[shortest].Contains(PseudoProjective.Separator, StringComparison.Ordinal))
            {
                l[shortest] = l[shortest] + PseudoProjective.Separator + Plain(l[head]);
            }

            h[shortest] = h[head];
        }

        return (h, l);
    }

    /// <summary>Whether every word between a word and its head is dominated by the head.</summary>
    public static bool IsProjective(int[] heads, int d)
    {
        var head = heads[d];
        if (head < 0)
        {
            return true;
        }

        for (var k = Math.Min(head, d) + 1; k < Math.Max(head, d); k++)
        {
            var a = k;
            var steps = 0;
            while (a >= 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }

    private static string Plain(string label)
    {
        var mark = label.IndexOf(PseudoProjective.Separator, StringComparison.Ordinal);
        return mark < 0 ? label : label[..mark];
    }
}
