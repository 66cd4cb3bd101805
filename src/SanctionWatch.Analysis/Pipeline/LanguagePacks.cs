using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Syntax;

namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// The language packs of one analyser: each language's resources are loaded the first time a document in it
/// is seen (or when <see cref="Prepare"/> asks early), once, whichever thread asks. An instance, not a static:
/// whoever builds the analyser decides which models it uses.
/// </summary>
public sealed class LanguagePacks
{
    private readonly ConcurrentDictionary<string, Lazy<LanguagePack>> _packs = new(StringComparer.Ordinal);
    private readonly LanguagePackOptions _options;

    /// <summary>Packs from the resources built into this assembly, with the models in <paramref name="options"/> instead where given.</summary>
    public LanguagePacks(LanguagePackOptions? options = null)
    {
        _options = options ?? new LanguagePackOptions();
        foreach (var (language, path) in _options.NerModelFiles)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"no named-entity model for '{language}' at {path}", path);
            }
        }

        foreach (var (language, path) in _options.SyntaxModelFiles)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"no syntax model for '{language}' at {path}", path);
            }
        }
    }

    /// <summary>
    /// What distinguishes these packs' resources from the built-in ones: empty for the built-in resources (the
    /// analyser's assembly identifies those), otherwise a hash of the model files given.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            if (_options.NerModelFiles.Count == 0 && _options.SyntaxModelFiles.Count == 0)
            {
                return "";
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var (kind, files) in new[] { ("ner", _options.NerModelFiles), ("syntax", _options.SyntaxModelFiles) })
            {
                foreach (var (language, path) in files.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(kind + ":" + language));
                    hash.AppendData(File.ReadAllBytes(path));
                }
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        }
    }

    /// <summary>The pack for <paramref name="language"/>; an empty one for a language without resources.</summary>
    public LanguagePack Get(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _packs.GetOrAdd(language, l => new Lazy<LanguagePack>(() => Load(l))).Value;
    }

    /// <summary>Loads the pack of <paramref name="language"/> now, so that a caller can do it while documents are still being read.</summary>
    public void Prepare(string language) => Get(language);

    private LanguagePack Load(string language)
    {
        NerModel? ner = null;
        if (_options.NerModelFiles.TryGetValue(language, out string? path))
        {
            using var stream = File.OpenRead(path);
            ner = NerModel.Read(stream);
        }

        SyntaxModel? syntax = null;
        if (_options.SyntaxModelFiles.TryGetValue(language, out string? syntaxPath))
        {
            using var stream = File.OpenRead(syntaxPath);
            syntax = SyntaxModel.Load(stream);
        }

        return LanguagePack.LoadBuiltIn(language, ner, syntax);
    }
}
