namespace SanctionWatch.Matching.Tests.Support;

/// <summary>Finds the read-only shared data folder: $SANCTIONWATCH_SHARED, or a `shared` folder beside the repository.</summary>
public static class SharedData
{
    /// <summary>The shared folder, or null when absent.</summary>
    public static string? Root { get; } = Find();

    /// <summary>The full path of a file under shared/, skipping the test when the folder is absent.</summary>
    public static string Path(string relative)
    {
        if (Root is null)
        {
            Assert.Skip("shared data folder not found (set SANCTIONWATCH_SHARED)");
        }

        string path = System.IO.Path.Combine(Root, relative);
        if (!File.Exists(path))
        {
            Assert.Skip($"shared file {relative} not found");
        }

        return path;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") is { Length: > 0 } env && Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (dir.GetFiles("*.slnx").Length > 0 || Directory.Exists(System.IO.Path.Combine(dir.FullName, ".git")) || File.Exists(System.IO.Path.Combine(dir.FullName, ".git")))
            {
                string sibling = System.IO.Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(sibling) ? sibling : null;
            }

            if (Directory.Exists(System.IO.Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        return null;
    }
}
