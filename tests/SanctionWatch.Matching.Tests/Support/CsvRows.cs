using System.Text;

namespace SanctionWatch.Matching.Tests.Support;

/// <summary>Reads a CSV file with a header into rows keyed by column name.</summary>
public static class CsvRows
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = ReadRecord(reader)!;
        var rows = new List<Dictionary<string, string>>();
        while (ReadRecord(reader) is { } rec)
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < rec.Count ? rec[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<string>? ReadRecord(TextReader reader)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        while (true)
        {
            int c = reader.Read();
            if (c < 0 || (!quoted && c == '\n'))
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                return fields;
            }

            char ch = (char)c;
            if (quoted && ch == '"' && reader.Peek() == '"')
            {
                reader.Read();
                field.Append('"');
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }
    }
}
