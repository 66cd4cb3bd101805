using SanctionWatch.Analysis.Training.Events;

namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>events</c> commands: <c>events evaluate GOLD.json DOSSIER.json</c>.</summary>
public static class EventsCommands
{
    /// <summary>Creates the <c>events</c> command with its subcommands.</summary>
    public static Command Create()
    {
        var gold = new Argument<FileInfo>("GOLD") { Description = "Gold file with an \"events\" list (as ../shared/eval/seeds-gold.json)" };
        var dossier = new Argument<FileInfo>("DOSSIER") { Description = "A dossier written by 'analyze' or 'dossier'" };
        var evaluate = new Command("evaluate", "Print precision and recall of a dossier's events per type, role and modality against a gold file")
        {
            gold, dossier,
        };
        evaluate.SetAction(parse => CliApp.Guard(() =>
        {
            using var goldJson = Read(parse.GetValue(gold)!);
            using var dossierJson = Read(parse.GetValue(dossier)!);
            var rows = EventEvaluator.Evaluate(goldJson.RootElement, dossierJson.RootElement);
            Console.Out.Write(EventEvaluator.Format(rows));
            var errors = EventEvaluator.Errors(goldJson.RootElement, dossierJson.RootElement);
            Console.Out.WriteLine();
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrong ({errors.Wrong.Count}): extracted, matching no gold event on type and roles"));
            foreach (string line in errors.Wrong)
            {
                Console.Out.WriteLine("  " + line);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"missed ({errors.Missed.Count}): gold events no extracted event matches"));
            foreach (string line in errors.Missed)
            {
                Console.Out.WriteLine("  " + line);
            }
            return ExitCodes.Success;
        }));
        return new Command("events", "Event extraction tools") { evaluate };
    }

    private static JsonDocument Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new UserErrorException($"{file.FullName}: no such file") { ExitCode = ExitCodes.Usage };
        }

        try
        {
            return JsonDocument.Parse(File.ReadAllText(file.FullName));
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"{file.Name}: not valid JSON ({e.Message})");
        }
    }
}
