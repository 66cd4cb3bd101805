using System.Security.Cryptography;
using System.Text;

namespace SanctionWatch.Model.Ids;

/// <summary>Builds identifiers that depend only on content, never on processing order or timing.</summary>
public static class ContentId
{
    /// <summary>The id of a document: <c>doc:</c> + the first 16 hex digits of the SHA-256 of its normalised text.</summary>
    public static string ForDocument(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        return "doc:" + Hex16(Encoding.UTF8.GetBytes(normalizedText));
    }

    /// <summary>An id with the given prefix (<c>ent</c>, <c>evt</c>, …) derived from the parts in order.</summary>
    public static string Of(string prefix, params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            // A separator that cannot occur in normalised text keeps ("ab","c") apart from ("a","bc").
            builder.Append(part ?? "\u0000null").Append('\u001f');
        }

        return prefix + ":" + Hex16(Encoding.UTF8.GetBytes(builder.ToString()));
    }

    private static string Hex16(byte[] bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
