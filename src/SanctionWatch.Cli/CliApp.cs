using SanctionWatch.Cli.Commands;

namespace SanctionWatch.Cli;

/// <summary>Builds the <c>sanctionwatch</c> command tree and runs it with the project's error and exit-code rules.</summary>
public static class CliApp
{
    /// <summary>Builds the root command with every subcommand, each served by <paramref name="services"/>.</summary>
    public static RootCommand Build(CliServices services)
    {
        var root = new RootCommand("SanctionWatch: sanctions monitoring from the news, with evidence for every claim.");
        // One line per command family; each lives in Commands/.
        Command[] commands =
        [
            .. PipelineCommands.Create(services),
            ListsCommands.Create(services),
            ScreenCommand.Create(),
            CompareCommand.Create(services),
            .. NerCommands.Create(),
            SyntaxCommands.Create(),
            EventsCommands.Create(),
            ReviewCommands.Create(services),
            PurgeCommand.Create(services),
            .. WatchCommands.Create(services),
            FeedsCommands.Create(services),
            ServeCommand.Create(),
            .. ReportCommands.Create(services),
        ];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        // The composition root of this run: it opens the store and loads models only when the command asks.
        using var services = new CliServices();
        var parse = Build(services).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"sanctionwatch: {error.Message}");
            }

            Console.Error.WriteLine("Try 'sanctionwatch --help'.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// Runs a command body so that no stack trace reaches the user: known problems print one line,
    /// anything else prints one line too (and the trace only when SANCTIONWATCH_DEBUG is set).
    /// </summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is not UserErrorException && OperatorErrors.Describe(e) is { } known)
        {
            Console.Error.WriteLine($"sanctionwatch: error: {known}");
            return ExitCodes.Error;
        }
        catch (UserErrorException e)
        {
            Console.Error.WriteLine($"sanctionwatch: error: {OneLine(e.Message)}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Storage.StoreException)
        {
            Console.Error.WriteLine($"sanctionwatch: error: {OneLine(e.Message)}");
            return ExitCodes.Error;
        }
#pragma warning disable CA1031 // The last line of defence: a user must never see a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"sanctionwatch: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            if (Environment.GetEnvironmentVariable("SANCTIONWATCH_DEBUG") is { Length: > 0 })
            {
                Console.Error.WriteLine(e);
            }

            return ExitCodes.Error;
        }
    }

    /// <summary>Folds a message onto one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
