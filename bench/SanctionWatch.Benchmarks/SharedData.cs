namespace SanctionWatch.Benchmarks;

/// <summary>Finds the read-only shared data folder: $SANCTIONWATCH_SHARED, or a `shared` sibling of the repository.</summary>
internal static class SharedData
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") is { Length: > 0 } env && Directory.Exists(env))
        {
            return env;
        }

        // BenchmarkDotNet runs the benchmarks in a child process built elsewhere, so try the working directory too.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "corpus")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("shared data not found: set SANCTIONWATCH_SHARED to the shared folder");
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
