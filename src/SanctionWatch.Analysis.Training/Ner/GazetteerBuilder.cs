using System.IO.Compression;
using System.Text.Json;
using System.Xml;

namespace SanctionWatch.Analysis.Training.Ner;

/// <summary>
/// Compiles gazetteer features from shared data: GeoNames cities (CC BY 4.0), country names (country-list, MIT; GeoNames
/// translations), and person and organisation names from the UN and OFAC sanctions lists (public). Only hashes are kept.
/// </summary>
internal sealed class GazetteerBuilder
{
    public const int City = 0;
    public const int Country = 1;
    public const int NamePart = 2;
    public const int PersonName = 3;
    public const int Organisation = 4;
    public const int OrganisationWord = 5;

    // Written for this project: words that mark organisation names in German and English news.
    private static readonly string[] OrganisationWords =
    [
        "GmbH", "AG", "SE", "KG", "e.V.", "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "LLC", "PLC", "OOO", "OAO", "ZAO", "PAO", "JSC",
        "Company", "Group", "Bank", "Holding", "Partei", "Party", "Ministerium", "Ministry", "Agentur", "Agency", "Bundesamt", "Verband", "Union", "Institut",
        "Institute", "Universität", "University", "Council", "Rat", "Kommission", "Commission", "Committee", "Komitee", "Organisation", "Organization", "Army",
        "Armee", "Navy", "Trading", "Shipping", "Airlines", "Gesellschaft", "Stiftung", "Foundation", "Association", "Federation", "Verein", "Konzern", "Werke",
    ];

    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    private readonly Dictionary<ulong, byte> _entries = [];

    public int Count => _entries.Count;

    public NerGazetteer Build() => new(new Dictionary<ulong, byte>(_entries));

    /// <summary>Adds one name, tokenised the way the corpora are (words apart from punctuation).</summary>
    public void Add(string name, int category)
    {
        var tokens = Tokenise(name);
        if (tokens.Count == 0 || tokens.Count > NerGazetteer.MaxTokens)
        {
            return;
        }

        // Single words must look like names: at least two characters, a capital, a lower-case letter.
        if (tokens.Count == 1 && (tokens[0].Length < 2 || !char.IsUpper(tokens[0][0]) || !tokens[0].Any(char.IsLower)) && category != OrganisationWord)
        {
            return;
        }

        var hashes = tokens.Select(t => FeatureHash.Of(t)).ToArray();
        var key = NerGazetteer.SequenceHash(hashes);
        _entries[key] = (byte)(_entries.GetValueOrDefault(key) | (1 << category));
    }

    public void AddOrganisationWords()
    {
        foreach (var word in OrganisationWords)
        {
            Add(word, OrganisationWord);
        }
    }

