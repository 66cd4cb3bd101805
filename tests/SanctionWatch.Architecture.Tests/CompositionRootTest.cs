using System.Reflection;
using System.Reflection.Emit;
using SanctionWatch.Analysis.Ner;
using SanctionWatch.Analysis.Pipeline;
using SanctionWatch.Analysis.Syntax;
using SanctionWatch.Application;
using SanctionWatch.Cli;
using SanctionWatch.Matching.Scoring;
using SanctionWatch.Matching.Screening;
using SanctionWatch.Server;
using SanctionWatch.Storage;

namespace SanctionWatch.Architecture.Tests;

/// <summary>
/// One composition root per host (issue 20, item 3): in the CLI and the server only the root opens the store and makes
/// the reference data, the language packs and models, the matcher and the screening index; commands and endpoints
/// receive them. Read from the compiled code, so a call hidden in a lambda counts too.
/// </summary>
public sealed class CompositionRootTest
{
    private static readonly Assembly[] Hosts = [typeof(CliServices).Assembly, typeof(SanctionWatchServer).Assembly];

    // The roots themselves, and what may still build its own until its owner moves it (each says why).
    private static readonly (string Type, string Why)[] Allowed =
    [
        ("SanctionWatch.Cli.CliServices", "the CLI's composition root"),
        ("SanctionWatch.Cli.OnDemandStore", "the CLI root's store: opens each component when a command asks"),
        ("SanctionWatch.Server.SanctionWatchServer", "the server's composition root"),
        ("SanctionWatch.Server.Hosting.ScreeningIndexes", "builds each dataset's index with the matcher the root gives it"),
        ("SanctionWatch.Cli.Commands.ScreenCommand", "the screen command belongs to the matching work, which moves it onto CliServices"),
        ("SanctionWatch.Cli.Commands.StoreFactory", "what ScreenCommand still opens by address until then"),
    ];

    [Fact]
    public void CommandsAndEndpoints_BuildNoStoreModelOrIndexOfTheirOwn()
    {
        var allowed = Allowed.Select(a => a.Type).ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var type in Hosts.SelectMany(a => a.GetTypes()))
        {
            if (allowed.Contains(Outermost(type).FullName!))
            {
                continue;
            }

            foreach (var method in Bodies(type))
            {
                foreach (var callee in Callees(method).Where(Builds))
                {
                    found.Add($"{type.FullName}.{method.Name} calls {callee.DeclaringType!.Name}.{callee.Name}");
                }
            }
        }

        Assert.True(found.Count == 0, "build these in the host's composition root and pass them in:\n" + string.Join("\n", found.Distinct()));
    }

    [Fact]
    public void Allowed_NamesTypesThatExist()
    {
        var names = Hosts.SelectMany(a => a.GetTypes()).Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.All(Allowed, a => Assert.Contains(a.Type, names));
    }

    [Fact]
    public void Scan_FindsTheCallsTheRootMakes()
    {
        // The check reads IL; were it blind, the first test would pass whatever the commands did.
        var onDemand = typeof(CliServices).Assembly.GetType("SanctionWatch.Cli.OnDemandStore")!;
        var root = WithNested(typeof(CliServices)).Concat(WithNested(onDemand)).SelectMany(Bodies).SelectMany(Callees).Where(Builds).Select(m => m.DeclaringType!.Name + "." + m.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Store.OpenLists", root);
        Assert.Contains("DocumentAnalyzer.CreateStandard", root);
        Assert.Contains("LanguagePacks..ctor", root);
        Assert.Contains("ScreeningIndex..ctor", root);
        Assert.Contains("ReferenceData..ctor", root);
        Assert.Contains("NerModel.LoadBuiltIn", root);
    }

    // What only a root may do: open a store from its address, load reference data, language packs or models, or build a matcher or index.
    private static bool Builds(MethodBase method)
    {
        var declaring = method.DeclaringType;
        if (declaring is null)
        {
            return false;
        }

        return (declaring == typeof(Store) && method.Name.StartsWith("Open", StringComparison.Ordinal))
            || (method.IsConstructor && (declaring == typeof(ReferenceData) || declaring == typeof(LanguagePacks) || declaring == typeof(ScreeningIndex)))
            || (declaring == typeof(DocumentAnalyzer) && method.Name == nameof(DocumentAnalyzer.CreateStandard))
            || (declaring == typeof(EntityMatcher) && method.Name == nameof(EntityMatcher.CreateDefault))
            || ((declaring == typeof(NerModel) || declaring == typeof(SyntaxModel)) && method.IsStatic && method.Name is "LoadBuiltIn" or "Load" or "Read")
            || (declaring.Namespace is { } ns && (ns.StartsWith("SanctionWatch.Storage.Sqlite", StringComparison.Ordinal) || ns.StartsWith("SanctionWatch.Storage.Postgres", StringComparison.Ordinal)));
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested).Prepend(type);

    private static IEnumerable<MethodBase> Bodies(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)).Where(m => m.GetMethodBody() is not null);
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    // The methods a body calls, constructs or takes a delegate to.
    private static IEnumerable<MethodBase> Callees(MethodBase method)
    {
        byte[] il = method.GetMethodBody()!.GetILAsByteArray()!;
        var found = new List<MethodBase>();
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var op = OpCodesByValue[value];
            i += op.Size;
            if (op.OperandType == OperandType.InlineMethod)
            {
                int token = BitConverter.ToInt32(il, i);
                Type[]? typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
                Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
                if (method.Module.ResolveMethod(token, typeArgs, methodArgs) is { } callee)
                {
                    found.Add(callee);
                }
            }

            i += OperandSize(op, il, i);
        }

        return found;
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
