using System.Diagnostics.CodeAnalysis;

namespace SanctionWatch.Model.Schemata;

/// <summary>
/// A FollowTheMoney schema the product uses (<c>Person</c>, <c>Vessel</c> …) with what it extends, so that
/// "an organisation" means <see cref="Organization"/> and every schema that <see cref="IsA(Schema)">is one</see>.
/// The hierarchy is a generated copy of the FollowTheMoney YAML (<c>Schema.Hierarchy.cs</c>).
/// </summary>
public readonly partial record struct Schema
{
    // The default value is Thing, the root: "any entity".
    private readonly byte _index;

    private Schema(int index) => _index = (byte)index;

    /// <summary>Every schema the product knows, parents before children.</summary>
    public static IReadOnlyList<Schema> All => AllSchemata;

    /// <summary>The name as FollowTheMoney writes it (<c>Person</c>, <c>LegalEntity</c> …).</summary>
    public string Name => Table[_index];

    /// <summary>The schemata this one extends directly.</summary>
    public IReadOnlyList<Schema> Extends => [.. ParentTable[_index].Select(i => new Schema(i))];

    /// <summary>The schema named <paramref name="name"/>; a <see cref="FormatException"/> names an unknown one.</summary>
    public static Schema Parse(string name) =>
        TryParse(name, out var schema) ? schema : throw new FormatException($"'{name}' is not a schema SanctionWatch knows (one of {string.Join(", ", Table)})");

    /// <summary>Reads <paramref name="name"/> as a schema; false for a name the product does not know.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out Schema schema)
    {
        if (name is not null && Derived.IndexOf.TryGetValue(name, out int index))
        {
            schema = new Schema(index);
            return true;
        }

        schema = default;
        return false;
    }

    /// <summary>True when <paramref name="name"/> names a known schema that is <paramref name="ancestor"/> or extends it.</summary>
    public static bool IsA(string? name, Schema ancestor) => TryParse(name, out var schema) && schema.IsA(ancestor);

    /// <summary>True when this schema is <paramref name="ancestor"/> or extends it, directly or not: a Company is an Organization.</summary>
    public bool IsA(Schema ancestor) => (Derived.Ancestors[_index] & (1 << ancestor._index)) != 0;

    /// <summary>True when <paramref name="name"/> names exactly this schema.</summary>
    public bool Is(string? name) => name == Name;

    /// <summary>The name, as <see cref="Name"/>.</summary>
    public override string ToString() => Name;

    // What the generated tables imply, worked out once: a name's index and each schema's ancestors (itself included) as
    // bits, so that IsA and TryParse cost a lookup on the matcher's per-candidate path.
    private static class Derived
    {
        public static readonly Dictionary<string, int> IndexOf = Table.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

        public static readonly int[] Ancestors = [.. Enumerable.Range(0, Table.Length).Select(AncestorBits)];

        private static int AncestorBits(int index) => ParentTable[index].Aggregate(1 << index, (bits, parent) => bits | AncestorBits(parent));
    }
}