    public void AddGeoNamesCities(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".txt", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                var fields = line.Split('\t');
                if (fields.Length < 4)
                {
                    continue;
                }

                Add(fields[1], City);
                Add(fields[2], City);
                foreach (var alternate in fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (IsLatinName(alternate))
                    {
                        Add(alternate, City);
                    }
                }
            }
        }
    }

    public void AddCountryList(string csvPath)
    {
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                Add(line[(comma + 1)..].Trim('"'), Country);
            }
        }
    }

    public void AddCountryTranslations(string jsonPath, params string[] languages)
    {
        using var stream = File.OpenRead(jsonPath);
        using var document = JsonDocument.Parse(stream);
        foreach (var country in document.RootElement.EnumerateObject())
        {
            foreach (var language in languages)
            {
                if (country.Value.TryGetProperty(language, out var name) && name.GetString() is { } text)
                {
                    Add(text, Country);
                }
            }
        }
    }

    /// <summary>Adds persons and entities from a UN consolidated list (untrusted XML: no DTDs, no resolver).</summary>
    public void AddUnList(string xmlPath)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(xmlPath, settings);
        var document = new XmlDocument { XmlResolver = null };
        document.Load(reader);
        foreach (XmlElement person in document.GetElementsByTagName("INDIVIDUAL"))
        {
            var parts = NameParts
                .Select(tag => person[tag]?.InnerText.Trim())
                .Where(p => !string.IsNullOrEmpty(p))
                .Select(p => TitleCase(p!))
                .ToList();
            AddPerson(parts);
            foreach (XmlElement alias in person.GetElementsByTagName("ALIAS_NAME"))
            {
                AddPerson([TitleCase(alias.InnerText.Trim())]);
            }
        }

        foreach (XmlElement entity in document.GetElementsByTagName("ENTITY"))
        {
            if (entity["FIRST_NAME"]?.InnerText is { } name)
            {
                Add(TitleCase(name.Trim()), Organisation);
            }

            foreach (XmlElement alias in entity.GetElementsByTagName("ALIAS_NAME"))
            {
                Add(TitleCase(alias.InnerText.Trim()), Organisation);
            }
        }
    }

    /// <summary>Adds persons ("LAST, First") and entities from OFAC's legacy SDN CSV.</summary>
    public void AddOfacSdn(string csvPath)
    {
        foreach (var line in File.ReadLines(csvPath, Encoding.Latin1))
        {
            var fields = SplitCsv(line);
            if (fields.Count < 3)
            {
                continue;
            }

            var name = fields[1];
            var type = fields[2].Trim();
            if (type == "individual")
            {
                var comma = name.IndexOf(',', StringComparison.Ordinal);
                var parts = comma < 0 ? [TitleCase(name)] : new List<string> { TitleCase(name[(comma + 1)..].Trim()), TitleCase(name[..comma].Trim()) };
                AddPerson(parts);
            }
            else if (type == "-0-")
            {
                Add(TitleCase(name), Organisation);
            }
        }
    }

    private void AddPerson(List<string> parts)
    {
        var full = string.Join(' ', parts);
        Add(full, PersonName);

        // News writes the first given name and the surname ("Vladimir Putin" for PUTIN, Vladimir Vladimirovich).
        var tokens = Tokenise(full);
        if (tokens.Count > 2)
        {
            Add(tokens[0] + " " + tokens[^1], PersonName);
        }

        foreach (var token in tokens)
        {
            Add(token, NamePart);
        }
    }

    private static bool IsLatinName(string name) =>
        name.Any(char.IsLower) && name.All(c => c < 0x250 && (char.IsLetter(c) || c is ' ' or '-' or '\'' or '.'));

    /// <summary>"KIM JONG UN" → "Kim Jong Un"; short all-capital words stay (they are usually acronyms).</summary>
    private static string TitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length >= 4 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                var chars = w.ToLowerInvariant().ToCharArray();
                for (var j = 0; j < chars.Length; j++)
                {
                    if (j == 0 || !char.IsLetter(chars[j - 1]))
                    {
                        chars[j] = char.ToUpperInvariant(chars[j]);
                    }
                }

                words[i] = new string(chars);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>Splits on spaces and separates leading and trailing punctuation, as the NER corpora tokenise.</summary>
    internal static List<string> Tokenise(string text)
    {
        var tokens = new List<string>();
        foreach (var raw in text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            var end = raw.Length;
            var trailing = new List<string>();
            while (start < end && IsEdgePunctuation(raw[start]))
            {
                tokens.Add(raw[start].ToString());
                start++;
            }

            while (end > start && IsEdgePunctuation(raw[end - 1]))
            {
                trailing.Insert(0, raw[end - 1].ToString());
                end--;
            }

            if (end > start)
            {
                tokens.Add(raw[start..end]);
            }

            tokens.AddRange(trailing);
        }

        return tokens;
    }

    private static bool IsEdgePunctuation(char c) => c is ',' or ';' or ':' or '(' or ')' or '"' or '\'' or '„' or '“' or '”' or '!' or '?';

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
