namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>purge</c> command: take a document and everything derived only from it out of the store.</summary>
public static class PurgeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var id = new Argument<string>("DOCUMENT-ID") { Description = "The document's id (doc:…), as the dossier and 'sanctionwatch report' show it" };
        var db = CommonOptions.Db();
        var command = new Command("purge", "Remove a document with its text, analysis, queue entry and search-index rows, so sensitive material is gone completely")
        {
            id, db,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string documentId = parse.GetValue(id)!;
            using var store = services.Store(parse.GetValue(db)!).OpenDocuments();
            // Alerts quote the article's title and point into it: they go with it, first, so that the document's
            // purge (which overwrites freed pages and checkpoints the log) covers their bytes too.
            using (var watches = services.Store(parse.GetValue(db)!).OpenWatches())
            {
                watches.ForgetDocument(documentId);
            }

            if (!store.Purge(documentId))
            {
                throw new UserErrorException($"no document '{documentId}' in the store");
            }

            Console.WriteLine($"purged {documentId}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
