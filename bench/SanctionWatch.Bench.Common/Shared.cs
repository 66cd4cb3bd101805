namespace SanctionWatch.Bench.Common;

/// <summary>Finds the repository root and the read-only shared data folder ($SANCTIONWATCH_SHARED or a `shared` sibling).</summary>
public static class Shared
{
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") is { Length: > 0 } env && Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared data not found: set SANCTIONWATCH_SHARED");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SanctionWatch.slnx")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
