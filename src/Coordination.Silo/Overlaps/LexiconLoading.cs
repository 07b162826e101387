using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coordination.Silo.Overlaps;

/// <summary>Reads the lexicons at start and says what cross-language detection the host has.</summary>
public sealed partial class LexiconLoading
{
    public static Lexicons Load(OverlapOptions options, ILogger<LexiconLoading> logger)
    {
        var folder = options.ResolveLexicons();
        var lexicons = Directory.Exists(folder) ? Lexicons.Load(folder) : Lexicons.None;
        if (lexicons.Loaded.Count > 0)
            LogLoaded(logger, string.Join(", ", lexicons.Loaded.Order()), lexicons.LoadTime.TotalMilliseconds, lexicons.LoadBytes / (1024 * 1024), folder);
        if (lexicons.Missing.Count > 0)
            LogMissing(logger, string.Join(", ", lexicons.Missing), folder);
        return lexicons;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cross-language detection: lexicons {Languages} read in {Milliseconds:F0} ms ({Megabytes} MB) from {Folder}")]
    private static partial void LogLoaded(ILogger logger, string languages, double milliseconds, long megabytes, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No lexicon for {Languages} in {Folder}: texts in these languages are matched within their own language only")]
    private static partial void LogMissing(ILogger logger, string languages, string folder);
}

/// <summary>Healthy with every lexicon; degraded (still serving) with a language matched within itself only.</summary>
public sealed class LexiconHealthCheck(Lexicons lexicons) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["loaded"] = lexicons.Loaded.Order().ToArray(),
            ["missing"] = lexicons.Missing.ToArray(),
        };
        return Task.FromResult(lexicons.Missing.Count == 0
            ? HealthCheckResult.Healthy("Cross-language detection for every UN language.", data)
            : HealthCheckResult.Degraded($"No lexicon for {string.Join(", ", lexicons.Missing)}: those languages are matched within themselves only.", data: data));
    }
}
