using System.Text;

namespace SanctionWatch.Cli.Commands;

/// <summary>A minimal RFC 4180 reader and writer for the pair files of <c>compare --pairs</c>.</summary>
public static class Csv
{
    /// <summary>Reads one record (quoted fields may span lines); null at the end.</summary>
    public static List<string>? ReadRecord(TextReader reader)
    {
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
                    throw new UserErrorException("CSV ends inside a quoted field");
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

    /// <summary>Formats one record, quoting where needed.</summary>
    public static string Format(IEnumerable<string> fields) => string.Join(',', fields.Select(f =>
        f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
}
