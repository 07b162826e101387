using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Coordination.Deploy.Tests.Infrastructure;

/// <summary>
/// YAML read into plain trees: mappings become dictionaries, sequences lists, scalars strings. Aliases
/// are resolved by the parser; merge keys (<c>&lt;&lt;: *anchor</c>, which compose files use) are applied
/// here, the mapping's own keys winning, as Docker Compose does.
/// </summary>
public static class Yaml
{
    /// <summary>Every document of the file, in order.</summary>
    public static IReadOnlyList<object?> LoadAll(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        return stream.Documents.Select(d => Convert(d.RootNode)).ToList();
    }

    public static Dictionary<string, object?> LoadMapping(string path) =>
        LoadAll(path) is [Dictionary<string, object?> single] ? single
            : throw new InvalidOperationException($"{path} is not a single YAML mapping.");

    private static object? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlMappingNode mapping => ConvertMapping(mapping),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}."),
    };

    private static Dictionary<string, object?> ConvertMapping(YamlMappingNode mapping)
    {
        var own = new Dictionary<string, object?>(StringComparer.Ordinal);
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
                throw new InvalidOperationException($"Only scalar keys are expected, at {keyNode.Start}.");
            if (key == "<<" && scalarKey.Style == ScalarStyle.Plain)
            {
                // One mapping, or a list of them where the earlier ones win.
                var sources = valueNode is YamlSequenceNode list ? list.Children.Reverse() : [valueNode];
                foreach (var source in sources)
                {
                    if (Convert(source) is not Dictionary<string, object?> values)
                        throw new InvalidOperationException($"A merge key takes mappings, at {source.Start}.");
                    foreach (var (k, v) in values) merged[k] = v;
                }
                continue;
            }
            own.Add(key, Convert(valueNode));
        }
        foreach (var (k, v) in own) merged[k] = v;
        return merged;
    }
}

/// <summary>Reading YAML trees: a missing key is null, a wrong shape fails the test with the path.</summary>
public static class Tree
{
    public static object? At(this object? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not Dictionary<string, object?> map) return null;
            node = map.GetValueOrDefault(key);
        }
        return node;
    }

    public static Dictionary<string, object?> MapAt(this object? node, params string[] path) =>
        node.At(path) switch
        {
            Dictionary<string, object?> map => map,
            null => [],
            var other => throw new Xunit.Sdk.XunitException($"{string.Join(".", path)} is {other.GetType().Name}, not a mapping."),
        };

    public static List<object?> ListAt(this object? node, params string[] path) =>
        node.At(path) switch
        {
            List<object?> list => list,
            null => [],
            var other => throw new Xunit.Sdk.XunitException($"{string.Join(".", path)} is {other.GetType().Name}, not a list."),
        };

    public static string? TextAt(this object? node, params string[] path) =>
        node.At(path) switch
        {
            null => null,
            string text => text,
            var other => throw new Xunit.Sdk.XunitException($"{string.Join(".", path)} is {other.GetType().Name}, not a scalar."),
        };

    public static IEnumerable<Dictionary<string, object?>> Maps(this IEnumerable<object?> list) => list.OfType<Dictionary<string, object?>>();

    /// <summary>Whether every label a selector asks for is on the pod.</summary>
    public static bool Selects(this Dictionary<string, object?> matchLabels, Dictionary<string, object?> podLabels) =>
        matchLabels.Count > 0 && matchLabels.All(l => podLabels.TryGetValue(l.Key, out var value) && Equals(value, l.Value));
}
