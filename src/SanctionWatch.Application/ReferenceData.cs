using SanctionWatch.Text;

namespace SanctionWatch.Application;

/// <summary>
/// The data built into the assemblies that the services read: the language profiles. Each is loaded the first time
/// a service asks for it, once, whichever thread asks. An instance, not a static: whoever composes the services (a
/// command, the server, a test) makes one and hands it to them, as with the analyser's language packs.
/// </summary>
public sealed class ReferenceData
{
    private readonly Lazy<LanguageIdentifier> _languages = new(LanguageIdentifier.LoadBuiltIn);

    /// <summary>The language identifier over the built-in profiles.</summary>
    public LanguageIdentifier Languages => _languages.Value;
}
