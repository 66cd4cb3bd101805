using Microsoft.Extensions.Hosting;
using SanctionWatch.Server;
using SanctionWatch.Server.Security;

namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>serve</c> command: the HTTP API, screening and analyst pages over the store, closed by default.</summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default: " + ServerOptions.DefaultUrls + ", loopback only; other addresses need --api-key)",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
        };
        var apiKey = new Option<string?>("--api-key") { Description = "The key writes must present (default: $SANCTIONWATCH_API_KEY; none = writes open, loopback only)" };
        var readKey = new Option<string?>("--read-key") { Description = "The key every read must present too (default: $SANCTIONWATCH_READ_KEY; none = reads open)" };
        var hosts = new Option<string?>("--allowed-hosts")
        {
            Description = "Comma-separated host names the server answers to (default: localhost,127.0.0.1,[::1]; '*' = any, only behind a proxy that checks Host)",
        };
        var allowPrivate = new Option<bool>("--allow-private-feeds") { Description = "Let feed polls reach loopback, private, link-local and metadata addresses" };
        var command = new Command("serve", "Serve the HTTP API (yente-compatible screening, dossier, ingestion) and the analyst pages")
        {
            db, urls, apiKey, readKey, hosts, allowPrivate,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            string path = parse.GetValue(db)!;
            string? key = Blank(parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("SANCTIONWATCH_API_KEY"));
            string? reads = Blank(parse.GetValue(readKey) ?? Environment.GetEnvironmentVariable("SANCTIONWATCH_READ_KEY"));
            string listen = parse.GetValue(urls)!;
            if (key is null && ListenAddresses.NonLoopback(listen) is { Count: > 0 } open)
            {
                throw new UserErrorException($"refusing to listen on {string.Join(", ", open)} without --api-key: anyone on the network could change the store; set --api-key (and --read-key to protect reads)")
                {
                    ExitCode = ExitCodes.Usage,
                };
            }

            var options = new ServerOptions(path, listen, key)
            {
                ReadKey = reads,
                AllowedHosts = parse.GetValue(hosts)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                AllowPrivateFeeds = parse.GetValue(allowPrivate),
            };
            var app = SanctionWatchServer.Build(options);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                throw new UserErrorException($"cannot listen on {listen}: {e.Message}", e);
            }

            foreach (string address in app.Urls)
            {
                Console.Error.WriteLine($"sanctionwatch: serving {address} (writes {(key is not null ? "need the API key" : "are open to this machine")}, reads {(reads is not null ? "need the read key" : "are open")})");
            }

            app.WaitForShutdown();
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
