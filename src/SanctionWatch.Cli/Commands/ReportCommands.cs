namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>report</c> and <c>export</c> commands: the dossier as a footnoted report, or as FollowTheMoney lines.</summary>
public static class ReportCommands
{
    /// <summary>Creates both commands.</summary>
    public static IEnumerable<Command> Create(CliServices services) => [Report(services), Export(services)];

    private static Command Report(CliServices services)
    {
        var format = new Option<string>("--format") { Description = "md or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        return DossierCommand(services, "report", "Write the findings as a report, every statement footnoted to its sentence and article", format, (parse, output, store, dossier) =>
        {
            var report = new DossierReport(dossier, store.Load());
            Write(parse.GetValue(format) == "html" ? report.Html() : report.Markdown(), output);
        });
    }

    private static Command Export(CliServices services)
    {
        var format = new Option<string>("--format") { Description = "ftm (FollowTheMoney JSON lines)", DefaultValueFactory = _ => "ftm" };
        format.AcceptOnlyFromAmong("ftm");
        return DossierCommand(services, "export", "Export the dossier's documents, entities, events and mentions as FollowTheMoney JSON lines", format, (_, output, _, dossier) =>
        {
            int n = 0;
            OutputFile.Write(output, stream => n = FtmExport.Write(dossier, stream));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {n} entities"));
        });
    }

    // A command that builds the dossier of the store given by --db and writes it with write to --out (or standard output).
    private static Command DossierCommand(CliServices services, string name, string description, Option<string> format, Action<ParseResult, FileInfo?, IDocumentStore, Dossier> write)
    {
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var command = new Command(name, description) { db, format, output };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string path = parse.GetValue(db)!;
            CliServices.RequireStore(path);
            OutputFile.Check(parse.GetValue(output));
            using var store = services.Store(path).OpenDocuments();
            write(parse, parse.GetValue(output), store, Build(services, store, path));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Dossier Build(CliServices services, IDocumentStore store, string path)
    {
        try
        {
            return new DossierService(store, services.Data, lists: services.ListsIndex(path), decisions: services.Decisions(path)).Build();
        }
        catch (InvalidOperationException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    private static void Write(string text, FileInfo? file)
    {
        if (file is null)
        {
            Console.Out.Write(text);
            return;
        }

        OutputFile.Write(file, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(text);
        });
    }
}
