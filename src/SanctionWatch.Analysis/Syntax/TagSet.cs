namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// What the tagger predicts, laid out as slices of one score row: UPOS, then XPOS, then one slice per morphological
/// feature (Case, Number, …) whose first value means "absent". One lookup per feature scores every slice at once.
/// </summary>
internal sealed class TagSet
{
    public TagSet(string[] upos, string[] xpos, string[] categories, string[][] values)
    {
        Upos = upos;
        Xpos = xpos;
        Categories = categories;
        Values = values;
        Offsets = new int[categories.Length + 1];
        var offset = upos.Length + xpos.Length;
        for (var c = 0; c < categories.Length; c++)
        {
            Offsets[c] = offset;
            offset += values[c].Length;
        }

        Offsets[categories.Length] = offset;
        Width = offset;
    }

    /// <summary>The universal tags.</summary>
    public string[] Upos { get; }

    /// <summary>The treebank tags (STTS, PTB).</summary>
    public string[] Xpos { get; }

    /// <summary>Feature names in UD order (alphabetical, case-insensitive).</summary>
    public string[] Categories { get; }

    /// <summary>Per category its values; value 0 is the empty string, meaning "absent".</summary>
    public string[][] Values { get; }

    /// <summary>Where each category's slice starts in the row; one extra element at the end.</summary>
    public int[] Offsets { get; }

    /// <summary>The row width.</summary>
    public int Width { get; }

    /// <summary>The feature string of chosen values (one index per category), or <c>_</c> when all are absent.</summary>
    public string FeatString(ReadOnlySpan<int> chosen)
    {
        var parts = new List<string>();
        for (var c = 0; c < Categories.Length; c++)
        {
            if (chosen[c] > 0)
            {
                parts.Add(Categories[c] + "=" + Values[c][chosen[c]]);
            }
        }

        return parts.Count == 0 ? "_" : string.Join('|', parts);
    }

    /// <summary>The argmax of a slice of the scores.</summary>
    public static int Best(ReadOnlySpan<float> scores, int start, int count)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var i = 0; i < count; i++)
        {
            if (scores[start + i] > bestScore)
            {
                bestScore = scores[start + i];
                best = i;
            }
        }

        return best;
    }

    public void Write(BinaryWriter writer)
    {
        WriteStrings(writer, Upos);
        WriteStrings(writer, Xpos);
        WriteStrings(writer, Categories);
        foreach (var v in Values)
        {
            WriteStrings(writer, v);
        }
    }

    public static TagSet Read(BinaryReader reader)
    {
        var upos = ReadStrings(reader);
        var xpos = ReadStrings(reader);
        var categories = ReadStrings(reader);
        var values = new string[categories.Length][];
        for (var c = 0; c < categories.Length; c++)
        {
            values[c] = ReadStrings(reader);
        }

        return new TagSet(upos, xpos, categories, values);
    }

    internal static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> strings)
    {
        writer.Write(strings.Count);
        foreach (var s in strings)
        {
            writer.Write(s);
        }
    }

    internal static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 1_000_000)
        {
            throw new InvalidDataException("bad string list length");
        }

        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = reader.ReadString();
        }

        return result;
    }
}
