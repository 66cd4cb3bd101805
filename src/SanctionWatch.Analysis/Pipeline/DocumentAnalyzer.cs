using System.Security.Cryptography;
using System.Text;
using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Pipeline.Pipes;

namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// The per-document pipeline, in the manner of spaCy's <c>Language</c>: one <see cref="Doc"/> passes through named
/// pipes in order, each with the language pack of the document's language. The order is checked when the
/// analyser is built (a pipe's inputs must be written before it). Pure and thread-safe, so that documents can be
/// analysed in parallel and by any worker with the same result.
/// </summary>
public sealed class DocumentAnalyzer
{
    private readonly IPipe[] _pipes;
    private readonly Lazy<string> _version;

    /// <summary>An analyser with <paramref name="pipes"/>, run in the order given, over the resources of <paramref name="packs"/>.</summary>
    /// <exception cref="ArgumentException">A pipe reads a layer no earlier pipe writes, or two pipes share a name.</exception>
    public DocumentAnalyzer(LanguagePacks packs, IEnumerable<IPipe> pipes)
    {
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(pipes);
        Packs = packs;
        _pipes = [.. pipes];
        CheckOrder(_pipes);
        _version = new Lazy<string>(ComputeVersion);
    }

    /// <summary>The language packs the pipes use.</summary>
    public LanguagePacks Packs { get; }

    /// <summary>
    /// Identifies what the analyser computes: its pipes, the code and resources of this assembly (a deterministic
    /// build changes its identity exactly when they change) and any model given instead of a built-in one. Stored
    /// analyses of another version are redone.
    /// </summary>
    public string Version => _version.Value;

    /// <summary>The standard pipes: tokens, sentences, gazetteer, patterns, company names, named-entity tagger, affiliations, company homes, datelines, syntax, events, quotes.</summary>
    public static IReadOnlyList<IPipe> StandardPipes(GazetteerRecognizer gazetteer) =>
    [
        new TokenizerPipe(),
        new SentencePipe(),
        new GazetteerPipe(gazetteer),
        new PatternPipe(),
        new CompanyNamePipe(),
        new NerPipe(),
        new ShortNamePipe(),
        new AffiliationPipe(),
        new CompanyHomePipe(gazetteer),
        new DatelinePipe(),
        new SyntaxPipe(),
        new EventPipe(),
        new QuotePipe(),
    ];

    /// <summary>The standard analyser over every entry of <paramref name="gazetteer"/> and the given (or built-in) language packs.</summary>
    public static DocumentAnalyzer CreateStandard(Gazetteer gazetteer, LanguagePacks? packs = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return new(packs ?? new LanguagePacks(), StandardPipes(new GazetteerRecognizer(gazetteer.Entries)));
    }

    /// <summary>Loads what analysing a document in <paramref name="language"/> needs now, so that a caller can do it while documents are still being read.</summary>
    public void Prepare(string language) => Packs.Prepare(language);

    /// <summary>Analyses one document.</summary>
    public DocumentAnalysis Analyze(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = new Doc(document, Packs.Get(document.Language));
        foreach (var pipe in _pipes)
        {
            if ((pipe.Reads & DocLayer.Mentions) != 0)
            {
                doc.Mentions.Freeze();
            }

            pipe.Process(doc);
        }

        doc.Mentions.Freeze();
        return new DocumentAnalysis(document.Id, Version, doc.Sentences, [.. doc.Mentions.Items]) { Events = doc.Events, Quotes = doc.Quotes };
    }

    private static void CheckOrder(IPipe[] pipes)
    {
        var written = DocLayer.None;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipe in pipes)
        {
            if (!names.Add(pipe.Name))
            {
                throw new ArgumentException($"two pipes are named '{pipe.Name}'", nameof(pipes));
            }

            var missing = pipe.Reads & ~written;
            if (missing != DocLayer.None)
            {
                throw new ArgumentException($"pipe '{pipe.Name}' reads {missing}, which no pipe before it writes", nameof(pipes));
            }

            if ((pipe.Writes & DocLayer.Mentions) != 0 && pipes.TakeWhile(p => p != pipe).Any(p => (p.Reads & DocLayer.Mentions) != 0))
            {
                throw new ArgumentException($"pipe '{pipe.Name}' adds mentions after a pipe has read them", nameof(pipes));
            }

            written |= pipe.Writes;
        }
    }

    private string ComputeVersion()
    {
        string identity = string.Join(",", _pipes.Select(p => p.Name)) + "|" + typeof(DocumentAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "|" + Packs.Fingerprint;
        return "1." + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..12];
    }
}
