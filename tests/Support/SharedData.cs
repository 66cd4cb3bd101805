namespace SanctionWatch.Tests.Support;

/// <summary>
/// Finds the shared data folder (<c>../shared</c> beside the checkout, or <c>$SANCTIONWATCH_SHARED</c>).
/// Tests that need it skip only when it is absent, and say so.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Folder => Root.Value;

    /// <summary>A path inside the shared folder; skips the calling test when the folder is absent.</summary>
    public static string PathOf(params string[] parts)
    {
        if (Folder is null)
        {
            Assert.Skip("the shared data folder (../shared or $SANCTIONWATCH_SHARED) is absent");
        }

        return Path.Combine([Folder!, .. parts]);
    }

    /// <summary>The repository's root folder (where SanctionWatch.slnx is).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SanctionWatch.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED") is { Length: > 0 } env && Directory.Exists(env))
        {
            return Path.GetFullPath(env);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")) && Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }
}
