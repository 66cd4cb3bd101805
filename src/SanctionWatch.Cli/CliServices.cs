using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Analysis.Syntax;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage;

namespace SanctionWatch.Cli;

/// <summary>
/// The CLI's composition root: the one place that opens the store at an address, builds the reference data, the
/// analyser with its language packs, the matcher and the screening index, each only when a command first asks
/// (so that <c>lists</c> loads no model). Commands receive it and build none of these themselves.
/// </summary>
public sealed class CliServices : IDisposable
{
    private readonly Func<string, IStore> _open;
    private readonly Dictionary<string, IStore> _stores = new(StringComparer.Ordinal);
    private readonly Lock _storesLock = new();
    // Made on first use, not with the root: a command that needs neither should not even load their assemblies.
    private ReferenceData? _data;
    private EntityMatcher? _matcher;

    /// <summary>
    /// Creates the services of one run; <paramref name="openStore"/> opens a store from its address (by default each
    /// component is opened when a command first asks for it, so a command pays for the parts it uses).
    /// </summary>
    public CliServices(Func<string, IStore>? openStore = null) => _open = openStore ?? (address => new OnDemandStore(address));

    /// <summary>The gazetteers, language profiles and measures, each part loaded when first read.</summary>
    public ReferenceData Data => LazyInitializer.EnsureInitialized(ref _data, () => new ReferenceData());

    /// <summary>The name matcher with its default parameters.</summary>
    public EntityMatcher Matcher => LazyInitializer.EnsureInitialized(ref _matcher, EntityMatcher.CreateDefault);

    /// <summary>The store at <paramref name="address"/> (SQLite file or PostgreSQL), opened once per run.</summary>
    public IStore Store(string address)
    {
        lock (_storesLock)
        {
            if (!_stores.TryGetValue(address, out var store))
            {
                store = _open(address);
                _stores[address] = store;
            }

            return store;
        }
    }

    /// <summary>The analyser over the gazetteer, with the language packs of the built-in models or of the <c>LANG=FILE</c> models given.</summary>
    public DocumentAnalyzer Analyzer(string[]? nerModels = null, string[]? syntaxModels = null) =>
        DocumentAnalyzer.CreateStandard(Data.Gazetteer, new LanguagePacks(new LanguagePackOptions
        {
            NerModelFiles = ModelFiles(nerModels, "--ner-model"),
            SyntaxModelFiles = ModelFiles(syntaxModels, "--syntax-model"),
        }));

    /// <summary>The screening index over the lists loaded now in the store at <paramref name="address"/>, or null when none are.</summary>
    public ScreeningIndex? ListsIndex(string address)
    {
        using var lists = Store(address).OpenLists();
        var entities = lists.GetEntities();
        return entities.Count == 0 ? null : new ScreeningIndex(entities, Matcher);
    }

    /// <summary>The review decision log of the store at <paramref name="address"/>, for the dossier builders.</summary>
    public IReadOnlyList<ReviewDecision> Decisions(string address)
    {
        using var reviews = Store(address).OpenReviews();
        return reviews.Log();
    }

    /// <summary>The named-entity model in <paramref name="file"/>, or the built-in one of <paramref name="language"/>.</summary>
    public static NerModel NerModel(FileInfo? file, string language) => file is null
        ? Analysis.Ner.NerModel.LoadBuiltIn(language)
        : ReadModel(file, Analysis.Ner.NerModel.Read, "no such model file", "ner train");

    /// <summary>The tagger and parser model in <paramref name="file"/>, or the built-in one of <paramref name="language"/>.</summary>
    public static SyntaxModel SyntaxModel(FileInfo? file, string language) => file is null
        ? Analysis.Syntax.SyntaxModel.LoadBuiltIn(language) ?? throw new UserErrorException($"no built-in syntax model for '{language}' (use --model)")
        : ReadModel(file, Analysis.Syntax.SyntaxModel.Load, "no such file", "syntax train");

    /// <summary>
    /// Fails with "no store at …" when the SQLite file <paramref name="address"/> does not exist: commands that only read
    /// call this, so that a mistyped <c>--db</c> is an error rather than a new, empty store.
    /// </summary>
    public static void RequireStore(string address)
    {
        if (!Storage.Store.IsPostgres(address) && !File.Exists(address))
        {
            throw new UserErrorException($"no store at '{Path.GetFullPath(address)}': check --db (or $SANCTIONWATCH_DB); 'sanctionwatch analyze' or 'lists import' create one");
        }
    }

    /// <summary>True when <paramref name="address"/> is a SQLite file that does not exist yet (opening it would create it).</summary>
    public static bool IsNew(string address) => new StoreAddress(address).IsNewFile;

    /// <summary>Closes <paramref name="documents"/> and the store at <paramref name="address"/>, and deletes the SQLite file this command created, so a failed first run leaves nothing.</summary>
    public void Remove(IDocumentStore documents, string address)
    {
        ArgumentNullException.ThrowIfNull(documents);
        documents.Dispose();
        lock (_storesLock)
        {
            if (_stores.Remove(address, out var store))
            {
                store.Dispose();
            }
        }

        if (!Storage.Store.IsPostgres(address))
        {
            foreach (string suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(address + suffix);
            }
        }
    }

    /// <summary>Closes every store this run opened.</summary>
    public void Dispose()
    {
        lock (_storesLock)
        {
            foreach (var store in _stores.Values)
            {
                store.Dispose();
            }

            _stores.Clear();
        }
    }

    // A model file given on the command line: a missing or foreign file is the user's error, in one line.
    private static T ReadModel<T>(FileInfo file, Func<Stream, T> read, string missing, string trainer)
    {
        if (!file.Exists)
        {
            throw new UserErrorException($"{missing}: {file.FullName}");
        }

        using var stream = file.OpenRead();
        try
        {
            return read(stream);
        }
        catch (InvalidDataException e)
        {
            throw new UserErrorException($"{file.Name}: not a model from 'sanctionwatch {trainer}' ({e.Message})", e);
        }
    }

    private static Dictionary<string, string> ModelFiles(string[]? specs, string option)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string spec in specs ?? [])
        {
            int eq = spec.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == spec.Length - 1)
            {
                throw new UserErrorException($"{option} takes LANG=FILE, not '{spec}'");
            }

            string path = spec[(eq + 1)..];
            if (!File.Exists(path))
            {
                throw new UserErrorException($"no such model file: {path}");
            }

            files[spec[..eq].ToLowerInvariant()] = Path.GetFullPath(path);
        }

        return files;
    }
}
