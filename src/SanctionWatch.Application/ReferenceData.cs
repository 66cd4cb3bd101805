using SanctionWatch.Analysis.Gazetteers;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Assessment.Findings;
using SanctionWatch.Text;

namespace SanctionWatch.Application;

/// <summary>
/// The data built into the assemblies that the services read: the gazetteers, the language profiles and the sanctions
/// measures. Each is loaded the first time a service asks for it, once, whichever thread asks. An instance, not a
/// static: whoever composes the services (a command, the server, a test) makes one and hands it to them, as with the
/// analyser's language packs.
/// </summary>
public sealed class ReferenceData
{
    private readonly Lazy<Gazetteer> _gazetteer = new(Gazetteer.LoadBuiltIn);
    private readonly Lazy<LanguageIdentifier> _languages = new(() => LanguageIdentifier.LoadBuiltIn().Favouring(LanguagePack.BuiltInLanguages()));
    private readonly Lazy<MeasureTable> _measures = new(MeasureTable.LoadUnDprk);

    /// <summary>The places, organisations and people the analyser recognises and the dossier resolves.</summary>
    public Gazetteer Gazetteer => _gazetteer.Value;

    /// <summary>The language identifier over the built-in profiles, favouring the languages the analyser has packs for.</summary>
    public LanguageIdentifier Languages => _languages.Value;

    /// <summary>The measures of the UN DPRK regime, which findings are assessed against.</summary>
    public MeasureTable Measures => _measures.Value;
}
