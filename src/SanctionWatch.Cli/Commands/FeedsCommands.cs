using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Application.Feeds;
using SanctionWatch.Storage;

namespace SanctionWatch.Cli.Commands;

/// <summary>RSS and Atom feeds: <c>feeds add|list|remove|poll</c>. Nothing is fetched unless the user runs <c>poll</c>.</summary>
public static class FeedsCommands
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var db = CommonOptions.Db();
        var feeds = new Command("feeds", "Subscribe to RSS/Atom feeds and poll them for new articles (opt-in: nothing is fetched until 'feeds poll')") { db };
        feeds.SetAction(parse => CliApp.Guard(() => List(services, parse.GetValue(db)!)));
        feeds.Subcommands.Add(Add(services));
        feeds.Subcommands.Add(ListCommand(services));
        feeds.Subcommands.Add(Remove(services));
        feeds.Subcommands.Add(Poll(services));
        return feeds;
    }

    private static Command Add(CliServices services)
    {
        var url = new Argument<string>("URL") { Description = "The feed's http or https address" };
        var db = CommonOptions.Db();
        var command = new Command("add", "Subscribe to a feed (nothing is fetched now)") { url, db };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string address;
            try
            {
                address = FeedPoller.NormaliseUrl(parse.GetValue(url)!);
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException(e.Message, e) { ExitCode = ExitCodes.Usage };
            }

            using var feeds = services.Store(parse.GetValue(db)!).OpenFeeds();
            var (feed, added) = feeds.AddFeed(address, DateTimeOffset.UtcNow);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed {feed.Id}: {feed.Url}{(added ? "" : " (already subscribed)")}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command ListCommand(CliServices services)
    {
        var db = CommonOptions.Db();
        var command = new Command("list", "List the subscribed feeds and how their last poll went") { db };
        command.SetAction(parse => CliApp.Guard(() => List(services, parse.GetValue(db)!)));
        return command;
    }

    private static int List(CliServices services, string db)
    {
        using var feeds = services.Store(db).OpenFeeds();
        var all = feeds.GetFeeds();
        if (all.Count == 0)
        {
            Console.WriteLine("No feeds. Run: sanctionwatch feeds add URL");
        }

        foreach (var f in all)
        {
            string polled = f.LastPolled is { } at ? string.Create(CultureInfo.InvariantCulture, $"polled {at:yyyy-MM-dd HH:mm}: {f.LastStatus}") : "never polled";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Id,4}  {f.Url}  ({polled})"));
        }

        return ExitCodes.Success;
    }

    private static Command Remove(CliServices services)
    {
        var feed = new Argument<string>("FEED") { Description = "The feed's number or address" };
        var db = CommonOptions.Db();
        var command = new Command("remove", "Unsubscribe from a feed (its stored articles stay)") { feed, db };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            using var feeds = services.Store(parse.GetValue(db)!).OpenFeeds();
            if (!feeds.RemoveFeed(parse.GetValue(feed)!.Trim()))
            {
                throw new UserErrorException($"there is no feed '{parse.GetValue(feed)}'");
            }

            Console.WriteLine($"removed feed {parse.GetValue(feed)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Poll(CliServices services)
    {
        var db = CommonOptions.Db();
        var delay = new Option<double>("--delay") { Description = "Seconds between two requests to the same host", DefaultValueFactory = _ => 2 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one request may take", DefaultValueFactory = _ => 30 };
        var analyze = new Option<bool>("--analyze") { Description = "Analyse the new articles now (otherwise they wait for 'worker')" };
        var allowPrivate = new Option<bool>("--allow-private-feeds") { Description = "Let feeds reach loopback, private, link-local and metadata addresses (off: feeds reach public addresses only)" };
        var allowHost = new Option<string[]>("--allow-feed-host") { Description = "A host name feeds may reach even at a private address (repeatable); redirects from it are still checked", AllowMultipleArgumentsPerToken = false };
        var command = new Command("poll", "Fetch every feed once (conditional requests) and queue new items for analysis") { db, delay, timeout, analyze, allowPrivate, allowHost };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            double seconds = parse.GetValue(delay);
            double limit = parse.GetValue(timeout);
            if (seconds < 0 || seconds > 3600 || limit <= 0 || limit > 600)
            {
                throw new UserErrorException("--delay must be 0 to 3600 seconds and --timeout 1 to 600") { ExitCode = ExitCodes.Usage };
            }

            string path = parse.GetValue(db)!;
            using var documents = services.Store(path).OpenDocuments();
            using var feeds = services.Store(path).OpenFeeds();
            if (feeds.GetFeeds().Count == 0)
            {
                throw new UserErrorException("no feeds to poll; add one with 'sanctionwatch feeds add URL'");
            }

            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            var poller = new FeedPoller(feeds, documents, services.Data)
            {
                DelayPerHost = TimeSpan.FromSeconds(seconds),
                Timeout = TimeSpan.FromSeconds(limit),
                AllowPrivateAddresses = parse.GetValue(allowPrivate),
                AllowedHosts = new HashSet<string>(parse.GetValue(allowHost) ?? [], StringComparer.OrdinalIgnoreCase),
            };
            var summary = poller.PollAsync(w => Console.Error.WriteLine($"sanctionwatch: warning: {CliApp.OneLine(w)}"), cancel.Token).GetAwaiter().GetResult();
            foreach (var r in summary.Feeds)
            {
                string outcome = r.Error is not null ? "failed: " + r.Error
                    : r.Status == 304 ? "not modified"
                    : string.Create(CultureInfo.InvariantCulture, $"{r.Items} item(s), {r.Added} new");
                Console.WriteLine($"{r.Url}: {outcome}");
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"polled {summary.Feeds.Count} feed(s): {summary.Added} new document(s) queued"));
            if (parse.GetValue(analyze) && summary.Added > 0)
            {
                var analyzer = services.Analyzer();
                documents.RequeueStale(analyzer.Version);
                int done = new AnalysisWorker(documents, analyzer).RunUntilIdle(waitForLeases: true, cancellation: cancel.Token);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysed {done} document(s)"));
                AlertHook.Run(services, path, documents);
            }

            return summary.Warnings > 0 ? ExitCodes.Partial : ExitCodes.Success;
        }));
        return command;
    }
}
