using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SanctionWatch.Bench.LongDocuments;

/// <summary>
/// A synthetic report of the given number of A4 pages: numbered paragraphs of corpus text wrapped at 90 characters,
/// 48 lines a page, a running header and a page number; returns the PDF and the same body text as plain text.
/// </summary>
internal static class ReportPdf
{
    public static (byte[] Pdf, string Text) Build(List<string> paragraphs, int pages)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = "Synthetic report of the Panel of Experts (S/2099/1)";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var plain = new StringBuilder();
        var lines = Lines(paragraphs, pages * 48, plain);
        for (int p = 0; p < pages; p++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText("Synthetic report S/2099/1", 9, new PdfPoint(72, 800), font);
            for (int l = 0; l < 48; l++)
            {
                string line = lines[(p * 48) + l];
                if (line.Length > 0)
                {
                    page.AddText(line, 10, new PdfPoint(72, 760 - (l * 14)), font);
                }
            }

            page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(290, 40), font);
        }

        return (builder.Build(), plain.ToString());
    }

    // Wrapped lines with an empty line between paragraphs; the plain text gets the same paragraphs unwrapped.
    private static List<string> Lines(List<string> paragraphs, int count, StringBuilder plain)
    {
        var lines = new List<string>(count);
        for (int i = 0, n = 1; lines.Count < count; i++, n++)
        {
            string paragraph = $"{n}. {Latin1(paragraphs[i % paragraphs.Count])}";
            var line = new StringBuilder();
            int before = lines.Count;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length + word.Length + 1 > 90 && line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            lines.Add(line.ToString());
            lines.Add("");
            if (lines.Count <= count)
            {
                plain.Append(paragraph).Append("\n\n");
            }
            else
            {
                // The last paragraph is cut where the last page ends, in both forms.
                plain.Append(string.Join(' ', lines.Skip(before).Take(count - before))).Append("\n\n");
            }
        }

        return lines.Take(count).ToList();
    }

    // Helvetica as a standard font writes ASCII safely: accents are dropped and typographic marks become plain.
    private static string Latin1(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ when c is >= ' ' and <= '~' => c,
                _ => ' ',
            });
        }

        return sb.ToString();
    }
}
