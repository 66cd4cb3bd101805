namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>Reads and writes CoNLL-U: sentences separated by blank lines, comments and multiword-token lines kept as they are.</summary>
public static class Conllu
{
    /// <summary>Reads all sentences; a token line without ten tab-separated columns is a <see cref="FormatException"/> naming its line.</summary>
    public static List<ConlluSentence> Read(TextReader reader)
    {
        var sentences = new List<ConlluSentence>();
        var comments = new List<string>();
        var lines = new List<ConlluLine>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                if (lines.Count > 0)
                {
                    Flush();
                }

                comments.Add(line);
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 10)
            {
                throw new FormatException($"line {number}: expected 10 tab-separated columns, found {fields.Length}");
            }

            lines.Add(new ConlluLine(fields));
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (lines.Count > 0)
            {
                sentences.Add(new ConlluSentence([.. comments], [.. lines]));
            }

            comments.Clear();
            lines.Clear();
        }
    }

    /// <summary>Reads a file (UTF-8).</summary>
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Writes sentences, each followed by a blank line.</summary>
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            foreach (var comment in sentence.Comments)
            {
                writer.Write(comment);
                writer.Write('\n');
            }

            foreach (var line in sentence.Lines)
            {
                writer.Write(line.ToString());
                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }
}
