namespace Coordination.Api.Tests.Infrastructure;

/// <summary>Activities that overlap one another and nothing else: a shared rare marker word ties them together.</summary>
internal static class Overlapping
{
    public static object Activity(string id, string sector, string marker) => new
    {
        id, sector, kind = "CapacityBuilding",
        title = $"Artificial intelligence readiness training for African policymakers {marker}",
        description = $"Workshops on AI governance and national AI strategies for regulators {marker}.",
        keywords = new[] { "artificial intelligence", marker },
        regions = new[] { "AFR" }, countries = new[] { "KE" },
    };

    /// <summary>A rare word that no stemmer changes: it ends in a digit (a trailing "e" or "s" would be stemmed away).</summary>
    public static string Marker() => $"zq{Guid.NewGuid():N}"[..11] + "7";
}
