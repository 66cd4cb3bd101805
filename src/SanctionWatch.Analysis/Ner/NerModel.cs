using System.Buffers;

namespace SanctionWatch.Analysis.Ner;

/// <summary>
/// A trained named-entity tagger (averaged structured perceptron with Viterbi decoding over BIO labels) for one language.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "SWNER";
    private const int FormatVersion = 1;

    private readonly string[] _labels;
    private readonly float[] _transitions;
    private readonly float[] _start;
    private readonly SparseWeights _weights;
    private readonly NerFeatureExtractor _features;
    private readonly int[][] _predecessors;

    internal NerModel(string language, string[] labels, float[] transitions, float[] start, SparseWeights weights, WordClusters clusters, NerGazetteer gazetteer)
    {
        Language = language;
        _labels = labels;
        _transitions = transitions;
        _start = start;
        _weights = weights;
        Clusters = clusters;
        Gazetteer = gazetteer;
        _features = new NerFeatureExtractor(clusters, gazetteer);
        Viterbi.Constrain(labels, _transitions, _start);
        _predecessors = Viterbi.Predecessors(_transitions, labels.Length);
    }

    /// <summary>The language code the model was trained for (<c>de</c> or <c>en</c>).</summary>
    public string Language { get; }

    /// <summary>The labels the model predicts, <c>O</c> first.</summary>
    public IReadOnlyList<string> Labels => _labels;

    internal WordClusters Clusters { get; }

    internal NerGazetteer Gazetteer { get; }

    internal SparseWeights Weights => _weights;

    /// <summary>Reads the model shipped in this assembly for <paramref name="language"/> (<c>de</c> or <c>en</c>); each call reads a new copy, so load it once and share it.</summary>
    /// <exception cref="ArgumentException">No model exists for the language.</exception>
    public static NerModel LoadBuiltIn(string language) => TryLoadBuiltIn(language)
        ?? throw new ArgumentException($"no named-entity model for language '{language}' (de and en exist)", nameof(language));

    /// <summary>Reads a model written by <c>sanctionwatch ner train</c> (gzip-compressed).</summary>
    /// <exception cref="InvalidDataException">The stream is not a model file.</exception>
    public static NerModel Read(Stream stream)
    {
        using var reader = ModelFile.OpenRead(stream);
        try
        {
            var language = ModelFile.ReadHeader(reader, Magic, FormatVersion, "NER model");
            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            var L = labels.Length;
            var start = ReadFloats(reader, L);
            var transitions = ReadFloats(reader, L * L);

            var clusters = WordClusters.Read(reader);
            var gazCount = reader.ReadInt32();
            var gaz = new Dictionary<ulong, byte>(gazCount);
            for (var i = 0; i < gazCount; i++)
            {
                var key = reader.ReadUInt64();
                gaz[key] = reader.ReadByte();
            }

            var rows = reader.ReadInt32();
            var entries = reader.ReadInt32();
            var keys = new uint[rows];
            var starts = new int[rows + 1];
            var entryLabels = new byte[entries];
            var weights = new float[entries];
            uint key32 = 0;
            var e = 0;
            for (var r = 0; r < rows; r++)
            {
                // Keys are sorted and delta-coded so that gzip has something to compress.
                key32 += (uint)reader.Read7BitEncodedInt();
                keys[r] = key32;
                starts[r] = e;
                int count = reader.ReadByte();
                for (var j = 0; j < count; j++)
                {
                    entryLabels[e] = reader.ReadByte();
                    weights[e] = (float)BitConverter.UInt16BitsToHalf(reader.ReadUInt16());
                    e++;
                }
            }

            starts[rows] = e;
            return new NerModel(language, labels, transitions, start, new SparseWeights(keys, starts, entryLabels, weights), clusters, new NerGazetteer(gaz));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the model file is truncated", ex);
        }
    }

    /// <summary>Tags tokens with one BIO label each (e.g. <c>B-PER</c>, <c>I-ORG</c>, <c>O</c>).</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var n = tokens.Count;
        var result = new string[n];
        if (n == 0)
        {
            return result;
        }

        var best = new int[n];
        TagIndices(tokens, best);
        for (var i = 0; i < n; i++)
        {
            result[i] = _labels[best[i]];
        }

        return result;
    }

    /// <summary>Tags tokens and returns the entity spans.</summary>
    public List<NerSpan> TagSpans(IReadOnlyList<string> tokens) => BioLabels.ToSpans(Tag(tokens));

    /// <summary>Writes the model, gzip-compressed, in the format <see cref="Read"/> reads.</summary>
    public void Save(Stream stream)
    {
        using var writer = ModelFile.OpenWrite(stream, Magic, FormatVersion, Language);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }

        // Forbidden transitions are re-derived on load; store the learned values only.
        foreach (var s in _start)
        {
            writer.Write(s <= Viterbi.Forbidden ? 0f : s);
        }

        foreach (var t in _transitions)
        {
            writer.Write(t <= Viterbi.Forbidden ? 0f : t);
        }

        Clusters.Write(writer);
        var gaz = Gazetteer.Entries.OrderBy(p => p.Key).ToList();
        writer.Write(gaz.Count);
        foreach (var (key, mask) in gaz)
        {
            writer.Write(key);
            writer.Write(mask);
        }

        var w = _weights;
        var order = Enumerable.Range(0, w.RowKeys.Length).OrderBy(r => w.RowKeys[r]).ToArray();
        writer.Write(order.Length);
        writer.Write(w.RowStarts[^1]);
        uint previous = 0;
        foreach (var r in order)
        {
            writer.Write7BitEncodedInt((int)(w.RowKeys[r] - previous));
            previous = w.RowKeys[r];
            var from = w.RowStarts[r];
            var to = w.RowStarts[r + 1];
            writer.Write((byte)(to - from));
            for (var e = from; e < to; e++)
            {
                writer.Write(w.Labels[e]);
                writer.Write(BitConverter.HalfToUInt16Bits((Half)w.Weights[e]));
            }
        }
    }

    /// <summary>Writes the best label index for each token into <paramref name="best"/>.</summary>
    internal void TagIndices(IReadOnlyList<string> tokens, Span<int> best)
    {
        var n = tokens.Count;
        var L = _labels.Length;
        var features = ArrayPool<ulong>.Shared.Rent(n * NerFeatureExtractor.Stride);
        var counts = ArrayPool<int>.Shared.Rent(n);
        var emissions = ArrayPool<float>.Shared.Rent(n * L);
        try
        {
            _features.Extract(tokens, features, counts);
            Array.Clear(emissions, 0, n * L);
            for (var t = 0; t < n; t++)
            {
                var scores = emissions.AsSpan(t * L, L);
                var f = features.AsSpan(t * NerFeatureExtractor.Stride, counts[t]);
                foreach (var feature in f)
                {
                    _weights.AddTo(feature, scores);
                }
            }

            Viterbi.Decode(emissions.AsSpan(0, n * L), n, L, _transitions, _start, _predecessors, best);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(features);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<float>.Shared.Return(emissions);
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }

    /// <summary>The model shipped for <paramref name="language"/>, or null when the assembly carries none.</summary>
    internal static NerModel? TryLoadBuiltIn(string language)
    {
        using var stream = ModelLanguage.Code(language) is { } code ? EmbeddedStream(code) : null;
        return stream is null ? null : Read(stream);
    }

    private static Stream? EmbeddedStream(string language) =>
        typeof(NerModel).Assembly.GetManifestResourceStream($"SanctionWatch.Analysis.Resources.Ner.ner-{language}.bin.gz");
}
