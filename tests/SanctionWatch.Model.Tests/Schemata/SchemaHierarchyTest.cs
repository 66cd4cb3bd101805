using SanctionWatch.Model.Schemata;
using SanctionWatch.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SanctionWatch.Model.Tests.Schemata;

/// <summary>The generated copy of the hierarchy (tools/ftm/generate_schemata.py) agrees with FollowTheMoney's YAML.</summary>
public sealed class SchemaHierarchyTest
{
    [Fact]
    public void Extends_EverySchema_AsTheYamlSays()
    {
        var yaml = ReadExtends(SharedData.PathOf("data", "ftm", "schema"));

        Assert.All(Schema.All, schema =>
        {
            Assert.True(yaml.ContainsKey(schema.Name), $"{schema.Name} is not in the FollowTheMoney YAML");
            Assert.Equal(yaml[schema.Name], schema.Extends.Select(p => p.Name));
        });
    }

    private static Dictionary<string, List<string>> ReadExtends(string folder)
    {
        var extends = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(folder, "*.y*ml"))
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                stream.Load(reader);
            }

            foreach (var (key, body) in ((YamlMappingNode)stream.Documents[0].RootNode).Children)
            {
                var parents = body is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("extends"), out var list)
                    ? ((YamlSequenceNode)list).Children.Select(p => ((YamlScalarNode)p).Value!).ToList()
                    : [];
                extends[((YamlScalarNode)key).Value!] = parents;
            }
        }

        return extends;
    }
}
