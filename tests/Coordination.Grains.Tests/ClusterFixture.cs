using Coordination.Grains;
using Coordination.Grains.Hosting;
using Coordination.Grains.Records;
using Coordination.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>One in-process silo for the whole test collection, with the real SQLite storage in a temporary folder.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("coordination-grains-").FullName;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>
    /// Tests share the cluster and build their activities from the same few templates, so each activity also matches the
    /// other tests' copies (all but the test's marker word): with the platform's budget of a few alerts per registration
    /// those would crowd out the pair a test checks. The budget itself is tested on a cluster of its own.
    /// </summary>
    public static readonly AlertBudget SharedClusterBudget = new(1000);

    public async Task InitializeAsync() =>
        Cluster = await StartAsync(Path.Combine(DataDirectory, "coordination.db"), configure: silo => silo.Services.AddSingleton(SharedClusterBudget));

    /// <summary>
    /// A started single-silo cluster with the platform's grains on the SQLite file <paramref name="database"/>;
    /// the grains read the time from <paramref name="clock"/> when given; <paramref name="configure"/> adds to the silo last.
    /// </summary>
    public static async Task<InProcessTestCluster> StartAsync(string database, TimeProvider? clock = null, Action<ISiloBuilder>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            if (clock is not null)
            {
                silo.Services.AddSingleton(clock);
                // Orleans's own timers (membership, activation collection, reminders) keep the real time.
                silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            }
            silo.AddCoordinationGrains()
                .AddSqliteGrainStorage(StorageNames.Provider, o => o.DatabasePath = database)
                .UseInMemoryReminderService();
            configure?.Invoke(silo);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>The silo's storage provider, for tests that arrange what a crash or an earlier version left, or check what was stored.</summary>
internal static class StoredData
{
    public static IGrainStorage Storage(this InProcessTestCluster cluster) =>
        cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(StorageNames.Provider);

    public static IGrainRowStorage Rows(this InProcessTestCluster cluster) =>
        cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainRowStorage>(StorageNames.Provider);
}
