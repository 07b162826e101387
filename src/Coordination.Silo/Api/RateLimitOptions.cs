using System.ComponentModel.DataAnnotations;

namespace Coordination.Silo.Api;

/// <summary>
/// The "RateLimits" section: how many requests one user (or, signed out, one address) may send a minute to
/// this silo. Reads are not limited. 0 turns a limit off.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>POST, PUT, PATCH and DELETE under /api and the web forms, checks excepted.</summary>
    [Range(0, 1_000_000, ErrorMessage = "RateLimits:WritesPerMinute must be between 0 (no limit) and 1000000.")]
    public int WritesPerMinute { get; set; } = 120;

    /// <summary>
    /// Overlap checks, event clash checks and free-window searches. Larger than the writes: a client that checks
    /// as its user types, a request after each 400 ms pause, sends at most 150 a minute.
    /// </summary>
    [Range(0, 1_000_000, ErrorMessage = "RateLimits:ChecksPerMinute must be between 0 (no limit) and 1000000.")]
    public int ChecksPerMinute { get; set; } = 600;

    public int PermitsPerMinute(RateBudget budget) => budget switch
    {
        RateBudget.Writes => WritesPerMinute,
        RateBudget.Checks => ChecksPerMinute,
        _ => 0,
    };
}

/// <summary>What a request spends of its sender's limits.</summary>
public enum RateBudget
{
    Unlimited,
    Writes,
    Checks,
}
