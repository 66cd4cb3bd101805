using System.Text;
using System.Text.RegularExpressions;

namespace SanctionWatch.Bench.LongDocuments;

/// <summary>Long texts made of the White House corpus's own paragraphs, in file-name order, repeated as needed.</summary>
internal static partial class LongText
{
    /// <summary>The corpus's documents without their front matter.</summary>
    public static List<string> Paragraphs(string corpusFolder)
    {
        var paragraphs = new List<string>();
        foreach (var file in Directory.GetFiles(corpusFolder).Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file);
            if (text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf("\n---", 3, StringComparison.Ordinal) is var end and > 0)
            {
                text = text[(end + 4)..];
            }

            paragraphs.AddRange(text.Split("\n\n").Select(p => Spaces().Replace(p, " ").Trim()).Where(p => p.Length > 0));
        }

        return paragraphs;
    }

    /// <summary>Paragraphs in order (from the start again when they run out) until about <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static string OfSize(List<string> paragraphs, long bytes)
    {
        var text = new StringBuilder();
        long written = 0;
        for (int i = 0; written < bytes; i++)
        {
            string paragraph = paragraphs[i % paragraphs.Count];
            text.Append(paragraph).Append("\n\n");
            written += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
