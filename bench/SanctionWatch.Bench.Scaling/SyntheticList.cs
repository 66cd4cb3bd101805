using SanctionWatch.Lists.Model;

namespace SanctionWatch.Bench.Scaling;

/// <summary>
/// Deterministic synthetic sanctions list: entry i copies the schema and name length (in tokens) of real entry
/// i mod N and draws each name token, with a seeded generator, from the tokens of real names of that schema.
/// The names therefore share the real lists' vocabulary (and their n-gram statistics) without being copies.
/// </summary>
internal static class SyntheticList
{
    public static List<ListEntity> Generate(IReadOnlyList<ListEntity> real, int count, int seed)
    {
        var random = new Random(seed);
        var pools = Pools(real);
        var result = new List<ListEntity>(count);
        for (int i = 0; i < count; i++)
        {
            var template = real[i % real.Count];
            var name = MakeName(random, pools[template.Schema], Math.Clamp(Tokens(template.Caption).Length, 1, 6));
            var properties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["name"] = [name] };
            result.Add(new ListEntity($"synthetic:{i}", template.Schema, name, "synthetic", i.ToString(System.Globalization.CultureInfo.InvariantCulture), [], "generated", null, properties));
        }

        return result;
    }

    /// <summary>Queries: half are real listed names with one adjacent-letter swap (hits), half are random names from the same vocabulary (mostly misses).</summary>
    public static List<string> Queries(IReadOnlyList<ListEntity> real, int count, int seed)
    {
        var random = new Random(seed);
        var pools = Pools(real);
        var queries = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            var template = real[random.Next(real.Count)];
            if (i % 2 == 0 && template.Caption.Length > 4)
            {
                var chars = template.Caption.ToCharArray();
                int at = random.Next(1, chars.Length - 2);
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                queries.Add(new string(chars));
            }
            else
            {
                queries.Add(MakeName(random, pools[template.Schema], 2 + random.Next(2)));
            }
        }

        return queries;
    }

    private static Dictionary<string, string[]> Pools(IReadOnlyList<ListEntity> real) =>
        real.GroupBy(e => e.Schema, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => Tokens(e.Caption)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    private static string[] Tokens(string name) => name.Split([' ', ',', '-', '.', '(', ')', '"', '/'], StringSplitOptions.RemoveEmptyEntries);

    private static string MakeName(Random random, string[] pool, int tokens)
    {
        var parts = new string[tokens];
        for (int t = 0; t < tokens; t++)
        {
            parts[t] = pool[random.Next(pool.Length)];
        }

        return string.Join(' ', parts);
    }
}
