using SanctionWatch.Application.Alerts;

namespace SanctionWatch.Cli.Commands;

/// <summary>Checks the watches after a command changed the store, and says how many alerts it raised.</summary>
public static class AlertHook
{
    /// <summary>Raises alerts for whatever is new in <paramref name="db"/>; costs one query when nobody watches anything.</summary>
    /// <param name="services">The services the command was composed with.</param>
    /// <param name="db">The store.</param>
    /// <param name="documents">The open document store, or null to open one.</param>
    /// <param name="lists">The screening index the command already built, or null to build it when needed.</param>
    /// <returns>How many alerts were raised.</returns>
    public static int Run(CliServices services, string db, IDocumentStore? documents = null, ScreeningIndex? lists = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var watches = services.Store(db).OpenWatches();
        var service = new AlertService(watches, services.Data);
        if (!service.HasWork())
        {
            return 0;
        }

        IDocumentStore store = documents ?? services.Store(db).OpenDocuments();
        try
        {
            var dossier = watches.GetWatches().Count > 0 ? AlertService.CurrentDossier(store, services.Data, lists ?? services.ListsIndex(db), decisions: services.Decisions(db)) : null;
            var raised = service.Check(dossier, warning => Console.Error.WriteLine($"sanctionwatch: warning: {CliApp.OneLine(warning)}"));
            if (raised.Count > 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sanctionwatch: {raised.Count} new alert(s); see 'sanctionwatch alerts'"));
            }

            return raised.Count;
        }
        finally
        {
            if (documents is null)
            {
                store.Dispose();
            }
        }
    }
}
