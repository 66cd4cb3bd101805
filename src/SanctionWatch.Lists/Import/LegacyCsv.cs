using System.Text;

namespace SanctionWatch.Lists.Import;

/// <summary>Reads OFAC's legacy CSV dialect: no header, quoted fields, <c>-0- </c> as null, CRLF, a trailing 0x1A.</summary>
public static class LegacyCsv
{
    /// <summary>Reads every row of <paramref name="path"/>, checking that each has <paramref name="columns"/> fields.</summary>
    /// <exception cref="ListImportException">On a row with the wrong number of fields or an unterminated quote.</exception>
    public static IEnumerable<(int Line, string?[] Fields)> Read(string path, int columns)
    {
        string file = Path.GetFileName(path);
        string text = File.ReadAllText(path, Encoding.UTF8);
        int line = 1;
        int i = 0;
        var fields = new List<string?>(columns);
        var field = new StringBuilder();
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\u001A' or '\r' or '\n')
            {
                if (c == '\n')
                {
                    line++;
                }

                i++;
                continue;
            }

            int rowLine = line;
            fields.Clear();
            bool endOfRow = false;
            while (!endOfRow)
            {
                field.Clear();
                bool quoted = false;
                if (i < text.Length && text[i] == '"')
                {
                    quoted = true;
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new ListImportException($"{file} line {rowLine}: unterminated quoted field (truncated file?)");
                        }

                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        if (text[i] == '\n')
                        {
                            line++;
                        }

                        field.Append(text[i++]);
                    }
                }

                while (i < text.Length && text[i] is not (',' or '\r' or '\n' or '\u001A'))
                {
                    field.Append(text[i++]);
                }

                string value = field.ToString();
                fields.Add(!quoted && value.Trim() == "-0-" ? null : (quoted ? value : value.Trim()));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                }
                else
                {
                    endOfRow = true;
                }
            }

            if (fields.Count != columns)
            {
                throw new ListImportException($"{file} line {rowLine}: expected {columns} columns, found {fields.Count}; not an OFAC legacy CSV of this kind");
            }

            yield return (rowLine, fields.ToArray());
        }
    }
}
