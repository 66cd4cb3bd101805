using SanctionWatch.Lists.Ftm;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;

namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>lists</c> command family: show, import, export and fetch sanctions lists.</summary>
public static class ListsCommands
{
    /// <summary>Creates the <c>lists</c> command with its subcommands.</summary>
    public static Command Create(CliServices services)
    {
        var db = CommonOptions.Db();
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var lists = new Command("lists", "Show the loaded sanctions lists; import, export or fetch lists");
        lists.Options.Add(db);
        lists.Options.Add(json);
        lists.SetAction(parse => CliApp.Guard(() => Show(services, parse.GetValue(db)!, parse.GetValue(json))));
        lists.Subcommands.Add(Import(services));
        lists.Subcommands.Add(Export(services));
        lists.Subcommands.Add(Fetch());
        lists.Subcommands.Add(ListsDiffCommand.Create(services));
        return lists;
    }

    private static int Show(CliServices services, string dbPath, bool json)
    {
        CliServices.RequireStore(dbPath);
        using var store = services.Store(dbPath).OpenLists();
        var loaded = store.GetLists();
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(loaded.Select(l => new
            {
                list = l.ListId,
                title = l.Title,
                list_date = l.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                entities = l.EntityCount,
                source_files = l.SourceFiles,
                format = l.Format.ToString(),
                imported_at = l.ImportedAt,
            })));
            return ExitCodes.Success;
        }

        if (loaded.Count == 0)
        {
            Console.WriteLine("No lists loaded. Run: sanctionwatch lists import FILE...");
            return ExitCodes.Success;
        }

        foreach (var l in loaded)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{l.ListId,-14} {l.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)",-10} {l.EntityCount,7} entries  {l.Title}  [{l.SourceFiles}]"));
        }

        return ExitCodes.Success;
    }

    private static Command Import(CliServices services)
    {
        var files = new Argument<string[]>("files") { Description = "List files (UN XML, OFAC sdn.csv [+ alt.csv, add.csv], OFAC sdnList XML, EU FSF XML, FtM JSON lines)", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var force = new Option<bool>("--force") { Description = "Import even when the file is older than the loaded version" };
        var listDate = new Option<string?>("--list-date") { Description = "The list date (yyyy-MM-dd) for files that carry none (OFAC CSV)" };
        var json = new Option<bool>("--json") { Description = "Print what was imported and the listings stored entities gained or lost as JSON" };
        var command = new Command("import", "Import list files; each replaces its list's loaded version atomically; stored entities are then re-screened")
        {
            files, db, force, listDate, json,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            DateOnly? date = null;
            if (parse.GetValue(listDate) is { } text)
            {
                date = ListDates.ParseDate(text) ?? throw new UserErrorException($"--list-date: '{text}' is not a date (yyyy-MM-dd)") { ExitCode = ExitCodes.Usage };
            }

            IReadOnlyList<ListSnapshot> snapshots;
            try
            {
                snapshots = new ListImporter(TimeProvider.System).Import(parse.GetValue(files)!, date);
            }
            catch (ListImportException e)
            {
                throw new UserErrorException(e.Message, e);
            }

            using var rescreen = ListImportRescreen.Begin(services, parse.GetValue(db)!);
            using var store = services.Store(parse.GetValue(db)!).OpenLists();
            int code = ExitCodes.Success;
            var imported = new List<object>();
            var summary = parse.GetValue(json) ? Console.Error : Console.Out;
            foreach (var snapshot in snapshots)
            {
                var m = snapshot.Metadata;
                var loaded = store.GetList(m.ListId);
                if (loaded?.ListDate is { } old && m.ListDate is { } now && now < old && !parse.GetValue(force))
                {
                    Console.Error.WriteLine($"sanctionwatch: error: {m.SourceFiles} ({now:yyyy-MM-dd}) is older than the loaded {m.ListId} ({old:yyyy-MM-dd}); use --force to import it anyway");
                    code = ExitCodes.Error;
                    continue;
                }

                store.ReplaceList(snapshot);
                if (date is null && m.Format == ListFormat.OfacSdnCsv && ListDates.FromFileName(m.SourceFiles.Split(',')[0]) is null)
                {
                    // The CSV carries no date; the importer took the file's modification time, which is the download day.
                    Console.Error.WriteLine($"sanctionwatch: note: {m.SourceFiles} carries no list date; dated {m.ListDate:yyyy-MM-dd} from the file's modification time. If that is not the list's publication date, import again with --list-date yyyy-MM-dd");
                }

                foreach (var warning in snapshot.Warnings)
                {
                    Console.Error.WriteLine($"sanctionwatch: warning: {warning}");
                    code = code == ExitCodes.Success ? ExitCodes.Partial : code;
                }

                var bySchema = snapshot.Entities.GroupBy(e => e.Schema).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
                summary.WriteLine($"{m.ListId}: imported {snapshot.Entities.Count} entries ({string.Join(", ", bySchema)}) from {m.SourceFiles}, list date {m.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}");
                imported.Add(new { list = m.ListId, entries = snapshot.Entities.Count, list_date = m.ListDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source_files = m.SourceFiles });
            }

            var report = imported.Count > 0 ? rescreen?.Finish() : null;
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { imported, rescreen = report is null ? null : ListImportRescreen.ToJson(report) }));
            }
            else if (report is not null)
            {
                ListImportRescreen.WriteText(report, Console.Out);
            }

            AlertHook.Run(services, parse.GetValue(db)!);
            return code;
        }));
        return command;
    }

    private static Command Export(CliServices services)
    {
        var db = CommonOptions.Db();
        var list = new Option<string[]>("--list") { Description = "Lists to export (default: all)", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format") { Description = "Output format: ftm (FollowTheMoney JSON lines)", DefaultValueFactory = _ => "ftm" };
        var output = CommonOptions.Out();
        var command = new Command("export", "Write loaded lists as FollowTheMoney JSON lines")
        {
            db, list, format, output,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            if (!string.Equals(parse.GetValue(format), "ftm", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserErrorException($"--format: unknown format '{parse.GetValue(format)}' (supported: ftm)") { ExitCode = ExitCodes.Usage };
            }

            CliServices.RequireStore(parse.GetValue(db)!);
            OutputFile.Check(parse.GetValue(output));
            using var store = services.Store(parse.GetValue(db)!).OpenLists();
            var entities = store.GetEntities(parse.GetValue(list));
            OutputFile.Write(parse.GetValue(output), stream => FtmJsonLines.Write(entities, stream));

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Fetch()
    {
        var dir = new Option<DirectoryInfo>("--dir") { Description = "Where to save the files", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var command = new Command("fetch", "Download the official UN and OFAC list files (needs a network)")
        {
            dir,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            (string Url, string File)[] sources =
            [
                ("https://scsanctions.un.org/resources/xml/en/consolidated.xml", "un_consolidated.xml"),
                ("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV", "sdn.csv"),
                ("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV", "alt.csv"),
                ("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV", "add.csv"),
                ("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.XML", "ofac_consolidated_nonsdn.xml"),
            ];
            var target = parse.GetValue(dir)!;
            target.Create();
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            foreach (var (url, name) in sources)
            {
                try
                {
                    var bytes = http.GetByteArrayAsync(new Uri(url)).GetAwaiter().GetResult();
                    File.WriteAllBytes(Path.Combine(target.FullName, name), bytes);
                    Console.WriteLine($"{name}: {bytes.Length} bytes");
                }
                catch (HttpRequestException e)
                {
                    throw new UserErrorException($"fetching {name} failed: {e.Message}", e);
                }
                catch (TaskCanceledException e)
                {
                    throw new UserErrorException($"fetching {name} timed out", e);
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
