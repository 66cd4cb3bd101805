using System.Text;

namespace SanctionWatch.Lists.Import;

/// <summary>Tells a list file's format from its first bytes (not from its name).</summary>
public static class ListFormatDetector
{
    /// <summary>Detects the format of the file at <paramref name="path"/>.</summary>
    public static ListFormat Detect(string path)
    {
        var buffer = new byte[4096];
        int n;
        using (var s = File.OpenRead(path))
        {
            n = s.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        string head = Encoding.UTF8.GetString(buffer, 0, n).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.StartsWith('<'))
        {
            if (head.Contains("<CONSOLIDATED_LIST", StringComparison.Ordinal))
            {
                return ListFormat.UnConsolidatedXml;
            }

            if (head.Contains("<sdnList", StringComparison.Ordinal))
            {
                return ListFormat.OfacSdnXml;
            }

            if (head.Contains("fpi/fsd/export", StringComparison.Ordinal) || head.Contains("<export", StringComparison.Ordinal))
            {
                return ListFormat.EuFsfXml;
            }

            return ListFormat.Unknown;
        }

        if (head.StartsWith('{'))
        {
            return ListFormat.FtmJsonLines;
        }

        // Legacy CSV files differ only in their column count and the type column of alt.csv.
        string first = head.Split('\n')[0];
        if (first.Length > 0 && char.IsAsciiDigit(first[0]))
        {
            int commas = CountTopLevelCommas(first);
            return commas switch
            {
                11 => ListFormat.OfacSdnCsv,
                4 when first.Contains("\"aka\"", StringComparison.OrdinalIgnoreCase) || first.Contains("\"fka\"", StringComparison.OrdinalIgnoreCase) || first.Contains("\"nka\"", StringComparison.OrdinalIgnoreCase) => ListFormat.OfacAltCsv,
                5 => ListFormat.OfacAddCsv,
                _ => ListFormat.Unknown,
            };
        }

        return ListFormat.Unknown;
    }

    private static int CountTopLevelCommas(string line)
    {
        int count = 0;
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
