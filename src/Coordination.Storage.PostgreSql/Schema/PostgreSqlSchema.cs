using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Coordination.Storage.PostgreSql.Schema;

/// <summary>
/// Creates and upgrades the platform's PostgreSQL schema: the tables, functions and query catalogue that the
/// Orleans ADO.NET providers read. Every migrator (the <c>db migrate</c> command, every silo at start-up) takes
/// the same session-level advisory lock first, so concurrent runs take turns; each applies only the migrations
/// the database has not recorded, each in its own transaction together with its record. Running it again
/// changes nothing.
/// </summary>
public static partial class PostgreSqlSchema
{
    /// <summary>The advisory lock key every migrator of this schema takes: "coordina" in ASCII.</summary>
    public const long MigrationLockKey = 0x636F_6F72_6469_6E61;

    /// <summary>The table recording which migrations a database has applied.</summary>
    public const string VersionTable = "coordination_schema_version";

    /// <summary>Every migration this build knows, in order.</summary>
    public static IReadOnlyList<SchemaMigration> Migrations { get; } = EmbeddedMigrations.Load();

    /// <summary>The schema version this build expects: the number of its last migration.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    public static Task<SchemaMigrationResult> MigrateAsync(string connectionString, CancellationToken cancellationToken = default) =>
        MigrateAsync(connectionString, NullLogger.Instance, cancellationToken);

    /// <summary>Applies the pending migrations and logs each one; returns what was applied.</summary>
    /// <exception cref="InvalidOperationException">A migration this database applied was edited since.</exception>
    public static async Task<SchemaMigrationResult> MigrateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken = default)
    {
        // Unpooled: closing the connection ends the session, and with it the advisory lock, whatever happened.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync(cancellationToken);

        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
        await EnsureVersionTableAsync(connection, cancellationToken);

        var recorded = await ReadRecordedChecksumsAsync(connection, cancellationToken);
        EnsureAppliedMigrationsUnchanged(recorded);

        var pending = Migrations.Where(m => !recorded.ContainsKey(m.Version)).ToList();
        foreach (var migration in pending)
        {
            await ApplyAsync(connection, migration, cancellationToken);
            LogApplied(logger, migration.ToString());
        }

        var version = recorded.Keys.Concat(pending.Select(m => m.Version)).DefaultIfEmpty(0).Max();
        if (version > LatestVersion) LogDatabaseAhead(logger, version, LatestVersion);
        else if (pending.Count == 0) LogUpToDate(logger, version);
        return new SchemaMigrationResult(pending, version);
    }

    // Checked before creating so that a database user without CREATE rights can run an up-to-date schema.
    private static async Task EnsureVersionTableAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('{VersionTable}') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is true) return;

        await ExecuteAsync(connection, $"""
            CREATE TABLE {VersionTable} (
                version     integer     PRIMARY KEY,
                name        text        NOT NULL,
                checksum    text        NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);
    }

    private static async Task<Dictionary<int, string>> ReadRecordedChecksumsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT version, checksum FROM {VersionTable}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var recorded = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken)) recorded[reader.GetInt32(0)] = reader.GetString(1);
        return recorded;
    }

    private static void EnsureAppliedMigrationsUnchanged(Dictionary<int, string> recorded)
    {
        var edited = Migrations.Where(m => recorded.TryGetValue(m.Version, out var checksum) && checksum != m.Checksum).ToList();
        if (edited.Count > 0)
            throw new InvalidOperationException(
                $"Migration(s) {string.Join(", ", edited)} differ from what this database applied. Released migrations must not be edited: add a new migration instead.");
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, SchemaMigration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var script = new NpgsqlCommand(migration.Sql, connection, transaction))
        {
            await script.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var record = new NpgsqlCommand($"INSERT INTO {VersionTable} (version, name, checksum) VALUES ($1, $2, $3)", connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Migration}")]
    private static partial void LogApplied(ILogger logger, string migration);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL schema is up to date at version {Version}")]
    private static partial void LogUpToDate(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL schema is at version {Version}, newer than this build's {Latest}: a newer build migrated it")]
    private static partial void LogDatabaseAhead(ILogger logger, int version, int latest);
}
