using Coordination.Deploy.Tests.Infrastructure;

namespace Coordination.Deploy.Tests;

public class YamlFilesTests
{
    public static TheoryData<string> Files() => [.. Repository.YamlFiles(Repository.Deploy).Select(Repository.Relative)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_yaml_file_under_deploy_parses_into_mappings(string file)
    {
        var documents = Yaml.LoadAll(Repository.PathOf(file));

        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.IsType<Dictionary<string, object?>>(d));
    }

    [Fact]
    public void Deploy_holds_the_compose_file_the_collector_config_and_the_manifests()
    {
        var files = Repository.YamlFiles(Repository.Deploy).Select(Repository.Relative).ToList();

        Assert.Contains("deploy/compose.yaml", files);
        Assert.Contains("deploy/otel-collector.yaml", files);
        Assert.Contains(files, f => f.StartsWith("deploy/kubernetes/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_document_of_a_multi_document_file_is_read()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coordination-deploy-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "kind: A\n---\nkind: B\n");
        try
        {
            Assert.Equal(["A", "B"], Yaml.LoadAll(file).Select(d => d.TextAt("kind")));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Merge_keys_are_applied_and_the_mapping_s_own_keys_win()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coordination-deploy-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "base: &base\n  a: 1\n  b: 2\nderived:\n  <<: *base\n  b: 3\n");
        try
        {
            var derived = Yaml.LoadMapping(file).MapAt("derived");
            Assert.Equal("1", derived.TextAt("a"));
            Assert.Equal("3", derived.TextAt("b"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
