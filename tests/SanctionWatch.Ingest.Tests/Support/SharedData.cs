namespace SanctionWatch.Ingest.Tests.Support;

/// <summary>Finds the read-only shared data folder: $SANCTIONWATCH_SHARED, or a <c>shared</c> sibling of the repository.</summary>
internal static class SharedData
{
    /// <summary>The shared folder, or null when this machine does not have it.</summary>
    public static string? Root { get; } = Find();

    /// <summary>The path of <paramref name="relative"/> inside the shared folder; skips the test when it is absent.</summary>
    public static string Require(string relative)
    {
        if (Root is null)
        {
            Assert.Skip("shared data folder not found (set SANCTIONWATCH_SHARED or put 'shared' next to the repository)");
        }

        var path = Path.Combine(Root, relative);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            Assert.Skip($"shared data '{relative}' is absent on this machine");
        }

        return path;
    }

    private static string? Find()
    {
        var variable = Environment.GetEnvironmentVariable("SANCTIONWATCH_SHARED");
        if (!string.IsNullOrEmpty(variable) && Directory.Exists(variable))
        {
            return variable;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared");
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                // The repository root: shared data sits beside it.
                var sibling = Path.Combine(folder.Parent?.FullName ?? folder.FullName, "shared");
                return Directory.Exists(sibling) ? sibling : null;
            }

            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }
}
