using Coordination.Grains.Records;

namespace Coordination.Grains.Tests;

/// <summary>
/// Detection and alerts through the real grains. Every test writes a made-up marker word into its
/// texts, so that its activities match each other and nothing else in the shared cluster.
/// </summary>
[Collection(ClusterCollection.Name)]
public class OverlapDetectionTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    /// <summary>A rare word that no stemmer changes: it ends in a digit (a trailing "e" or "s" would be stemmed away).</summary>
    private static string Marker() => $"zq{Guid.NewGuid():N}"[..11] + "7";

    private static ActivityDraft AiCapacityBuilding(string sector, string marker) => new()
    {
        Sector = sector,
        Kind = "CapacityBuilding",
        Title = $"Artificial intelligence readiness training for African policymakers {marker}",
        Description = $"Workshops and online courses on AI governance, data protection and national AI strategies for regulators and ministries {marker}.",
        Keywords = ["artificial intelligence", "policy", marker],
        Regions = ["AFR"],
        Countries = ["KE", "NG"],
        StartDate = new DateOnly(2027, 2, 1),
        EndDate = new DateOnly(2027, 9, 30),
    };

    private static ActivityDraft Unrelated(string marker) => new()
    {
        Sector = "BR",
        Kind = "Study",
        Title = $"Maritime radio frequency coordination for ship stations {marker}x",
        Description = "Updating the maritime mobile service identities list for coast stations.",
        Regions = ["EUR"],
    };

    private async Task<string> RegisterAsync(ActivityDraft draft, string? id = null)
    {
        id ??= Drafts.UniqueId("act");
        var result = await _grains.GetGrain<IActivityGrain>(id).CreateAsync(draft, "tester");
        Assert.True(result.Succeeded, string.Join("; ", (result.Errors ?? []).SelectMany(e => e.Value)));
        return id;
    }

    private Task<Alert?> AlertOf(string a, string b) => _grains.GetGrain<IAlertGrain>(AlertKeys.PairId(a, b)).GetAsync();

    private Task<AlertSummary[]> InboxAsync(string route) => Listings.AlertsAsync(_grains, [route]);

    [Fact]
    public async Task The_same_work_registered_by_two_sectors_raises_one_cross_sector_alert_with_its_evidence()
    {
        var marker = Marker();
        var bdt = await RegisterAsync(AiCapacityBuilding("BDT", marker));
        var tsb = await RegisterAsync(AiCapacityBuilding("TSB", marker) with { Title = $"AI readiness programme for policymakers in Africa {marker}" });

        var alert = await AlertOf(bdt, tsb);
        Assert.NotNull(alert);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal([Sector.TSB, Sector.BDT], alert.Sectors);
        Assert.True(alert.Explanation.CrossSector);
        Assert.Contains(alert.Explanation.SharedTerms, t => t.Term == marker);
        Assert.Contains(alert.Explanation.Evidence, e => e.Kind == "shared-regions" && e.Detail == "AFR");
        Assert.Contains(alert.Explanation.Evidence, e => e.Kind == "overlapping-dates");
        Assert.Contains("MCG", alert.Routes);
        Assert.Contains("RD:AFR", alert.Routes);
        Assert.Contains(await InboxAsync("MCG"), s => s.Id == alert.Id);
        Assert.Contains(await InboxAsync("RD:AFR"), s => s.Id == alert.Id);
    }

    [Fact]
    public async Task A_sector_duplicating_itself_is_reported_at_a_lower_severity_than_two_sectors()
    {
        var marker = Marker();
        var first = await RegisterAsync(AiCapacityBuilding("BDT", marker));
        var sameSector = await RegisterAsync(AiCapacityBuilding("BDT", marker));
        var otherSector = await RegisterAsync(AiCapacityBuilding("GS", marker));

        var inside = await AlertOf(first, sameSector);
        var across = await AlertOf(first, otherSector);

        Assert.NotNull(inside);
        Assert.NotNull(across);
        Assert.False(inside.Explanation.CrossSector);
        Assert.True(inside.Severity < across.Severity, $"same sector {inside.Severity}, cross-sector {across.Severity}");
    }

    [Fact]
    public async Task An_unrelated_activity_is_not_reported()
    {
        var marker = Marker();
        var ai = await RegisterAsync(AiCapacityBuilding("BDT", marker));
        var maritime = await RegisterAsync(Unrelated(marker));

        var matches = await _grains.GetGrain<IActivityGrain>(maritime).FindOverlapsAsync();

        Assert.DoesNotContain(matches, m => m.ActivityId == ai);
        Assert.Null(await AlertOf(ai, maritime));
    }

    [Fact]
    public async Task Concurrent_registrations_and_rechecks_leave_exactly_one_alert_per_pair()
    {
        var marker = Marker();
        var sectors = new[] { "BR", "TSB", "BDT", "GS", "BDT", "TSB" };

        var ids = await Task.WhenAll(sectors.Select(s => RegisterAsync(AiCapacityBuilding(s, marker))));
        await Task.WhenAll(ids.Concat(ids).Select(id => _grains.GetGrain<IActivityGrain>(id).RecheckAsync()));

        var pairs = ids.SelectMany((a, i) => ids.Skip(i + 1).Select(b => AlertKeys.PairId(a, b))).ToArray();
        var alerts = await Task.WhenAll(pairs.Select(p => _grains.GetGrain<IAlertGrain>(p).GetAsync()));
        Assert.All(alerts, Assert.NotNull);
        Assert.All(alerts, a => Assert.True(a!.TimesChecked >= 2));
        var inbox = (await InboxAsync("MCG")).Where(s => pairs.Contains(s.Id)).ToArray();
        Assert.Equal(pairs.Length, inbox.Length);
        Assert.Equal(pairs.Length, inbox.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_match_is_scored_with_the_term_weights_of_the_whole_collection_not_of_its_shard()
    {
        var marker = Marker();
        var bdt = await RegisterAsync(AiCapacityBuilding("BDT", marker));
        var tsb = await RegisterAsync(AiCapacityBuilding("TSB", marker) with { Title = $"AI readiness programme for policymakers in Africa {marker}" });
        var shards = Enumerable.Range(0, Partitions.OverlapShards).Select(s => _grains.GetGrain<IOverlapShardGrain>(s)).ToArray();
        await Task.WhenAll(shards.Select(s => s.RefreshStatisticsAsync()));

        // What a scan of every profile would weigh: documents and document frequencies summed over all shards.
        var statistics = await Task.WhenAll(shards.Select(s => s.TermStatisticsAsync()));
        var documents = statistics.Sum(s => s.Documents);
        double Idf(string term) => OverlapScorer.BoundedIdf(documents, statistics.Sum(s => s.DocumentFrequencies.GetValueOrDefault(term)));
        var profileOf = async (string id) => OverlapProfiles.Of((await _grains.GetGrain<IActivityGrain>(id).GetAsync())!, Lexicons.None);
        var expected = new OverlapScorer(OverlapModel.Default).Score(await profileOf(tsb), await profileOf(bdt), Idf, documents);

        var found = (await _grains.GetGrain<IActivityGrain>(tsb).FindOverlapsAsync()).Single(m => m.ActivityId == bdt);
        Assert.Equal(expected.Score, found.Score);
        Assert.Equal(expected.Explanation.TextScore, found.Explanation.TextScore);
        Assert.Equal(expected.Explanation.SharedTerms, found.Explanation.SharedTerms);
        // The shard alone counts a sixteenth of the documents: its own weights would give another text score.
        var shardOnly = statistics[Partitions.OverlapShardOf(Partitions.OverlapBucket(bdt))];
        double ShardIdf(string term) => OverlapScorer.BoundedIdf(shardOnly.Documents, shardOnly.DocumentFrequencies.GetValueOrDefault(term));
        var byShard = new OverlapScorer(OverlapModel.Default).Score(await profileOf(tsb), await profileOf(bdt), ShardIdf, shardOnly.Documents);
        Assert.NotEqual(byShard.Explanation.TextScore, found.Explanation.TextScore);
    }

    [Fact]
    public async Task The_index_follows_updates_and_deletions_exactly()
    {
        var marker = Marker();
        var id = await RegisterAsync(AiCapacityBuilding("BDT", marker));
        var probe = OverlapProfiles.OfDraft(AiCapacityBuilding("TSB", marker), Lexicons.None);
        var detector = _grains.GetGrain<IOverlapDetectorGrain>(0);
        Assert.Contains(await detector.CheckAsync(probe, 10), m => m.ActivityId == id);

        var grain = _grains.GetGrain<IActivityGrain>(id);
        await grain.UpdateAsync(Unrelated(marker) with { Sector = "BDT" }, 1, "tester");
        Assert.DoesNotContain(await detector.CheckAsync(probe, 10), m => m.ActivityId == id);
        Assert.Contains(await detector.CheckAsync(OverlapProfiles.OfDraft(Unrelated(marker), Lexicons.None), 10), m => m.ActivityId == id);

        await grain.DeleteAsync(2, "tester");
        Assert.DoesNotContain(await detector.CheckAsync(OverlapProfiles.OfDraft(Unrelated(marker), Lexicons.None), 10), m => m.ActivityId == id);
    }

    [Fact]
    public async Task A_pair_resolved_as_not_a_duplicate_stays_quiet_until_one_side_changes_materially()
    {
        var marker = Marker();
        var a = await RegisterAsync(AiCapacityBuilding("BDT", marker));
        var b = await RegisterAsync(AiCapacityBuilding("TSB", marker));
        var alertGrain = _grains.GetGrain<IAlertGrain>(AlertKeys.PairId(a, b));

        Assert.Equal(CommandOutcome.Invalid, (await alertGrain.ResolveAsync(AlertResolution.NotDuplicate, " ", "helena.berg")).Outcome);
        Assert.Equal(CommandOutcome.Ok, (await alertGrain.ResolveAsync(AlertResolution.NotDuplicate, "Different audiences", "helena.berg")).Outcome);

        await _grains.GetGrain<IActivityGrain>(a).RecheckAsync();
        await _grains.GetGrain<IActivityGrain>(b).UpdateAsync(AiCapacityBuilding("TSB", marker), 1, "pierre"); // a save without material change
        Assert.Equal(AlertStatus.Resolved, (await alertGrain.GetAsync())!.Status);

        await _grains.GetGrain<IActivityGrain>(b).UpdateAsync(AiCapacityBuilding("TSB", marker) with { Countries = ["KE", "NG", "GH"] }, 2, "pierre");

        var reopened = await alertGrain.GetAsync();
        Assert.Equal(AlertStatus.Open, reopened!.Status);
        Assert.Null(reopened.Resolution);
    }

    [Theory]
    [InlineData("fr",
        "Systèmes d'alerte précoce multirisques pour les pays d'Afrique de l'Ouest",
        "Déploiement de systèmes d'alerte précoce multirisques en Afrique de l'Ouest")]
    [InlineData("zh",
        "农村地区宽带连接与数字技能培训项目",
        "农村地区宽带连接和数字技能培训")]
    [InlineData("es",
        "Indicadores de ciudades inteligentes y sostenibles para América Latina",
        "Guía de indicadores para ciudades inteligentes y sostenibles en América Latina")]
    public async Task Duplicates_written_in_other_UN_languages_are_found(string language, string first, string second)
    {
        var marker = Marker();
        ActivityDraft Draft(string sector, string title) => new()
        {
            Sector = sector, Kind = "Project", Language = language, Title = title, Keywords = [marker], Regions = ["GLOBAL"],
        };
        var a = await RegisterAsync(Draft("BDT", first));
        var b = await RegisterAsync(Draft("TSB", second));

        var found = await _grains.GetGrain<IActivityGrain>(b).FindOverlapsAsync();
        Assert.True(await AlertOf(a, b) is not null, string.Join("\n", found.Select(m => $"{m.ActivityId} {m.Score} {m.Explanation}")));
    }

    [Fact]
    public async Task A_rescan_checks_every_activity_and_reports_progress()
    {
        var rescan = _grains.GetGrain<IOverlapRescanGrain>(0);

        var started = await rescan.StartAsync();
        Assert.True(started.Running);

        var progress = started;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (progress.Running && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            progress = await rescan.GetProgressAsync();
        }
        Assert.False(progress.Running, "the re-scan did not finish within a minute");
        Assert.True(progress.Total > 0);
        Assert.Equal(progress.Total, progress.Done);
        Assert.Equal(0, progress.Failed);
        Assert.NotNull(progress.FinishedAt);
    }
}
