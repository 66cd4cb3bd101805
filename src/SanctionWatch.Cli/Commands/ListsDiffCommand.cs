using SanctionWatch.Lists.Changes;
using SanctionWatch.Lists.Import;
using SanctionWatch.Lists.Model;

namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>lists diff</c> command: what changed between two list files, or between a file and the loaded version.</summary>
public static class ListsDiffCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var older = new Argument<string>("OLD") { Description = "The older list file, or the only file to compare with the version loaded in --db" };
        var newer = new Argument<string?>("NEW") { Description = "The newer list file", Arity = ArgumentArity.ZeroOrOne };
        var db = CommonOptions.Db();
        var json = new Option<bool>("--json") { Description = "Print {\"added\": [...], \"removed\": [...], \"changed\": [...]} as JSON" };
        var command = new Command("diff", "Show the entries added, removed and changed between two list files (or a file and the loaded list), by the list's own reference")
        {
            older, newer, db, json,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string first = parse.GetValue(older)!;
            string? second = parse.GetValue(newer);
            ListDiffResult diff;
            if (second is null)
            {
                var snapshots = Import(first);
                using var store = services.Store(parse.GetValue(db)!).OpenLists();
                var ids = snapshots.Select(s => s.Metadata.ListId).Distinct(StringComparer.Ordinal).ToList();
                foreach (string id in ids.Where(id => store.GetList(id) is null))
                {
                    Console.Error.WriteLine($"sanctionwatch: warning: {id} is not loaded in the store; every entry of the file counts as added");
                }

                diff = ListDiff.Compare(store.GetEntities(ids), snapshots.SelectMany(s => s.Entities));
            }
            else
            {
                diff = ListDiff.Compare(Import(first).SelectMany(s => s.Entities), Import(second).SelectMany(s => s.Entities));
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(ToJson(diff), Indented));
            }
            else
            {
                WriteText(diff);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The JSON shape of a diff: <c>added</c>, <c>removed</c>, <c>changed</c> (with <c>fields</c>) and <c>unchanged</c>.</summary>
    public static object ToJson(ListDiffResult diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return new
        {
            added = diff.Added.Select(c => new { list = c.ListId, reference = c.Reference, caption = c.Caption }),
            removed = diff.Removed.Select(c => new { list = c.ListId, reference = c.Reference, caption = c.Caption }),
            changed = diff.Changed.Select(c => new { list = c.ListId, reference = c.Reference, caption = c.Caption, fields = c.Fields }),
            unchanged = diff.Unchanged,
        };
    }

    private static IReadOnlyList<ListSnapshot> Import(string path)
    {
        try
        {
            return new ListImporter(TimeProvider.System).Import([path]);
        }
        catch (ListImportException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    private static void WriteText(ListDiffResult diff)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged"));
        Section("added", '+', diff.Added);
        Section("removed", '-', diff.Removed);
        Section("changed", '~', diff.Changed);
    }

    private static void Section(string title, char mark, IReadOnlyList<ListChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} ({changes.Count}):"));
        foreach (var c in changes)
        {
            string fields = c.Fields.Count > 0 ? $"  [{string.Join(", ", c.Fields)}]" : string.Empty;
            Console.WriteLine($"  {mark} {c.ListId}:{c.Reference,-12} {c.Caption}{fields}");
        }
    }
}
