namespace Coordination.Benchmarks;

/// <summary>Where the benchmarks find their data: the shared data folder beside the repository, and the lexicons shipped with the program.</summary>
public static class DataFiles
{
    private static readonly Lazy<Lexicons> Loaded = new(LoadLexicons);

    /// <summary>
    /// A file of ../shared/data, next to the repository root (the folder of Coordination.sln, found above the current
    /// directory or else above the program); null when no repository root is found.
    /// </summary>
    public static string? SharedData(params string[] underData)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            if (RepositoryRoot.Above(start) is { } root) return Path.GetFullPath(Path.Combine([root, "..", "shared", "data", .. underData]));
        return null;
    }

    /// <summary>A file of ../shared/data that must exist.</summary>
    public static string RequiredSharedData(params string[] underData)
    {
        var path = SharedData(underData)
            ?? throw new FileNotFoundException($"Cannot find Coordination.sln above the current directory or the program, so not ../shared/data/{string.Join('/', underData)}.");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Data file not found: {path}", path);
    }

    /// <summary>The lexicons folder the build copies next to the program, as the silo host ships it.</summary>
    public static string LexiconFolder => Path.Combine(AppContext.BaseDirectory, "lexicons");

    /// <summary>
    /// The shipped lexicons, read once per process (the silos of the benchmarks and their baselines share them). Every
    /// language must have its lexicon: a benchmark of cross-language detection without them would measure something else.
    /// </summary>
    public static Lexicons Lexicons => Loaded.Value;

    private static Lexicons LoadLexicons()
    {
        var lexicons = Lexicons.Load(LexiconFolder);
        if (lexicons.Missing.Count > 0)
            throw new FileNotFoundException($"No lexicon for {string.Join(", ", lexicons.Missing)} in {LexiconFolder} " +
                $"(files {string.Join(", ", lexicons.Missing.Select(Lexicons.FileName))}, copied there from the repository's lexicons/ folder by the build).");
        DetectionBenchmark.Log($"lexicons: {string.Join(", ", lexicons.Loaded.Order())} read from {LexiconFolder} in {lexicons.LoadTime.TotalSeconds:F1} s, " +
            $"{lexicons.LoadBytes / 1e6:F0} MB of managed heap");
        return lexicons;
    }
}
