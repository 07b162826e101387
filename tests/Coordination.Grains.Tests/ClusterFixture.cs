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

    public async Task InitializeAsync()
    {
        var database = Path.Combine(DataDirectory, "coordination.db");
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo
            .AddCoordinationGrains()
            .AddSqliteGrainStorage(StorageNames.Provider, o => o.DatabasePath = database)
            .UseInMemoryReminderService());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
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
