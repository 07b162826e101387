using Coordination.Grains.Hosting;
using Coordination.Storage.PostgreSql.Hosting;
using Coordination.Storage.PostgreSql.Schema;
using Coordination.Storage.Sqlite;
using Npgsql;

namespace Coordination.Benchmarks;

public enum StorageKind { Memory, Sqlite, PostgreSql }

/// <summary>
/// Where a benchmark's silo keeps grain state and rows, made for one run and removed after it: Orleans' in-memory
/// storage (it keeps each state serialised in the silo's own heap) with the platform's rows beside it, a temporary
/// SQLite file as the embedded default uses, or a throwaway PostgreSQL server with production durability (fsync
/// and synchronous commit on) and the platform's schema, as production uses.
/// </summary>
public sealed class BenchmarkStorage : IAsyncDisposable
{
    private readonly StorageKind _kind;
    private readonly string? _sqliteFolder;
    private readonly PostgreSqlServer? _server;
    private readonly string? _connectionString;

    private BenchmarkStorage(StorageKind kind, string? sqliteFolder, PostgreSqlServer? server, string? connectionString) =>
        (_kind, _sqliteFolder, _server, _connectionString) = (kind, sqliteFolder, server, connectionString);

    public static async Task<BenchmarkStorage> CreateAsync(StorageKind kind)
    {
        switch (kind)
        {
            case StorageKind.Sqlite:
                return new(kind, Directory.CreateTempSubdirectory("coordination-bench-").FullName, null, null);
            case StorageKind.PostgreSql:
                var server = await PostgreSqlServer.StartAsync(new PostgreSqlServerOptions { Durable = true });
                try
                {
                    var connectionString = await server.CreateDatabaseAsync("coordination");
                    await PostgreSqlSchema.MigrateAsync(connectionString);
                    return new(kind, null, server, connectionString);
                }
                catch
                {
                    await server.DisposeAsync();
                    throw;
                }
            default:
                return new(kind, null, null, null);
        }
    }

    /// <summary>Adds the grain storage and its rows under <paramref name="provider"/>.</summary>
    public void AddTo(ISiloBuilder silo, string provider)
    {
        switch (_kind)
        {
            case StorageKind.Sqlite:
                silo.AddSqliteGrainStorage(provider, o => o.DatabasePath = Path.Combine(_sqliteFolder!, "coordination.db"));
                break;
            case StorageKind.PostgreSql:
                silo.AddCoordinationPostgreSqlGrainStorage(provider, _connectionString!);
                break;
            default:
                silo.AddCoordinationMemoryStorage(provider);
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null) Directory.Delete(_sqliteFolder, recursive: true);
        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await _server.DisposeAsync();
        }
    }
}
