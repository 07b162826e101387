using Coordination.Storage.PostgreSql.Schema;
using Npgsql;

namespace Coordination.PostgreSql.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL server for the whole test collection, with a database "coordination" migrated to
/// the latest schema. Tests that need an empty database create their own with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgreSqlFixture : IAsyncLifetime
{
    private PostgreSqlServer? _server;

    /// <summary>The migrated database the silos of the tests share; each test uses its own service and cluster ids.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await PostgreSqlServer.StartAsync();
        ConnectionString = await CreateDatabaseAsync("coordination");
        await PostgreSqlSchema.MigrateAsync(ConnectionString);
    }

    /// <summary>Creates an empty database with a unique name built from <paramref name="purpose"/>; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string purpose) =>
        Server.CreateDatabaseAsync($"{purpose}_{Guid.NewGuid():N}"[..(purpose.Length + 9)]);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null) await _server.DisposeAsync();
    }

    private PostgreSqlServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server has not started.");
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlFixture>
{
    public const string Name = "postgresql";
}
