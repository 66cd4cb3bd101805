using SanctionWatch.Ingest.Readers;

namespace SanctionWatch.Ingest;

/// <summary>
/// Reads files and folders into raw documents in a deterministic order, choosing a reader by file extension;
/// every input that cannot be read is reported as one warning and skipped, and the rest is still read.
/// </summary>
public sealed class DocumentLoader
{
    private readonly IngestOptions _options;
    private readonly Dictionary<string, IDocumentReader> _readers;

    /// <summary>Creates a loader with the given limits, or the defaults.</summary>
    /// <param name="options">Limits, or the defaults.</param>
    /// <param name="pageRead">Called with the file, the page number and the page count after each page of a PDF is read.</param>
    public DocumentLoader(IngestOptions? options = null, Action<string, int, int>? pageRead = null)
    {
        _options = options ?? IngestOptions.Default;
        var text = new PlainTextReader(_options);
        var markdown = new MarkdownReader(_options);
        var html = new HtmlReader(_options);
        var jsonLines = new JsonLinesReader(_options);
        var feed = new FeedReader(_options);
        var pdf = new PdfReader(_options) { PageRead = pageRead };
        _readers = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = text,
            [".md"] = markdown,
            [".markdown"] = markdown,
            [".html"] = html,
            [".htm"] = html,
            [".jsonl"] = jsonLines,
            [".xml"] = feed,
            [".rss"] = feed,
            [".atom"] = feed,
            [".pdf"] = pdf,
        };
    }

    /// <summary>The file extensions read (with the dot, lower case).</summary>
    public IReadOnlyCollection<string> Extensions => _readers.Keys;

    /// <summary>
    /// Reads <paramref name="paths"/> (files, or folders read recursively) in the order given, each folder's files
    /// in ordinal order of their relative paths; a file reached twice is read once. Bad inputs go to
    /// <paramref name="warn"/>, one line each.
    /// </summary>
    public IEnumerable<RawDocument> Load(IEnumerable<string> paths, Action<IngestWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(warn);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, explicitlyNamed) in Files(paths, warn))
        {
            if (!seen.Add(Path.GetFullPath(file)))
            {
                continue;
            }

            foreach (var document in ReadFile(file, explicitlyNamed, warn))
            {
                yield return document;
            }
        }
    }

    /// <summary>Reads one file with the reader for its extension; an unsupported file gives a warning.</summary>
    public IReadOnlyList<RawDocument> ReadFile(string path, Action<IngestWarning> warn) => ReadFile(path, explicitlyNamed: true, warn);

    private List<RawDocument> ReadFile(string path, bool explicitlyNamed, Action<IngestWarning> warn)
    {
        var extension = Path.GetExtension(path);
        if (!_readers.TryGetValue(extension, out var reader))
        {
            if (explicitlyNamed || _options.WarnOnUnsupportedInFolders)
            {
                var kind = extension.Length == 0 ? "no file extension" : $"unsupported file type '{extension}'";
                warn(new IngestWarning(path, null, $"{kind} (read: {string.Join(", ", _readers.Keys.Order(StringComparer.Ordinal))}); skipped"));
            }

            return [];
        }

        try
        {
            return reader.Read(path, warn).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug or a library failing on hostile input must not stop the other files, nor show a stack trace.
            warn(new IngestWarning(path, null, $"could not be read ({e.GetType().Name}: {InputFile.OneLine(e.Message)}); skipped"));
            return [];
        }
    }

    private static IEnumerable<(string Path, bool ExplicitlyNamed)> Files(IEnumerable<string> paths, Action<IngestWarning> warn)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, true);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FolderFiles(path, warn))
                {
                    yield return (file, false);
                }
            }
            else
            {
                warn(new IngestWarning(path, null, "no such file or folder; skipped"));
            }
        }
    }

    // Hidden entries (names starting with '.': .git, .DS_Store, editor files) are skipped silently; symbolic links to
    // folders are not followed, so a link cycle cannot loop. Sorting by ordinal name makes the order the same on
    // every machine.
    private static IEnumerable<string> FolderFiles(string root, Action<IngestWarning> warn)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(folder).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                warn(new IngestWarning(folder, null, $"cannot read folder: {InputFile.OneLine(e.Message)}; skipped"));
                continue;
            }

            var visible = entries.Where(e => !e.Name.StartsWith('.')).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            // A folder's own files first, then its subfolders, depth first: x.txt, z.txt, a/y.txt, b/w.txt.
            var subfolders = new List<string>();
            foreach (var entry in visible)
            {
                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget is null)
                    {
                        subfolders.Add(Path.Combine(folder, directory.Name));
                    }
                }
            }

            foreach (var entry in visible)
            {
                if (entry is FileInfo file)
                {
                    yield return Path.Combine(folder, file.Name);
                }
            }

            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }
}
