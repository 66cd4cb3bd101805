using SanctionWatch.Analysis.Ner;

namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// A trained tagger, lemmatiser and dependency parser for one language: immutable, loaded once from a gzip stream and
/// safe to share between threads. <c>sanctionwatch syntax train</c> writes it.
/// </summary>
public sealed class SyntaxModel
{
    private const string Magic = "SWSYNTAX";
    private const int FormatVersion = 1;

    internal SyntaxModel(string language, TagSet tags, WeightTable tagger, Lemmatizer lemmatizer, WordClusters clusters, string[] labels, WeightTable transitions, WeightTable labelWeights)
    {
        Language = language;
        Tags = tags;
        TaggerWeights = tagger;
        Lemmatizer = lemmatizer;
        Clusters = clusters;
        Labels = labels;
        TransitionWeights = transitions;
        LabelWeights = labelWeights;
    }

    /// <summary>The language code the model was trained for.</summary>
    public string Language { get; }

    internal TagSet Tags { get; }

    internal WeightTable TaggerWeights { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal WordClusters Clusters { get; }

    internal string[] Labels { get; }

    internal WeightTable TransitionWeights { get; }

    internal WeightTable LabelWeights { get; }

    /// <summary>A new instance of the model shipped for <paramref name="language"/> (<c>de</c> or <c>en</c>), or null when none ships.</summary>
    public static SyntaxModel? LoadBuiltIn(string language)
    {
        var code = ModelLanguage.Code(language);
        if (code is null)
        {
            return null;
        }

        using var stream = typeof(SyntaxModel).Assembly.GetManifestResourceStream($"SanctionWatch.Analysis.Resources.Syntax.{code}.syntax.bin.gz");
        return stream is null ? null : Load(stream);
    }

    /// <summary>Reads a model (gzip-compressed, as written by <see cref="Save"/>).</summary>
    /// <exception cref="InvalidDataException">The stream is not a syntax model.</exception>
    public static SyntaxModel Load(Stream stream)
    {
        using var reader = ModelFile.OpenRead(stream);
        try
        {
            var language = ModelFile.ReadHeader(reader, Magic, FormatVersion, "syntax model");
            var tags = TagSet.Read(reader);
            var tagger = WeightTable.Read(reader);
            var lemmatizer = Lemmatizer.Read(reader);
            var clusters = WordClusters.Read(reader);
            var labels = TagSet.ReadStrings(reader);
            var transitions = WeightTable.Read(reader);
            var labelWeights = WeightTable.Read(reader);
            if (tagger.Classes != tags.Width || transitions.Classes != 3 || labelWeights.Classes != labels.Length)
            {
                throw new InvalidDataException("the weight tables do not match the tag and label sets");
            }

            return new SyntaxModel(language, tags, tagger, lemmatizer, clusters, labels, transitions, labelWeights);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the syntax model is truncated", e);
        }
        catch (InvalidDataException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"not a readable syntax model: {e.Message}", e);
        }
    }

    /// <summary>A copy whose tagger and parser weights below the thresholds are dropped (smaller file, fewer cache misses).</summary>
    internal SyntaxModel Pruned(float tagger, float parser) =>
        new(Language, Tags, TaggerWeights.Pruned(tagger), Lemmatizer, Clusters, Labels, TransitionWeights.Pruned(parser), LabelWeights.Pruned(parser));

    /// <summary>Writes the model, gzip-compressed.</summary>
    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion, Language);
        Tags.Write(writer);
        TaggerWeights.Write(writer);
        Lemmatizer.Write(writer);
        Clusters.Write(writer);
        TagSet.WriteStrings(writer, Labels);
        TransitionWeights.Write(writer);
        LabelWeights.Write(writer);
    }
}
