namespace SanctionWatch.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    /// <summary>The store: a SQLite file path (default <c>sanctionwatch.db</c> or <c>$SANCTIONWATCH_DB</c>), or a PostgreSQL address.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = "The store: a SQLite file or a PostgreSQL server (postgres://user@host:port/db or Host=...) (default: $SANCTIONWATCH_DB or sanctionwatch.db in the working directory)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SANCTIONWATCH_DB") is { Length: > 0 } env ? env : "sanctionwatch.db",
    };

    /// <summary>One or more input paths; a token that looks like an option and names no file is a usage error.</summary>
    public static Argument<string[]> Paths(string description)
    {
        var argument = new Argument<string[]>("PATH") { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return argument;
    }

    /// <summary>An output file; standard output when absent.</summary>
    public static Option<FileInfo?> Out() => new("--out", "-o")
    {
        Description = "Write the output to this file instead of standard output",
    };

    /// <summary>Named-entity models to use instead of the built-in ones: <c>LANG=FILE</c>, repeatable.</summary>
    public static Option<string[]> NerModels() => new("--ner-model")
    {
        Description = "Use this named-entity model (from 'ner train') for a language instead of the built-in one: LANG=FILE (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Tagger and parser models to use instead of the built-in ones: <c>LANG=FILE</c>, repeatable.</summary>
    public static Option<string[]> SyntaxModels() => new("--syntax-model")
    {
        Description = "Use this tagger and parser model (from 'syntax train') for a language instead of the built-in one: LANG=FILE (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };
}
