using SanctionWatch.Lists.Ftm;

namespace SanctionWatch.Lists.Import;

/// <summary>
/// Imports a set of list files, detecting each one's format; OFAC's <c>alt.csv</c>/<c>add.csv</c> are joined with
/// the <c>sdn.csv</c> given alongside them. Returns one snapshot per list; nothing is written anywhere.
/// </summary>
public sealed class ListImporter
{
    private readonly TimeProvider _clock;

    /// <summary>Creates an importer that stamps snapshots with <paramref name="clock"/>'s time.</summary>
    public ListImporter(TimeProvider clock)
    {
        _clock = clock;
    }

    /// <summary>Parses <paramref name="paths"/> into whole-list snapshots.</summary>
    /// <param name="paths">List files in any supported format.</param>
    /// <param name="listDate">Overrides the list date for formats that do not carry one (OFAC CSV).</param>
    /// <exception cref="ListImportException">A file is missing, unknown or malformed.</exception>
    public IReadOnlyList<ListSnapshot> Import(IReadOnlyList<string> paths, DateOnly? listDate = null)
    {
        var byFormat = new List<(string Path, ListFormat Format)>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new ListImportException($"{path}: no such file");
            }

            var format = ListFormatDetector.Detect(path);
            if (format == ListFormat.Unknown)
            {
                throw new ListImportException($"{Path.GetFileName(path)}: not a list file this program knows (UN XML, OFAC CSV/XML, EU FSF XML, FtM JSON lines)");
            }

            byFormat.Add((path, format));
        }

        string? alt = byFormat.Where(f => f.Format == ListFormat.OfacAltCsv).Select(f => f.Path).FirstOrDefault();
        string? add = byFormat.Where(f => f.Format == ListFormat.OfacAddCsv).Select(f => f.Path).FirstOrDefault();
        var snapshots = new List<ListSnapshot>();
        bool sdnSeen = false;
        foreach (var (path, format) in byFormat)
        {
            switch (format)
            {
                case ListFormat.UnConsolidatedXml:
                    snapshots.Add(UnConsolidatedImporter.Import(path, _clock));
                    break;
                case ListFormat.OfacSdnCsv:
                    snapshots.Add(OfacSdnCsvImporter.Import(path, alt, add, listDate, _clock));
                    sdnSeen = true;
                    break;
                case ListFormat.OfacSdnXml:
                    snapshots.Add(OfacSdnXmlImporter.Import(path, _clock));
                    break;
                case ListFormat.FtmJsonLines:
                    snapshots.Add(FtmJsonLines.Import(path, _clock));
                    break;
                case ListFormat.EuFsfXml:
                    snapshots.Add(EuFsfImporter.Import(path, _clock));
                    break;
                default:
                    break;
            }
        }

        if (!sdnSeen && (alt is not null || add is not null))
        {
            throw new ListImportException("alt.csv and add.csv join an sdn.csv: give the sdn.csv in the same import");
        }

        return snapshots;
    }
}
