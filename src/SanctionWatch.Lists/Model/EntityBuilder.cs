namespace SanctionWatch.Lists.Model;

/// <summary>Collects the properties of one entry while a file is parsed, keeping value order and dropping duplicates.</summary>
public sealed class EntityBuilder
{
    private readonly Dictionary<string, List<string>> _properties = new(StringComparer.Ordinal);
    private readonly List<string> _programs = [];

    /// <summary>Creates a builder for an entry of <paramref name="listId"/> with the list's own reference.</summary>
    public EntityBuilder(string listId, string reference, string schema)
    {
        ListId = listId;
        Reference = reference;
        Schema = schema;
    }

    /// <summary>The list id.</summary>
    public string ListId { get; }

    /// <summary>The list's reference for the entry.</summary>
    public string Reference { get; set; }

    /// <summary>The FtM schema.</summary>
    public string Schema { get; set; }

    /// <summary>The caption; the first name when not set.</summary>
    public string? Caption { get; set; }

    /// <summary>Adds a value, trimmed, unless empty or already present.</summary>
    public EntityBuilder Add(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        string clean = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!_properties.TryGetValue(property, out var list))
        {
            list = [];
            _properties[property] = list;
        }

        if (!list.Contains(clean, StringComparer.Ordinal))
        {
            list.Add(clean);
        }

        return this;
    }

    /// <summary>Adds a programme.</summary>
    public EntityBuilder AddProgram(string? program)
    {
        if (!string.IsNullOrWhiteSpace(program) && !_programs.Contains(program.Trim(), StringComparer.Ordinal))
        {
            _programs.Add(program.Trim());
        }

        return this;
    }

    /// <summary>True when the property has at least one value.</summary>
    public bool Has(string property) => _properties.ContainsKey(property);

    /// <summary>Builds the immutable entry.</summary>
    public ListEntity Build(string sourceFile, DateOnly? listDate)
    {
        string caption = Caption ?? (_properties.TryGetValue(FtmProperty.Name, out var names) ? names[0] : Reference);
        var props = _properties.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToArray(), StringComparer.Ordinal);
        return new ListEntity($"{ListId}:{Reference}", Schema, caption, ListId, Reference, _programs.ToArray(), sourceFile, listDate, props);
    }
}
