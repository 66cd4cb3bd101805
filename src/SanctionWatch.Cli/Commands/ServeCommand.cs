using System.CommandLine;
using Microsoft.Extensions.Hosting;
using SanctionWatch.Server;

namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>serve</c> command: the HTTP API, screening and analyst pages over the store.</summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default: " + ServerOptions.DefaultUrls + ", loopback only)",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var apiKey = new Option<string?>("--api-key") { Description = "The key writes must present (default: $SANCTIONWATCH_API_KEY; none = writes open)" };
        var command = new Command("serve", "Serve the HTTP API (yente-compatible screening, dossier, ingestion) and the analyst pages") { db, urls, apiKey };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string path = parse.GetValue(db)!;
            if (StoreFactory.IsPostgres(path))
            {
                throw new UserErrorException("PostgreSQL stores are not supported by this build yet; use a SQLite file path");
            }

            StoreFactory.OpenDocuments(path).Dispose(); // creates and migrates the store, and fails early on a bad path
            string? key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("SANCTIONWATCH_API_KEY");
            var app = SanctionWatchServer.Build(new ServerOptions(path, parse.GetValue(urls)!, string.IsNullOrEmpty(key) ? null : key));
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new UserErrorException($"cannot listen on {parse.GetValue(urls)}: {e.Message}", e);
            }

            foreach (string address in app.Urls)
            {
                Console.Error.WriteLine($"sanctionwatch: serving {address} (writes {(key is { Length: > 0 } ? "need the API key" : "are open")})");
            }

            app.WaitForShutdown();
            return ExitCodes.Success;
        }));
        return command;
    }
}
