using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>
/// The alert budget on a cluster of its own (the shared one lifts it: its tests' template texts match across tests):
/// a registration that duplicates many activities raises alerts for its most severe few and lists the rest.
/// </summary>
public sealed class AlertBudgetTests : IAsyncLifetime
{
    private static readonly AlertBudget Budget = new(2);
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-budget-").FullName;
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await ClusterFixture.StartAsync(Path.Combine(_folder, "coordination.db"), configure: silo => silo.Services.AddSingleton(Budget));

    public async Task DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static ActivityDraft Census(string sector) => new()
    {
        Sector = sector,
        Kind = "Project",
        Title = "Population and housing census of the Kiribati outer islands",
        Description = "Census enumeration, mapping and tabulation for the outer islands.",
        Countries = ["KI"],
        StartDate = new DateOnly(2027, 1, 1),
        EndDate = new DateOnly(2027, 12, 31),
    };

    [Fact]
    public async Task A_registration_raises_its_most_severe_alerts_within_the_budget_and_lists_the_rest()
    {
        var grains = _cluster.Client;
        // Same sector (low severity) first, then other sectors (medium or high): the budget goes to the latter.
        string[] earlier = ["BDT", "BDT", "TSB", "BR"];
        for (var i = 0; i < earlier.Length; i++)
            Assert.True((await grains.GetGrain<IActivityGrain>($"census-{i}").CreateAsync(Census(earlier[i]), "tester")).Succeeded);

        Assert.True((await grains.GetGrain<IActivityGrain>("census-new").CreateAsync(Census("BDT"), "tester")).Succeeded);

        var raisedByNew = (await Task.WhenAll(Enumerable.Range(0, earlier.Length).Select(i =>
            grains.GetGrain<IAlertGrain>(AlertKeys.PairId("census-new", $"census-{i}")).GetAsync()))).OfType<Alert>().ToArray();
        Assert.Equal(Budget.PerItem, raisedByNew.Length);
        Assert.All(raisedByNew, a => Assert.True(a.Explanation.CrossSector));
        var listed = await grains.GetGrain<IActivityGrain>("census-new").FindOverlapsAsync();
        Assert.Equal(earlier.Length, listed.Length);
        Assert.Equal(Budget.PerItem, listed.Count(m => m.RaisesAlert));
        Assert.Equal(["census-0", "census-1"], listed.Where(m => m.BeyondBudget).Select(m => m.ActivityId).Order());
    }
}
