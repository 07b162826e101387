namespace Coordination.Deploy.Tests.Infrastructure;

/// <summary>The repository these tests were built from: the folder of Coordination.sln above the test output.</summary>
public static class Repository
{
    public static string Root { get; } = RepositoryRoot.OfProgram;

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string Kubernetes => Path.Combine(Deploy, "kubernetes");

    public static string PathOf(params string[] parts) => Path.GetFullPath(Path.Combine([Root, .. parts]));

    /// <summary>Every YAML file under deploy/, sub-folders included.</summary>
    public static IReadOnlyList<string> YamlFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
