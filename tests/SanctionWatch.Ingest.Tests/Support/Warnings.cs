namespace SanctionWatch.Ingest.Tests.Support;

/// <summary>Collects the warnings a reader reports.</summary>
internal sealed class Warnings
{
    public List<IngestWarning> All { get; } = [];

    public Action<IngestWarning> Add => All.Add;

    /// <summary>The single warning for the file named <paramref name="fileName"/>; fails when there is not exactly one.</summary>
    public IngestWarning Single(string fileName) => Assert.Single(All, w => Path.GetFileName(w.Path) == fileName);
}
