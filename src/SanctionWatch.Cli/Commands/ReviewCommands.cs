using SanctionWatch.Application.Reviews;
using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage;
using SanctionWatch.Storage.Reviews;

namespace SanctionWatch.Cli.Commands;

/// <summary>
/// The <c>review</c> commands: an analyst confirms or rejects a listing, a merge or a finding; the decisions are
/// kept apart from the analysis and win over the machine's guess in every dossier.
/// </summary>
public static class ReviewCommands
{
    /// <summary>Creates the <c>review</c> command with its subcommands.</summary>
    public static Command Create(CliServices services) => new("review", "Record and list analyst decisions on listings, merges and findings")
    {
        Listing(services),
        Merge(services),
        FindingCommand(services),
        List(services),
    };

    /// <summary>
    /// What <c>screen</c> leaves out: the entries given by <c>--exclude</c>, and those an analyst rejected for the
    /// query's entity (<c>--entity</c> for a single name, the query id in a batch); arguments are (query id, entry id).
    /// </summary>
    public static Func<string, string, bool> Excluded(string db, IReadOnlyCollection<string>? exclude, string? entity)
    {
        var always = (exclude ?? []).SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        var rejected = ReviewLog.RejectedEntries(StoreFactory.Decisions(db));
        return (queryId, entryId) => always.Contains(entryId)
            || rejected[entity ?? queryId].Contains(entryId)
            || (entity is not null && rejected[queryId].Contains(entryId));
    }

    private static Command Listing(CliServices services) => DecisionCommand(
        services,
        "listing",
        "Confirm or reject that an entity is a list entry",
        ReviewKinds.Listing,
        new Argument<string>("ENTITY-ID") { Description = "The entity's id in the dossier (ent:…)" },
        new Argument<string>("LIST-ENTRY-ID") { Description = "The list entry: LIST:REFERENCE, e.g. un-sc:KPi.033" },
        (new Option<bool>("--confirm") { Description = "The entity is this list entry" }, "confirm"),
        (new Option<bool>("--reject") { Description = "The entity is not this list entry" }, "reject"));

    private static Command Merge(CliServices services) => DecisionCommand(
        services,
        "merge",
        "Decide whether two entities are the same",
        ReviewKinds.Merge,
        new Argument<string>("ID1") { Description = "An entity id (ent:…)" },
        new Argument<string>("ID2") { Description = "Another entity id" },
        (new Option<bool>("--same") { Description = "The two are the same entity: merge them" }, "same"),
        (new Option<bool>("--different") { Description = "The two are different entities: keep them apart" }, "different"));

    private static Command FindingCommand(CliServices services) => DecisionCommand(
        services,
        "finding",
        "Confirm, reject or ask for more evidence on a finding",
        ReviewKinds.Finding,
        new Argument<string>("FINDING-ID") { Description = "The finding's id (fnd:…)" },
        null,
        (new Option<bool>("--confirm") { Description = "The finding holds" }, "confirm"),
        (new Option<bool>("--reject") { Description = "The finding does not hold" }, "reject"),
        (new Option<bool>("--needs-evidence") { Description = "The finding needs more evidence" }, "needs-evidence"));

    private static Command List(CliServices services)
    {
        var db = CommonOptions.Db();
        var json = new Option<bool>("--json") { Description = "Print the decisions as a JSON array" };
        var all = new Option<bool>("--all") { Description = "The whole log, including decisions replaced by later ones" };
        var command = new Command("list", "List the decisions in force (the latest about each thing)") { db, json, all };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            using var store = services.Store(parse.GetValue(db)!).OpenReviews();
            var decisions = parse.GetValue(all) ? store.Log() : store.Current();
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(decisions, ReviewJson.Options));
                return ExitCodes.Success;
            }

            if (decisions.Count == 0)
            {
                Console.Out.WriteLine("No review decisions.");
            }

            foreach (var d in decisions)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{d.Seq,4} {d.DecidedAt:yyyy-MM-ddTHH:mm:ssZ} {d.Kind,-7} {d.Decision,-14} {d.Subject} {d.Object}{(d.Author is null ? "" : " by " + d.Author)}{(d.Comment is null ? "" : " – " + CliApp.OneLine(d.Comment))}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    // A decision of kind on subject (and object), with exactly one of the verdict flags, recorded in the store given by --db.
    private static Command DecisionCommand(
        CliServices services,
        string name,
        string description,
        string kind,
        Argument<string> subject,
        Argument<string>? obj,
        params (Option<bool> Option, string Word)[] verdicts)
    {
        var command = new Command(name, description) { subject };
        if (obj is not null)
        {
            command.Arguments.Add(obj);
        }

        foreach (var (verdict, _) in verdicts)
        {
            command.Options.Add(verdict);
        }

        var db = CommonOptions.Db();
        var comment = new Option<string?>("--comment") { Description = "Why (kept with the decision)" };
        var author = new Option<string?>("--author") { Description = "Who decided (optional)" };
        command.Options.Add(comment);
        command.Options.Add(author);
        command.Options.Add(db);
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string path = parse.GetValue(db)!;
            using var store = services.Store(path).OpenReviews();
            var service = new ReviewService(store, ListEntryExists(services, path), () => MachineDossier(services, path));
            ReviewDecision decision;
            try
            {
                decision = service.Record(
                    kind,
                    parse.GetValue(subject),
                    obj is null ? null : parse.GetValue(obj),
                    OneOf(parse, verdicts),
                    parse.GetValue(comment),
                    parse.GetValue(author));
            }
            catch (InvalidReviewException e)
            {
                throw new UserErrorException(e.Message, e);
            }

            string line = string.Create(CultureInfo.InvariantCulture,
                $"recorded decision {decision.Seq}: {decision.Kind} {decision.Subject}{(decision.Object.Length == 0 ? "" : " " + decision.Object)} {decision.Decision}");
            Console.Out.WriteLine(line);
            return ExitCodes.Success;
        }));
        return command;
    }

    // Exactly one of the verdict flags, or a usage error.
    private static string OneOf(ParseResult parse, params (Option<bool> Option, string Word)[] flags)
    {
        var given = flags.Where(f => parse.GetValue(f.Option)).ToList();
        if (given.Count != 1)
        {
            throw new UserErrorException("give exactly one of " + string.Join(", ", flags.Select(f => f.Option.Name)))
            {
                ExitCode = ExitCodes.Usage,
            };
        }

        return given[0].Word;
    }

    private static Func<string, bool> ListEntryExists(CliServices services, string db)
    {
        var ids = new Lazy<HashSet<string>>(() =>
        {
            using var lists = services.Store(db).OpenLists();
            return lists.GetEntities().Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        });
        return id => ids.Value.Contains(id);
    }

    // The machine's dossier (without decisions), to check that ids exist; null when documents still wait for analysis.
    private static Dossier? MachineDossier(CliServices services, string db)
    {
        using var documents = services.Store(db).OpenDocuments();
        try
        {
            return new DossierService(documents, services.Data, lists: services.ListsIndex(db)).Build();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
