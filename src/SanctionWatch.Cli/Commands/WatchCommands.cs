using System.Text.Encodings.Web;
using SanctionWatch.Application.Alerts;
using SanctionWatch.Storage;
using SanctionWatch.Storage.Watches;

namespace SanctionWatch.Cli.Commands;

/// <summary>Watchlists and alerts: <c>watch add|list|remove|webhook</c> and <c>alerts [ack]</c>.</summary>
public static class WatchCommands
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Creates the commands.</summary>
    public static IEnumerable<Command> Create(CliServices services)
    {
        yield return Watch(services);
        yield return Alerts(services);
    }

    private static Command Watch(CliServices services)
    {
        var db = CommonOptions.Db();
        var json = new Option<bool>("--json") { Description = "Write JSON" };
        var watch = new Command("watch", "Watch entities, vessels, countries or measures; new evidence, findings or listings about them raise alerts")
        {
            db, json,
        };
        watch.SetAction(parse => CliApp.Guard(() => List(services, parse.GetValue(db)!, parse.GetValue(json))));
        watch.Subcommands.Add(Add(services));
        watch.Subcommands.Add(ListCommand(services));
        watch.Subcommands.Add(Remove(services));
        watch.Subcommands.Add(Webhook(services));
        return watch;
    }

    private static Command Add(CliServices services)
    {
        var kind = new Argument<string>("KIND") { Description = "entity, vessel, country or measure" };
        kind.AcceptOnlyFromAmong([.. WatchKinds.All]);
        var value = new Argument<string>("VALUE") { Description = "An entity id or name, a vessel name or IMO number, an ISO country code (kp, ru) or a measure (arms-export)" };
        var backfill = new Option<bool>("--backfill") { Description = "Alert on what the store already holds too (default: only on what comes later)" };
        var db = CommonOptions.Db();
        var command = new Command("add", "Add a watch; what the store already holds is taken as seen unless --backfill") { kind, value, backfill, db };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string path = parse.GetValue(db)!;
            using var documents = services.Store(path).OpenDocuments();
            using var watches = services.Store(path).OpenWatches();
            var data = services.Data;
            var dossier = AlertService.CurrentDossier(documents, data, services.ListsIndex(path));
            Watch added;
            try
            {
                added = new AlertService(watches, data).AddWatch(parse.GetValue(kind)!, parse.GetValue(value)!, dossier, parse.GetValue(backfill));
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException(e.Message, e) { ExitCode = ExitCodes.Usage };
            }

            var subjects = WatchEvaluator.Subjects(added, dossier);
            string matches = added.Kind == WatchKinds.Measure
                ? string.Create(CultureInfo.InvariantCulture, $"{dossier.Findings.Count(f => f.Measure == added.Value)} finding(s) so far")
                : subjects.Count == 0 ? "no entity in the store yet"
                : string.Join(", ", subjects.Take(5).Select(s => $"{s.Name} ({s.Id})")) + (subjects.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {subjects.Count - 5} more") : "");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"watch {added.Id}: {added.Kind} {added.Value} — {matches}"));
            if (parse.GetValue(backfill))
            {
                AlertHook.Run(services, path, documents);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ListCommand(CliServices services)
    {
        var db = CommonOptions.Db();
        var json = new Option<bool>("--json") { Description = "Write JSON" };
        var command = new Command("list", "List the watches") { db, json };
        command.SetAction(parse => CliApp.Guard(() => List(services, parse.GetValue(db)!, parse.GetValue(json))));
        return command;
    }

    private static int List(CliServices services, string db, bool json)
    {
        using var watches = services.Store(db).OpenWatches();
        var all = watches.GetWatches();
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(all.Select(w => new WatchMessage(w.Id, w.Kind, w.Value)), s_json));
            return ExitCodes.Success;
        }

        if (all.Count == 0)
        {
            Console.WriteLine("Nothing is watched. Run: sanctionwatch watch add entity|vessel|country|measure VALUE");
        }

        foreach (var w in all)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{w.Id,4}  {w.Kind,-8} {w.Value}  (since {w.Created:yyyy-MM-dd HH:mm})"));
        }

        if (watches.GetSetting(AlertService.WebhookSetting) is { } hook)
        {
            Console.WriteLine($"webhook: {hook}");
        }

        return ExitCodes.Success;
    }

    private static Command Remove(CliServices services)
    {
        var id = new Argument<long>("ID") { Description = "The watch's number (see 'watch list')" };
        var db = CommonOptions.Db();
        var command = new Command("remove", "Remove a watch and its alerts") { id, db };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            using var watches = services.Store(parse.GetValue(db)!).OpenWatches();
            if (!watches.RemoveWatch(parse.GetValue(id)))
            {
                throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"there is no watch {parse.GetValue(id)}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"removed watch {parse.GetValue(id)}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Webhook(CliServices services)
    {
        var url = new Argument<string?>("URL") { Description = "Where to POST each new alert as JSON (http or https)", Arity = ArgumentArity.ZeroOrOne };
        var clear = new Option<bool>("--clear") { Description = "Stop posting alerts" };
        var db = CommonOptions.Db();
        var command = new Command("webhook", "Show, set or clear the address each new alert is posted to (nothing is posted unless set)") { url, clear, db };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            using var watches = services.Store(parse.GetValue(db)!).OpenWatches();
            var service = new AlertService(watches, services.Data);
            if (parse.GetValue(clear))
            {
                service.SetWebhook(null);
                Console.WriteLine("webhook cleared");
                return ExitCodes.Success;
            }

            if (parse.GetValue(url) is not { } address)
            {
                Console.WriteLine(watches.GetSetting(AlertService.WebhookSetting) ?? "no webhook set");
                return ExitCodes.Success;
            }

            try
            {
                service.SetWebhook(address);
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException(e.Message, e) { ExitCode = ExitCodes.Usage };
            }

            Console.WriteLine($"new alerts will be posted to {address}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Alerts(CliServices services)
    {
        var db = CommonOptions.Db();
        var json = new Option<bool>("--json") { Description = "Write JSON" };
        var unread = new Option<bool>("--unread") { Description = "Only alerts not yet acknowledged" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 100 };
        var command = new Command("alerts", "List alerts raised by the watches, newest first") { db, json, unread, limit };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            using var watches = services.Store(parse.GetValue(db)!).OpenWatches();
            var byId = watches.GetWatches().ToDictionary(w => w.Id);
            var alerts = watches.GetAlerts(parse.GetValue(unread), Math.Max(1, parse.GetValue(limit)))
                .Select(a => AlertMessage.From(a, byId.GetValueOrDefault(a.WatchId)))
                .ToList();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(alerts, s_json));
                return ExitCodes.Success;
            }

            if (alerts.Count == 0)
            {
                Console.WriteLine(parse.GetValue(unread) ? "No unread alerts." : "No alerts.");
            }

            foreach (var a in alerts)
            {
                string where = a.Document is null ? "" : string.Create(CultureInfo.InvariantCulture, $"  [{a.Document}{(a.Start is { } s ? $" {s}-{a.End}" : "")}]");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Id,5} {(a.Read ? ' ' : '*')} {a.Created:yyyy-MM-dd HH:mm} {a.Kind,-8} {a.Message}  (watch {a.Watch.Id}: {a.Watch.Kind} {a.Watch.Value}){where}"));
            }

            return ExitCodes.Success;
        }));
        command.Subcommands.Add(Acknowledge(services));
        return command;
    }

    private static Command Acknowledge(CliServices services)
    {
        var ids = new Argument<long[]>("ID") { Description = "Alerts to mark as read", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Mark every alert as read" };
        var db = CommonOptions.Db();
        var command = new Command("ack", "Mark alerts as read") { ids, all, db };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            long[] given = parse.GetValue(ids) ?? [];
            if (given.Length == 0 && !parse.GetValue(all))
            {
                throw new UserErrorException("give alert numbers or --all") { ExitCode = ExitCodes.Usage };
            }

            using var watches = services.Store(parse.GetValue(db)!).OpenWatches();
            int changed = watches.Acknowledge(parse.GetValue(all) ? null : given);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marked {changed} alert(s) as read"));
            return ExitCodes.Success;
        }));
        return command;
    }
}
