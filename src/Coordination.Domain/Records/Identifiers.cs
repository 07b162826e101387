using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Coordination.Domain.Records;

/// <summary>Identifiers of activities, topics, task forces and events: lower-case slugs that read well in URLs.</summary>
public static partial class Identifiers
{
    public const int MaxLength = 64;

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex SlugPattern();

    public static bool IsValid(string? id) => id is not null && SlugPattern().IsMatch(id);

    public const string Rule = "Identifiers are 1 to 64 lower-case letters, digits or hyphens, not starting or ending with a hyphen.";

    /// <summary>A fresh random identifier such as "act-3f9c2a71b0d4".</summary>
    public static string New(string prefix) => $"{prefix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";

    /// <summary>A slug made from a name ("Smart Sustainable Cities" gives "smart-sustainable-cities"), or null when nothing is left.</summary>
    public static string? Slugify(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return slug.Length == 0 ? null : slug;
    }
}

/// <summary>Stable partitioning of listings over several grains.</summary>
public static class Partitions
{
    /// <summary>
    /// Buckets per sector for the activity listing. Changing it moves activities to other buckets,
    /// so it needs a re-index of the stored activities.
    /// </summary>
    public const int ActivityBucketsPerSector = 32;

    /// <summary>Durable buckets of overlap profiles; each in-memory shard owns the buckets congruent to it.</summary>
    public const int OverlapBuckets = 1024;

    public const int OverlapShards = 16;

    public static int OverlapBucket(string activityId) => Bucket(activityId, OverlapBuckets);

    public static int OverlapShardOf(int bucket) => bucket % OverlapShards;

    /// <summary>Durable buckets of each region's calendar; the regional office rebuilds its interval index from them.</summary>
    public const int RegionCalendarBuckets = 64;

    public static string RegionCalendarKey(Region region, string eventId) => $"{region}/{Bucket(eventId, RegionCalendarBuckets)}";

    public static IEnumerable<string> RegionCalendarKeys(Region region) =>
        Enumerable.Range(0, RegionCalendarBuckets).Select(b => $"{region}/{b}");

    /// <summary>Buckets of each dashboard's alert list, so that no single grain rewrites every alert of the MCG.</summary>
    public const int AlertInboxBuckets = 16;

    public static int AlertBucket(string alertId) => Bucket(alertId, AlertInboxBuckets);

    public static string AlertInboxKey(string route, string alertId) => $"{route}/{AlertBucket(alertId)}";

    public static IEnumerable<string> AlertInboxKeys(string route) => Enumerable.Range(0, AlertInboxBuckets).Select(b => $"{route}/{b}");

    public static IEnumerable<int> BucketsOfShard(int shard) =>
        Enumerable.Range(0, OverlapBuckets / OverlapShards).Select(i => i * OverlapShards + shard);

    public static string SectorIndexKey(Sector sector, string activityId) =>
        $"{sector}/{Bucket(activityId, ActivityBucketsPerSector)}";

    public static IEnumerable<string> SectorIndexKeys(Sector sector) =>
        Enumerable.Range(0, ActivityBucketsPerSector).Select(b => $"{sector}/{b}");

    /// <summary>FNV-1a: unlike string.GetHashCode it is the same in every process, so a key always lands in one bucket.</summary>
    public static int Bucket(string key, int buckets) => (int)(Hash(key) % (uint)buckets);

    private static uint Hash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return hash;
    }
}
