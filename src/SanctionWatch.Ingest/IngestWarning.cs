namespace SanctionWatch.Ingest;

/// <summary>An input that was skipped (or partly skipped), with a one-line reason.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line, where the problem is on one line (JSON lines), or null.</param>
/// <param name="Message">One line saying what is wrong.</param>
public sealed record IngestWarning(string Path, int? Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}
