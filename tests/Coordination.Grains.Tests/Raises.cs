namespace Coordination.Grains.Tests;

/// <summary>Overlaps handed straight to an alert grain, so that a test chooses the severity, and with it the routes.</summary>
internal static class Raises
{
    public static OverlapProfile Side(Sector sector, string materialHash = "v1") => new()
    {
        ActivityId = Drafts.UniqueId("act"),
        Sector = sector,
        Title = $"Spectrum needs of rural broadband ({sector})",
        Language = "en",
        MaterialHash = materialHash,
    };

    /// <summary>A medium overlap of two sectors in no shared region: routed to the MCG only.</summary>
    public static AlertRaise Medium(OverlapProfile a, OverlapProfile b) => new(a,
        new OverlapMatch(b.ActivityId, b.Title, b.Sector, 0.55, Severity.Medium, RaisesAlert: true,
            new OverlapExplanation(0.5, 0.5, 0.4, 0.6, [], [], [a.Sector, b.Sector], a.Sector != b.Sector)),
        b);

    public static string IdOf(AlertRaise raise) => AlertKeys.PairId(raise.Checked.ActivityId, raise.Other.ActivityId);
}
