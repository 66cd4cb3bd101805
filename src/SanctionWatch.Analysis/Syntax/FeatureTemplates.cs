using SanctionWatch.Analysis.Ner;

namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// Feature templates kept as data: each template is a space-separated list of atoms such as <c>S0.w B0.t</c>
/// (position.attribute) or a named extra such as <c>d</c>; the caller fills the atom values, the templates combine them.
/// </summary>
internal sealed class FeatureTemplates
{
    /// <summary>Per-word attributes: lower-cased form, fine tag, universal tag, word cluster, relation to the head, features.</summary>
    public static readonly string[] Attributes = ["w", "t", "u", "c", "l", "f"];

    private readonly int[][] _atoms;

    public FeatureTemplates(string[] positions, string[] extras, string[] templates)
    {
        Positions = positions;
        Templates = templates;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < positions.Length; p++)
        {
            for (var a = 0; a < Attributes.Length; a++)
            {
                index[positions[p] + "." + Attributes[a]] = (p * Attributes.Length) + a;
            }
        }

        for (var e = 0; e < extras.Length; e++)
        {
            index[extras[e]] = (positions.Length * Attributes.Length) + e;
        }

        AtomCount = index.Count;
        _atoms = [.. templates.Select(t => t.Split(' ').Select(a => index.TryGetValue(a, out var i) ? i : throw new ArgumentException($"unknown atom '{a}' in template '{t}'")).ToArray())];
    }

    public string[] Positions { get; }

    public string[] Templates { get; }

    /// <summary>How many atom values the caller fills: positions × attributes, then the extras.</summary>
    public int AtomCount { get; }

    /// <summary>Combines the atom values into one hashed feature per template; returns the count.</summary>
    public int Extract(ReadOnlySpan<ulong> atoms, Span<ulong> features)
    {
        for (var t = 0; t < _atoms.Length; t++)
        {
            var parts = _atoms[t];
            var h = FeatureHash.Feature(t, atoms[parts[0]]);
            for (var i = 1; i < parts.Length; i++)
            {
                h = FeatureHash.Chain(h, atoms[parts[i]]);
            }

            features[t] = h;
        }

        return _atoms.Length;
    }
}
