using System.Xml;

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

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
