using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SanctionWatch.Model.Documents;
using SanctionWatch.Tests.Support;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Tests.Events;

/// <summary>
/// Runs events and quotes over the five seed articles (the visible evaluation, not used for tuning) and writes a
/// minimal dossier to the temp folder, so that <c>score.py</c> and <c>sanctionwatch events evaluate</c> can report
/// figures. Person mentions stand in for the NER: every occurrence of the seed gold's person names (and their last
/// names) becomes a Person mention, as a tagger would find them.
/// </summary>
public sealed class SeedHarnessTest(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // What an entity linker would add to the NER's person mentions: the state a leader or official acts for.
    private static readonly Dictionary<string, string> PersonCountries = new(StringComparer.Ordinal)
    {
        ["Wladimir Putin"] = "ru",
        ["Kim Jong Un"] = "kp",
        ["Kim Jong Il"] = "kp",
        ["Dimitri Peskow"] = "ru",
        ["John Kirby"] = "us",
        ["Karine Jean-Pierre"] = "us",
        ["Yoon Suk Yeol"] = "kr",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_SeedArticles_EventsAndQuotesWithEvidenceInsideTheirDocument(bool personCountries)
    {
        string seeds = SharedData.PathOf("corpus", "seeds");
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("eval", "seeds-gold.json")));
        var persons = new List<(string Surface, string Name)>();
        foreach (var e in gold.RootElement.GetProperty("entities").EnumerateArray())
        {
            if (!e.GetProperty("schema").EnumerateArray().Any(s => s.GetString() == "Person"))
            {
                continue;
            }

            var names = e.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
            foreach (string n in names)
            {
                persons.Add((n, names[0]));
            }

            string last = names[0].Split(' ')[^1];
            if (names[0].Split(' ').Length == 2 && !names[0].Contains('-', StringComparison.Ordinal) && last.Length > 3)
            {
                persons.Add((last, names[0]));
            }
        }

        persons.Add(("Kim", "Kim Jong Un"));
        var documents = new List<object>();
        var entities = new Dictionary<string, (string Schema, string Name, string? Country, List<object> Mentions)>();
        var events = new List<object>();
        var quotes = new List<object>();
        foreach (string path in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var normalized = TextNormalizer.Normalize(File.ReadAllText(path));
            string text = normalized.Text;
            string docId = "doc:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
            documents.Add(new { id = docId, source = Path.GetFileName(path), language = "de", published = normalized.PrefixDate });
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens, "de");
            var mentions = new List<Mention>();
            Support.TestPacks.Places.Recognize(text, tokens, mentions);
            foreach (var (surface, name) in persons.OrderByDescending(p => p.Surface.Length))
            {
                for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                {
                    int end = at + surface.Length;
                    bool word = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]) || text[end] == 's');
                    if (word && !mentions.Any(m => m.Start < end && at < m.End))
                    {
                        mentions.Add(new Mention(at, end, surface, "Person", null, name, personCountries ? PersonCountries.GetValueOrDefault(name) : null, "harness"));
                    }
                }
            }

            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            string EntityOf(int index, bool government)
            {
                var m = mentions[index];
                string key = government && m.Country is { } c ? "country:" + c : m.Key ?? "person:" + m.Name;
                if (!entities.TryGetValue(key, out var entity))
                {
                    entity = (government ? "Country" : m.Schema, government ? m.Country! : m.Name, m.Country, []);
                    entities[key] = entity;
                }

                entity.Mentions.Add(new { document = docId, start = m.Start, end = m.End, text = m.Text });
                return "ent:" + key;
            }

            var found = new Analysis.Events.EventExtractor(Support.TestPacks.For("de")).Extract(text, tokens, sentences, mentions, normalized.PrefixDate);
            for (int i = 0; i < found.Count; i++)
            {
                var e = found[i];
                Assert.All(e.Evidence, s => Assert.InRange(s.End, s.Start + 1, text.Length));
                events.Add(new
                {
                    id = $"evt:{docId}:{i}",
                    type = e.Type,
                    mode = e.Mode,
                    actor = e.Actor is null ? null : EntityOf(e.Actor.Mention, e.Actor.AsGovernment),
                    target = e.Target is null ? null : EntityOf(e.Target.Mention, e.Target.AsGovernment),
                    items = e.Items.Select(x => new { text = x.Text, category = x.Category, quantity = x.Quantity }),
                    date = e.Date,
                    modality = e.Modality,
                    claimant = e.Claimant is null ? null : EntityOf(e.Claimant.Mention, e.Claimant.AsGovernment),
                    evidence = e.Evidence.Select(s => new { document = docId, start = s.Start, end = s.End, text = s.Of(text) }),
                    denies = e.Denies is { } d ? $"evt:{docId}:{d}" : null,
                    trigger = e.Trigger?.Of(text),
                });
            }

            foreach (var q in new Analysis.Quotes.QuoteExtractor(Support.TestPacks.For("de")).Extract(text, tokens, sentences, mentions))
            {
                Assert.Equal(q.Text, text[q.Start..q.End]);
                quotes.Add(new
                {
                    id = $"quo:{docId}:{q.Start}",
                    speaker = q.Speaker is { } s ? EntityOf(s, false) : null,
                    speakerText = q.SpeakerText,
                    role = q.Role,
                    text = q.Text,
                    direct = q.Direct,
                    document = docId,
                    start = q.Start,
                    end = q.End,
                });
            }
        }

        var dossier = new
        {
            schemaVersion = "1",
            documents,
            entities = entities.Select(kv => new { id = "ent:" + kv.Key, schema = kv.Value.Schema, name = kv.Value.Name, aliases = Array.Empty<string>(), country = kv.Value.Country, mentions = kv.Value.Mentions }),
            events,
            quotes,
        };
        string outPath = Path.Combine(Path.GetTempPath(), personCountries ? "sanctionwatch-seeds-events-linked.json" : "sanctionwatch-seeds-events.json");
        File.WriteAllText(outPath, JsonSerializer.Serialize(dossier, Indented));
        output.WriteLine($"wrote {outPath}: {events.Count} events, {quotes.Count} quotes");
        Assert.NotEmpty(events);
        Assert.NotEmpty(quotes);
    }
}
