namespace SanctionWatch.Analysis.Tests.Ner;

/// <summary>Finds the read-only shared data folder: $SANCTIONWATCH_SHARED, or a <c>shared</c> folder beside an ancestor of the test binaries.</summary>
internal static class SharedData
{
    /// <summary>The shared folder, or null when it is not on this machine.</summary>
    public static string? Root()
    {
        var env = Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED");
        if (env is { Length: > 0 } && Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The path of a shared file; skips the test (saying why) when the shared folder is absent.</summary>
    public static string File(string relative)
    {
        var root = Root();
        if (root is null)
        {
            Assert.Skip("the shared data folder (../shared or $SANCTIONWATCH_SHARED) is not on this machine");
        }

        var path = Path.Combine(root, relative);
        if (!System.IO.File.Exists(path))
        {
            Assert.Skip($"{relative} is not in the shared data folder");
        }

        return path;
    }
}
