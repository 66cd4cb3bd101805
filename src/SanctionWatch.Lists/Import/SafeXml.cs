namespace SanctionWatch.Lists.Import;

/// <summary>Opens untrusted XML with DTDs prohibited and no resolver, so XXE and entity expansion cannot run.</summary>
public static class SafeXml
{
    /// <summary>Creates a reader over <paramref name="stream"/> that refuses any DTD.</summary>
    public static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    });

    /// <summary>Runs a parse, turning XML errors into a one-line <see cref="Model.ListImportException"/>.</summary>
    public static T Guard<T>(string fileName, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (XmlException e)
        {
            string why = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "DTDs are not allowed in list files (possible XXE or entity expansion)"
                : e.Message;
            throw new Model.ListImportException($"{fileName}: not a well-formed list file: {OneLine(why)}", e);
        }
    }

    /// <summary>
    /// Opens the list file at <paramref name="path"/>, checks that its root element is <paramref name="root"/> (else it is
    /// not <paramref name="what"/>) and parses it with <paramref name="parse"/>, given the reader on the root element and the
    /// file's name; XML errors become a one-line <see cref="Model.ListImportException"/>.
    /// </summary>
    public static T ReadList<T>(string path, string root, string what, Func<XmlReader, string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        string file = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        return Guard(file, () =>
        {
            using var reader = CreateReader(stream);
            reader.MoveToContent();
            if (reader.LocalName != root)
            {
                throw new Model.ListImportException($"{file}: not {what} (root element <{reader.LocalName}>)");
            }

            return parse(reader, file);
        });
    }

    /// <summary>
    /// The elements below the root of <paramref name="reader"/> (on the root element) named one of <paramref name="names"/>,
    /// each read whole, in file order; everything else is skipped, so a large list is never held as one tree.
    /// </summary>
    public static IEnumerable<XElement> Elements(XmlReader reader, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && names.Contains(reader.LocalName))
            {
                yield return (XElement)XNode.ReadFrom(reader);
            }
            else
            {
                reader.Read();
            }
        }
    }

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
