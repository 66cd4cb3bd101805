using PdfSharp.Pdf;

namespace SanctionWatch.Ingest.Tests.Support;

/// <summary>Writes a one-page PDF that needs a password to open, with PDFsharp (PdfPig's writer cannot encrypt).</summary>
internal static class EncryptedPdf
{
    /// <summary>The file's bytes.</summary>
    public static byte[] Build()
    {
        using var document = new PdfDocument();
        document.AddPage();
        document.SecuritySettings.UserPassword = "user-secret";
        document.SecuritySettings.OwnerPassword = "owner-secret";
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
