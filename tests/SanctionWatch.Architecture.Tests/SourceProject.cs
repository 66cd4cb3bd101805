using System.Reflection;
using System.Xml.Linq;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Architecture.Tests;

/// <summary>A project under src/ as its csproj declares it: its name, assembly name and direct project references.</summary>
public sealed record SourceProject(string Name, string AssemblyName, IReadOnlyList<string> References)
{
    /// <summary>Every project under src/, read from its csproj file.</summary>
    public static IReadOnlyList<SourceProject> All { get; } = LoadAll();

    /// <summary>
    /// The source projects whose assemblies this assembly's metadata names. The compiler writes an assembly
    /// reference only for an assembly whose types or members the code uses, so a project reference that nothing
    /// uses is missing here, and one used only through another project's reference shows up here.
    /// </summary>
    public IReadOnlySet<string> UsedProjects()
    {
        var byAssembly = All.ToDictionary(p => p.AssemblyName, p => p.Name, StringComparer.OrdinalIgnoreCase);
        return Assembly.Load(new AssemblyName(AssemblyName))
            .GetReferencedAssemblies()
            .Select(a => byAssembly.GetValueOrDefault(a.Name ?? ""))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }

    private static List<SourceProject> LoadAll()
    {
        var src = Path.Combine(SharedData.RepositoryRoot, "src");
        return [.. Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Read)
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static SourceProject Read(string path)
    {
        var xml = XDocument.Load(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var assemblyName = xml.Descendants("AssemblyName").Select(e => e.Value.Trim()).LastOrDefault() ?? name;
        var references = xml.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        return new SourceProject(name, assemblyName, references);
    }
}
