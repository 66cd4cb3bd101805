using System.Text;

namespace SanctionWatch.Text;

/// <summary>A minimal RFC 4180 reader and writer: the pair files of <c>compare --pairs</c> and the name-matching benchmarks.</summary>
public static class Csv
{
    /// <summary>Reads one record (quoted fields may span lines); null at the end.</summary>
    /// <exception cref="FormatException">The text ends inside a quoted field.</exception>
    public static List<string>? ReadRecord(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int c = reader.Peek();
        if (c < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        while (true)
        {
            c = reader.Read();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new FormatException("CSV ends inside a quoted field");
                }

                fields.Add(field.ToString());
                return fields;
            }

            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString());
                return fields;
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }
    }

    /// <summary>Reads a file whose first record names the columns into rows keyed by column name (missing fields are empty).</summary>
    /// <exception cref="FormatException">The file ends inside a quoted field.</exception>
    public static List<Dictionary<string, string>> ReadRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = ReadRecord(reader) ?? [];
        var rows = new List<Dictionary<string, string>>();
        while (ReadRecord(reader) is { } record)
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < record.Count ? record[i] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Formats one record, quoting where needed.</summary>
    public static string Format(IEnumerable<string> fields) => string.Join(',', fields.Select(f =>
        f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
}
