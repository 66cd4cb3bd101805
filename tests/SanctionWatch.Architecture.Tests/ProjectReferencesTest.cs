namespace SanctionWatch.Architecture.Tests;

/// <summary>
/// Project references tell the truth (issue 20, item 6): each one is used, each used project is referenced
/// directly, and references point only down the flow ingest → analyse → link/screen → assess → store → serve.
/// </summary>
public sealed class ProjectReferencesTest
{
    // The intended layering, bottom first. A project may reference only projects in lower layers; projects in
    // one layer know nothing of each other. The hosts sit on top: Cli above Server because `serve` hosts it.
    private static readonly string[][] Layers =
    [
        ["SanctionWatch.Model"],
        ["SanctionWatch.Text"],
        ["SanctionWatch.Ingest", "SanctionWatch.Lists"],
        ["SanctionWatch.Matching"],
        ["SanctionWatch.Analysis"],
        ["SanctionWatch.Analysis.Training", "SanctionWatch.Assessment"],
        ["SanctionWatch.Storage"],
        ["SanctionWatch.Application"],
        ["SanctionWatch.Server"],
        ["SanctionWatch.Cli"],
    ];

    // The acceptance in so many words: the store and the per-document analysis know nothing of the hosts
    // or the application that wires them, not even through another project.
    private static readonly string[] Lower = ["SanctionWatch.Storage", "SanctionWatch.Analysis"];
    private static readonly string[] Upper = ["SanctionWatch.Application", "SanctionWatch.Server", "SanctionWatch.Cli"];

    // References used only at compile time, which leave no trace in the assembly: a constant is copied into the
    // code that reads it. Each entry says why; one that the assembly does reference, or no longer declares, fails.
    private static readonly (string Project, string Reference, string Why)[] CompileTimeOnly =
    [
    ];

    [Fact]
    public void ProjectReference_Unused_IsReported()
    {
        var problems = SourceProject.All
            .SelectMany(p => p.References
                .Except(p.UsedProjects())
                .Where(r => !CompileTimeOnly.Any(c => c.Project == p.Name && c.Reference == r))
                .Select(r => $"{p.Name} references {r} but uses none of its types"))
            .ToList();

        AssertNone(problems, "remove these project references");
    }

    [Fact]
    public void CompileTimeOnlyReference_StillDeclaredAndStillLeavingNoTrace()
    {
        var byName = SourceProject.All.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var problems = CompileTimeOnly
            .Where(c => !byName.TryGetValue(c.Project, out var p) || !p.References.Contains(c.Reference) || p.UsedProjects().Contains(c.Reference))
            .Select(c => $"{c.Project} → {c.Reference} ({c.Why})")
            .ToList();

        AssertNone(problems, $"these entries of {nameof(CompileTimeOnly)} are stale: drop them");
    }

    [Fact]
    public void UsedProject_ReachedOnlyThroughAnotherReference_IsReported()
    {
        var problems = SourceProject.All
            .SelectMany(p => p.UsedProjects().Except(p.References).Select(u => $"{p.Name} uses {u} without referencing it"))
            .ToList();

        AssertNone(problems, "reference what a project uses directly");
    }

    [Fact]
    public void ProjectReference_ToTheSameOrAHigherLayer_IsReported()
    {
        var problems = SourceProject.All
            .SelectMany(p => p.References
                .Where(r => LayerOf(r) >= LayerOf(p.Name))
                .Select(r => $"{p.Name} (layer {LayerOf(p.Name)}) references {r} (layer {LayerOf(r)})"))
            .ToList();

        AssertNone(problems, "a project may reference only projects below its layer");
    }

    [Fact]
    public void Layers_NameEverySourceProjectOnce()
    {
        var named = Layers.SelectMany(l => l).ToList();
        var projects = SourceProject.All.Select(p => p.Name).ToList();

        Assert.Equal(named.Count, named.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(projects.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void StorageAndAnalysis_ReachNoHostEvenTransitively()
    {
        var byName = SourceProject.All.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var lower in Lower)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var queue = new Queue<string>(byName[lower].References);
            while (queue.TryDequeue(out var next))
            {
                if (reached.Add(next))
                {
                    foreach (var r in byName[next].References)
                    {
                        queue.Enqueue(r);
                    }
                }
            }

            problems.AddRange(reached.Intersect(Upper).Select(u => $"{lower} reaches {u}"));
        }

        AssertNone(problems, "the lower layers must know nothing of the hosts");
    }

    private static int LayerOf(string project)
    {
        var index = Array.FindIndex(Layers, l => l.Contains(project, StringComparer.Ordinal));
        Assert.True(index >= 0, $"{project} is in no layer of {nameof(ProjectReferencesTest)}.{nameof(Layers)}");
        return index;
    }

    private static void AssertNone(List<string> problems, string advice)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{advice}:\n  " + string.Join("\n  ", problems));
        }
    }
}
