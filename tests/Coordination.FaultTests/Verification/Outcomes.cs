namespace Coordination.FaultTests.Verification;

/// <summary>How reading a set of ids back went.</summary>
internal sealed record ReadBack(int Asked, string[] Found, string[] NotFound, string[] Unreachable, string[] NotFoundFirst)
{
    public static ReadBack Empty { get; } = new(0, [], [], [], []);
}

/// <summary>What the re-scan endpoint said; <see cref="StartedAfterKill"/> is the reminder test.</summary>
internal sealed record RescanCheck(bool StartedAfterKill, bool FinishedAfterKill, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int Total, int Done, int AlertsRaised, int Failed, int Polls, double WaitedSeconds, string? LastError);

/// <summary>What the alert dashboards list, and the duplicates among them.</summary>
internal sealed record AlertCheck(
    Dictionary<string, int> ListedPerRoute,
    int DistinctAlerts,
    int RepeatedInListings,
    int ExtraAlertsForSamePair,
    string[] DuplicateEvidence,
    string[] IdPairMismatches,
    int PlantedPairs,
    int PlantedPairsAlerted,
    string[] PlantedPairsMissing,
    int PlantedPairsWithUnacknowledgedSide,
    int OtherAlerts,
    string[] OtherAlertExamples,
    string? Error)
{
    public int DuplicateAlerts => RepeatedInListings + ExtraAlertsForSamePair;
}
