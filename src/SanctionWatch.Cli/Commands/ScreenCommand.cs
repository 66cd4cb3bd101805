using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;

namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>screen</c> command: screen a name, or a batch of FtM-shaped queries, against the loaded lists.</summary>
public static class ScreenCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "The name to screen", Arity = ArgumentArity.ZeroOrOne };
        var schema = new Option<string?>("--schema") { Description = "Person, Organization, Company, PublicBody, Vessel, Airplane, LegalEntity or Thing (any case)" };
        var country = new Option<string[]>("--country") { Description = "Country (ISO code or name)", AllowMultipleArgumentsPerToken = true };
        var birthDate = new Option<string[]>("--birth-date") { Description = "Birth date (1984, 1984-01, 1984-01-08, 08.01.1984, 8 January 1984)", AllowMultipleArgumentsPerToken = true };
        var threshold = new Option<double?>("--threshold") { Description = "Match threshold (default: the algorithm's)" };
        var limit = new Option<int>("--limit") { Description = "Results per query", DefaultValueFactory = _ => 5 };
        var all = new Option<bool>("--all") { Description = "Also show results below the threshold" };
        var json = new Option<bool>("--json") { Description = "Print JSON (one line per query)" };
        var batch = new Option<FileInfo?>("--batch") { Description = "A JSON lines file of queries {id, schema, properties}" };
        var lists = new Option<string[]>("--list") { Description = "Screen only these lists", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out these list entries (LIST:REFERENCE), as yente's exclude_entity_ids", AllowMultipleArgumentsPerToken = true };
        var entity = new Option<string?>("--entity") { Description = "The dossier entity (ent:…) the name stands for: leave out the list entries an analyst rejected for it" };
        var db = CommonOptions.Db();
        var command = new Command("screen", "Screen names against the loaded sanctions lists");
        command.Arguments.Add(name);
        foreach (var o in new Option[] { schema, country, birthDate, threshold, limit, all, json, batch, lists, exclude, entity, db })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse => CliApp.Guard(() =>
        {
            string? single = parse.GetValue(name);
            var batchFile = parse.GetValue(batch);
            if ((single is null) == (batchFile is null))
            {
                throw new UserErrorException("give either a NAME or --batch FILE") { ExitCode = ExitCodes.Usage };
            }

            int max = parse.GetValue(limit);
            if (max < 1)
            {
                throw new UserErrorException("--limit must be at least 1") { ExitCode = ExitCodes.Usage };
            }

            var index = LoadIndex(parse.GetValue(db)!, parse.GetValue(lists));
            double cut = parse.GetValue(threshold) ?? index.Matcher.Parameters.Threshold;
            double retrieve = parse.GetValue(all) ? 0 : cut;
            var excluded = ReviewCommands.Excluded(parse.GetValue(db)!, parse.GetValue(exclude), parse.GetValue(entity));
            if (batchFile is not null)
            {
                return RunBatch(index, batchFile, max, retrieve, cut, excluded);
            }

            ScreeningQuery query;
            try
            {
                query = ScreeningQuery.FromInput(single!, parse.GetValue(schema), [single!], parse.GetValue(birthDate) ?? [], parse.GetValue(country) ?? []);
            }
            catch (InvalidQueryException e)
            {
                throw new UserErrorException(e.Message) { ExitCode = ExitCodes.Usage };
            }

            var results = Rethreshold(Screen(index, query, max, retrieve, excluded), cut);
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                using (var w = new Utf8JsonWriter(stdout, ScreeningJson.WriterOptions))
                {
                    ScreeningJson.Write(w, single!, results, cut);
                }

                stdout.Write("\n"u8);
                return ExitCodes.Success;
            }

            if (results.Count == 0)
            {
                Console.WriteLine($"No entries at or above {cut.ToString(CultureInfo.InvariantCulture)} ({EntityMatcher.Algorithm}).");
            }

            foreach (var r in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Score:0.000} {(r.Match ? "MATCH" : "     ")} {r.Caption}  [{r.Schema}; {r.ListId} {r.Reference}; {string.Join(", ", r.Programs)}; list of {r.ListDate:yyyy-MM-dd}]"));
                foreach (var (feature, f) in r.Explanations)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        {feature} {f.Score:0.00}: {f.Detail}"));
                }
            }

            Console.WriteLine($"({EntityMatcher.Algorithm}, threshold {cut.ToString(CultureInfo.InvariantCulture)})");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Builds the screening index from the store's loaded lists.</summary>
    public static ScreeningIndex LoadIndex(string dbPath, IReadOnlyCollection<string>? lists)
    {
        StoreFactory.RequireStore(dbPath);
        var store = StoreFactory.OpenLists(dbPath);
        using var storeHandle = store as IDisposable;
        var entities = store.GetEntities(lists);
        if (entities.Count == 0)
        {
            throw new UserErrorException("no lists loaded; run 'sanctionwatch lists import FILE...' first");
        }

        return new ScreeningIndex(entities, EntityMatcher.CreateDefault());
    }

    private static List<ScreeningResult> Rethreshold(IReadOnlyList<ScreeningResult> results, double cut) =>
        results.Select(r => r with { Match = r.Score >= cut }).ToList();

    // Rejected and excluded entries are dropped after scoring; asking for that many more keeps the limit filled.
    private static List<ScreeningResult> Screen(ScreeningIndex index, ScreeningQuery query, int limit, double retrieve, Func<string, string, bool> excluded) =>
        index.Screen(query, limit + 20, retrieve).Where(r => !excluded(query.Id, r.Entity.Id)).Take(limit).ToList();

    private static int RunBatch(ScreeningIndex index, FileInfo file, int limit, double retrieve, double cut, Func<string, string, bool> excluded)
    {
        if (!file.Exists)
        {
            throw new UserErrorException($"{file.FullName}: no such file");
        }

        using var stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 16);
        int lineNo = 0;
        int code = ExitCodes.Success;
        foreach (var line in File.ReadLines(file.FullName))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ScreeningQuery query;
            try
            {
                query = ParseQuery(line, lineNo);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                Console.Error.WriteLine($"sanctionwatch: warning: {file.Name} line {lineNo}: not a query ({CliApp.OneLine(e.Message)}); skipped");
                code = ExitCodes.Partial;
                continue;
            }

            var results = Rethreshold(Screen(index, query, limit, retrieve, excluded), cut);
            using (var w = new Utf8JsonWriter(buffered, ScreeningJson.WriterOptions))
            {
                ScreeningJson.Write(w, query.Id, results, cut);
            }

            buffered.Write("\n"u8);
        }

        return code;
    }

    /// <summary>
    /// The query of one line of a batch file, a yente query entity read as <c>/match</c> reads it
    /// (<see cref="YenteQuery"/>); its <c>id</c>, or <c>line-N</c> without one. A query without a schema matches any.
    /// </summary>
    /// <exception cref="JsonException">Not JSON.</exception>
    /// <exception cref="InvalidQueryException">Not a query: no name, or a value that cannot be read.</exception>
    private static ScreeningQuery ParseQuery(string line, int lineNo)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        return YenteQuery.Read(root, YenteQuery.Id(root) ?? $"line-{lineNo}");
    }
}
