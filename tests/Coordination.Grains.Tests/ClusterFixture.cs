using Coordination.Grains;
using Coordination.Grains.Hosting;
using Coordination.Storage.Sqlite;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>One in-process silo for the whole test collection, with the real SQLite storage in a temporary folder.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("coordination-grains-").FullName;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync() => Cluster = await StartAsync(Path.Combine(DataDirectory, "coordination.db"));

    /// <summary>A started single-silo cluster with the platform's grains on the SQLite file <paramref name="database"/>.</summary>
    public static async Task<InProcessTestCluster> StartAsync(string database)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo
            .AddCoordinationGrains()
            .AddSqliteGrainStorage(StorageNames.Provider, o => o.DatabasePath = database)
            .UseInMemoryReminderService());
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
