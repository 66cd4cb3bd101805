namespace SanctionWatch.Analysis.Ner;

/// <summary>Turns BIO (or IOB1) label sequences into entity spans, the way conlleval and the GermEval 2014 script read them.</summary>
public static class BioLabels
{
    /// <summary>The label for tokens outside any entity.</summary>
    public const string Outside = "O";

    /// <summary>
    /// Reads spans from labels such as <c>B-PER</c>, <c>I-PER</c>, <c>O</c>. An <c>I-X</c> that does not continue an
    /// <c>X</c> span starts a new one, so IOB1 input (as wikigold uses) reads correctly too.
    /// </summary>
    public static List<NerSpan> ToSpans(IReadOnlyList<string> labels)
    {
        var spans = new List<NerSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var (prefix, labelType) = Split(labels[i]);
            var continues = prefix == 'I' && type is not null && string.Equals(type, labelType, StringComparison.Ordinal);
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                spans.Add(new NerSpan(start, i, type));
                type = null;
            }

            if (prefix is 'B' or 'I')
            {
                start = i;
                type = labelType;
            }
        }

        if (type is not null)
        {
            spans.Add(new NerSpan(start, labels.Count, type));
        }

        return spans;
    }

    /// <summary>Writes spans back as BIO labels over <paramref name="count"/> tokens.</summary>
    public static string[] FromSpans(IEnumerable<NerSpan> spans, int count)
    {
        var labels = new string[count];
        Array.Fill(labels, Outside);
        foreach (var span in spans)
        {
            labels[span.Start] = "B-" + span.Type;
            for (var i = span.Start + 1; i < span.End; i++)
            {
                labels[i] = "I-" + span.Type;
            }
        }

        return labels;
    }

    /// <summary>Rewrites IOB1 or loose BIO labels as strict BIO (every span starts with <c>B-</c>).</summary>
    public static string[] ToStrictBio(IReadOnlyList<string> labels) => FromSpans(ToSpans(labels), labels.Count);

    /// <summary>The type without GermEval's <c>deriv</c> / <c>part</c> suffix.</summary>
    public static string BaseType(string type)
    {
        if (type.EndsWith("deriv", StringComparison.Ordinal))
        {
            return type[..^5];
        }

        return type.EndsWith("part", StringComparison.Ordinal) ? type[..^4] : type;
    }

    /// <summary>Splits a label into its prefix (B, I or O) and type.</summary>
    private static (char Prefix, string Type) Split(string label)
    {
        if (label.Length > 2 && label[1] == '-' && label[0] is 'B' or 'I')
        {
            return (label[0], label[2..]);
        }

        return ('O', string.Empty);
    }
}
