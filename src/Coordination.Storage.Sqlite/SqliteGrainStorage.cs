using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Coordination.Storage.Sqlite;

/// <summary>
/// Grain state in one SQLite table, one row per state name and grain. Each row carries a version that
/// serves as the ETag: a write names the version it read, and is refused with
/// <see cref="InconsistentStateException"/> when the row has moved on. The database runs in WAL mode with
/// SQLite's default full synchronisation, so a write that returned survives a crash of the process or the machine.
/// </summary>
public sealed partial class SqliteGrainStorage(
    string name,
    SqliteGrainStorageOptions options,
    IActivatorProvider activators,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const int SchemaVersion = 1;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.DatabasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(OptionFormattingUtilities.Name<SqliteGrainStorage>(name), ServiceLifecycleStage.ApplicationServices, InitializeAsync);

    /// <summary>Creates the file and the table when missing; safe to call again.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS grain_state (
                state_name TEXT NOT NULL,
                grain_id   TEXT NOT NULL,
                version    INTEGER NOT NULL,
                payload    TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (state_name, grain_id)
            ) WITHOUT ROWID;
            PRAGMA user_version = {SchemaVersion};
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        LogInitialized(name, options.DatabasePath);
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, payload FROM grain_state WHERE state_name = $state AND grain_id = $grain";
        AddKey(command, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            var version = reader.GetInt64(0);
            var payload = reader.GetString(1);
            grainState.State = Deserialize<T>(payload, stateName, grainId);
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = activators.GetActivator<T>().Create();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = options.GrainStorageSerializer.Serialize(grainState.State).ToString();
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        var expected = ParseETag(grainState.ETag);
        command.CommandText = expected is null
            ? """
              INSERT INTO grain_state (state_name, grain_id, version, payload, updated_at)
              VALUES ($state, $grain, 1, $payload, $now)
              ON CONFLICT (state_name, grain_id) DO NOTHING
              RETURNING version
              """
            : """
              UPDATE grain_state SET version = version + 1, payload = $payload, updated_at = $now
              WHERE state_name = $state AND grain_id = $grain AND version = $expected
              RETURNING version
              """;
        AddKey(command, stateName, grainId);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        if (expected is not null) command.Parameters.AddWithValue("$expected", expected.Value);

        if (await command.ExecuteScalarAsync() is long version)
        {
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
            return;
        }
        throw await InconsistentAsync(connection, stateName, grainId, grainState.ETag, "write");
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var expected = ParseETag(grainState.ETag);
        if (expected is not null)
        {
            await using var connection = await OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain AND version = $expected";
            AddKey(command, stateName, grainId);
            command.Parameters.AddWithValue("$expected", expected.Value);
            if (await command.ExecuteNonQueryAsync() != 1)
                throw await InconsistentAsync(connection, stateName, grainId, grainState.ETag, "clear");
        }
        grainState.State = activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static void AddKey(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainId.ToString());
    }

    private static long? ParseETag(string? etag) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw new InconsistentStateException($"'{etag}' is not an ETag of this storage.", etag, (string?)null);

    private T Deserialize<T>(string payload, string stateName, GrainId grainId)
    {
        try
        {
            return options.GrainStorageSerializer.Deserialize<T>(BinaryData.FromString(payload)) ?? activators.GetActivator<T>().Create();
        }
        catch (Exception exception)
        {
            throw new OrleansException($"The stored state '{stateName}' of {grainId} cannot be read as {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    private static async Task<InconsistentStateException> InconsistentAsync(SqliteConnection connection, string stateName, GrainId grainId, string? etag, string operation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM grain_state WHERE state_name = $state AND grain_id = $grain";
        AddKey(command, stateName, grainId);
        var stored = await command.ExecuteScalarAsync() is long v ? v.ToString(CultureInfo.InvariantCulture) : null;
        return new InconsistentStateException(
            $"Refused to {operation} state '{stateName}' of {grainId}: it was read at version {etag ?? "(none)"} but the stored version is {stored ?? "(none)"}.",
            stored, etag);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage '{Name}' uses SQLite database {Path}")]
    private partial void LogInitialized(string name, string path);
}
