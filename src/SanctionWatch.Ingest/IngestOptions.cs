namespace SanctionWatch.Ingest;

/// <summary>Limits and choices for reading input files.</summary>
/// <param name="MaxFileBytes">Files larger than this are skipped with a warning, so one huge input cannot exhaust memory.</param>
/// <param name="WarnOnUnsupportedInFolders">Whether files of an unknown type found inside a folder are reported (files named explicitly always are).</param>
public sealed record IngestOptions(long MaxFileBytes = IngestOptions.DefaultMaxFileBytes, bool WarnOnUnsupportedInFolders = true)
{
    /// <summary>The default size limit: 50 MiB, far above any article, low enough to read into memory.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static IngestOptions Default { get; } = new();
}
