using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Ingest;
using SanctionWatch.Model.Documents;

namespace SanctionWatch.Cli.Commands;

/// <summary>The document pipeline: <c>analyze</c>, <c>ingest</c>, <c>worker</c>, <c>dossier</c>.</summary>
public static class PipelineCommands
{
    /// <summary>Creates the commands.</summary>
    public static IEnumerable<Command> Create(CliServices services)
    {
        yield return Analyze(services);
        yield return IngestCommand(services);
        yield return Worker(services);
        yield return DossierCommand(services);
    }

    private static Command Analyze(CliServices services)
    {
        var paths = CommonOptions.Paths("Article files or folders (.txt, .md, .html, .jsonl, RSS/Atom)");
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var models = CommonOptions.NerModels();
        var syntaxModels = CommonOptions.SyntaxModels();
        var command = new Command("analyze", "Ingest and analyse articles, then write their dossier (JSON) to --out or standard output")
        {
            paths, db, output, models, syntaxModels,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string location = parse.GetValue(db)!;
            var data = services.Data;
            var analyzer = services.Analyzer(parse.GetValue(models), parse.GetValue(syntaxModels));
            OutputFile.Check(parse.GetValue(output));
            bool isNew = CliServices.IsNew(location);
            using var store = services.Store(location).OpenDocuments();

            // Start-up work that only the later stages need runs beside ingestion instead of before or after it:
            // the screening index over the loaded lists (seconds for UN + OFAC; only the dossier needs it, through
            // its own read-only connection, which WAL allows beside the writer), and each language's tagger and
            // lexicons as soon as a document in that language is read. Both are deterministic, so the dossier is the same.
            var lists = Task.Run(() => services.ListsIndex(location));
            // A failed load is not lost: the analyser's own lazy load throws the same exception when it needs the model.
            var languages = new HashSet<string>(StringComparer.Ordinal);
            void Prepare(Document document)
            {
                if (languages.Add(document.Language))
                {
                    _ = Task.Run(() => analyzer.Prepare(document.Language));
                }
            }

            void Undo()
            {
                lists.ContinueWith(_ => { }, TaskScheduler.Default).Wait(); // its connection must be closed before the file goes
                services.Remove(store, location);
            }

            using var progress = new ProgressReporter();
            var (summary, warnings) = IngestPaths(store, data, parse.GetValue(paths)!, progress, Prepare, isNew ? Undo : null);
            RunWorker(store, analyzer, progress, lease: null, waitForLeases: true);
            var index = lists.GetAwaiter().GetResult();
            var dossier = new DossierService(store, data, lists: index, decisions: services.Decisions(location)).Build(summary.DocumentIds);
            WriteDossier(dossier, parse.GetValue(output));
            AlertHook.Run(services, location, store, index);
            return warnings > 0 ? ExitCodes.Partial : ExitCodes.Success;
        }));
        return command;
    }

    private static Command IngestCommand(CliServices services)
    {
        var paths = CommonOptions.Paths("Article files or folders");
        var db = CommonOptions.Db();
        var command = new Command("ingest", "Store articles and queue them for analysis by 'worker'") { paths, db };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string location = parse.GetValue(db)!;
            bool isNew = CliServices.IsNew(location);
            using var store = services.Store(location).OpenDocuments();
            using var progress = new ProgressReporter();
            var (summary, warnings) = IngestPaths(store, services.Data, parse.GetValue(paths)!, progress, undo: isNew ? () => services.Remove(store, location) : null);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingested {summary.DocumentIds.Count} document(s): {summary.Added} new, {summary.AlreadyStored} already stored"));
            AlertHook.Run(services, location, store);
            return warnings > 0 ? ExitCodes.Partial : ExitCodes.Success;
        }));
        return command;
    }

    private static Command Worker(CliServices services)
    {
        var db = CommonOptions.Db();
        var once = new Option<bool>("--once") { Description = "Exit when nothing is queued and no other worker holds a live lease" };
        var lease = new Option<int>("--lease") { Description = "Seconds a claimed batch stays this worker's", DefaultValueFactory = _ => 30 };
        var models = CommonOptions.NerModels();
        var syntaxModels = CommonOptions.SyntaxModels();
        var command = new Command("worker", "Analyse queued documents (runs until stopped, or with --once until the queue is empty)") { db, once, lease, models, syntaxModels };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            int seconds = parse.GetValue(lease);
            if (seconds <= 0)
            {
                throw new UserErrorException("--lease must be a positive number of seconds") { ExitCode = ExitCodes.Usage };
            }

            var analyzer = services.Analyzer(parse.GetValue(models), parse.GetValue(syntaxModels));
            CliServices.RequireStore(parse.GetValue(db)!);
            using var store = services.Store(parse.GetValue(db)!).OpenDocuments();
            using var progress = new ProgressReporter();
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            int done = 0;
            do
            {
                int analysed = RunWorker(store, analyzer, progress, TimeSpan.FromSeconds(seconds), waitForLeases: true, cancel.Token);
                done += analysed;
                if (analysed > 0 || parse.GetValue(once))
                {
                    AlertHook.Run(services, parse.GetValue(db)!, store);
                }
                if (!parse.GetValue(once))
                {
                    cancel.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(1));
                }
            }
            while (!parse.GetValue(once) && !cancel.IsCancellationRequested);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysed {done} document(s)"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command DossierCommand(CliServices services)
    {
        var db = CommonOptions.Db();
        var output = CommonOptions.Out();
        var command = new Command("dossier", "Write the dossier of every document in the store") { db, output };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string location = parse.GetValue(db)!;
            CliServices.RequireStore(location);
            OutputFile.Check(parse.GetValue(output));
            using var store = services.Store(location).OpenDocuments();
            Dossier dossier;
            try
            {
                dossier = new DossierService(store, services.Data, lists: services.ListsIndex(location), decisions: services.Decisions(location)).Build();
            }
            catch (InvalidOperationException e)
            {
                throw new UserErrorException(e.Message, e);
            }

            WriteDossier(dossier, parse.GetValue(output));
            return ExitCodes.Success;
        }));
        return command;
    }

    // undo removes a store this command created when nothing could be read into it.
    private static (IngestSummary Summary, int Warnings) IngestPaths(IDocumentStore store, ReferenceData data, string[] paths, ProgressReporter progress, Action<Document>? read = null, Action? undo = null)
    {
        int warnings = 0;
        var summary = new IngestService(store, data).Ingest(paths, warning =>
        {
            warnings++;
            Console.Error.WriteLine($"sanctionwatch: warning: {CliApp.OneLine(warning.ToString())}");
        }, progress, read);
        if (summary.DocumentIds.Count == 0)
        {
            undo?.Invoke();
            throw new UserErrorException(warnings > 0
                ? "no readable documents in the given paths"
                : "no documents found in the given paths");
        }

        return (summary, warnings);
    }

    private static int RunWorker(IDocumentStore store, DocumentAnalyzer analyzer, ProgressReporter progress, TimeSpan? lease, bool waitForLeases, CancellationToken cancellation = default)
    {
        store.RequeueStale(analyzer.Version);
        var status = store.Status();
        if (status.Expired > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sanctionwatch: note: taking over {status.Expired} document(s) whose worker's lease expired (that worker stopped or overran)"));
        }

        if (waitForLeases && status.Leased > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sanctionwatch: note: {status.Leased} document(s) are leased by another worker; waiting until it finishes them or its lease expires (a stopped worker's lease runs out after its --lease, 30 s by default)"));
        }

        var worker = new AnalysisWorker(store, analyzer) { Lease = lease ?? TimeSpan.FromSeconds(30) };
        return worker.RunUntilIdle(waitForLeases, progress, cancellation);
    }

    // Written to a temporary file and moved into place, so a crash never leaves half a dossier.
    private static void WriteDossier(Dossier dossier, FileInfo? output) => OutputFile.Write(output, stream =>
    {
        DossierJson.Write(stream, dossier);
        stream.Write("\n"u8);
    });
}
