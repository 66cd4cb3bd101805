using YamlDotNet.RepresentationModel;

namespace SanctionWatch.Assessment.Findings;

/// <summary>The measures of one sanctions regime, read from the data file embedded in the assembly.</summary>
public sealed class MeasureTable
{
    private MeasureTable(string regime, IReadOnlyList<Measure> measures, IReadOnlySet<string> exempt)
    {
        Regime = regime;
        Measures = measures;
        ExemptCategories = exempt;
    }

    /// <summary>A new table of the UN Security Council's DPRK regime (resolution 1718 and successors); immutable, so load it once and share it.</summary>
    public static MeasureTable LoadUnDprk() => Load("measures-un-dprk.yml");

    /// <summary>The regime's name in findings (<c>UN-DPRK</c>).</summary>
    public string Regime { get; }

    /// <summary>The measures.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>Item categories that are humanitarian and never flagged.</summary>
    public IReadOnlySet<string> ExemptCategories { get; }

    /// <summary>The measure with id <paramref name="id"/>.</summary>
    public Measure this[string id] => Measures.First(m => m.Id == id);

    private static MeasureTable Load(string resource)
    {
        using var stream = typeof(MeasureTable).Assembly.GetManifestResourceStream("SanctionWatch.Assessment." + resource)
            ?? throw new InvalidOperationException($"the measures table {resource} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        string regime = Scalar(root, "regime");
        var exempt = Sequence(root, "exempt-categories").ToHashSet(StringComparer.Ordinal);
        var measures = new List<Measure>();
        foreach (var node in (YamlSequenceNode)root.Children[new YamlScalarNode("measures")])
        {
            var m = (YamlMappingNode)node;
            measures.Add(new Measure(
                Scalar(m, "id"),
                Scalar(m, "description"),
                Scalar(m, "direction"),
                Sequence(m, "categories"),
                Sequence(m, "provisions"),
                bool.Parse(Scalar(m, "verified"))));
        }

        return new MeasureTable(regime, measures, exempt);
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? "";

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList()
            : [];
}
