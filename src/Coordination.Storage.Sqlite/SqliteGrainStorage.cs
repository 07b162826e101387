// Long because state, rows and the grouped commit all pass through the one writer turn and share its helpers.
using System.Collections.Concurrent;
using System.Globalization;
using Coordination.Grains.Records;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Coordination.Storage.Sqlite;

/// <summary>
/// Grain state in one SQLite table, one row per state name and grain, and the grains' rows
/// (<see cref="IGrainRowStorage"/>) in another. Each state carries a version that serves as the ETag: a write
/// names the version it read, and is refused with <see cref="InconsistentStateException"/> when the row has moved
/// on. The database runs in WAL mode with SQLite's default full synchronisation, so a write that returned survives
/// a crash of the process or the machine.
/// <para>
/// Writes are committed in groups by one writer at a time (<see cref="CommitPendingWrites"/>): SQLite has a single
/// writer, and a connection that finds the database locked by another is put to sleep by the driver (150 ms a
/// try) rather than queued, which made a registration that raises several alerts at once wait seconds. Writes
/// that arrive while a group commits wait for the next group and share its transaction and its sync to disk;
/// each keeps its own ETag check and its own outcome (a savepoint each).
/// </para>
/// </summary>
public sealed partial class SqliteGrainStorage(
    string name,
    SqliteGrainStorageOptions options,
    IActivatorProvider activators,
    ILogger<SqliteGrainStorage> logger) : IGrainStorage, IGrainRowStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private const int SchemaVersion = 2;

    /// <summary>Writes committed together at most; a larger backlog is committed in several groups.</summary>
    private const int MaxGroup = 256;

    private readonly SemaphoreSlim _writeTurn = new(1, 1);
    private readonly ConcurrentQueue<PendingWrite> _pending = new();

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
            CREATE TABLE IF NOT EXISTS grain_rows (
                table_name TEXT NOT NULL,
                grain_id   TEXT NOT NULL,
                row_key    TEXT NOT NULL,
                payload    TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (table_name, grain_id, row_key)
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
        var expected = ParseETag(grainState.ETag);
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var written = await WriteAsync(command =>
        {
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
            command.Parameters.AddWithValue("$now", now);
            if (expected is not null) command.Parameters.AddWithValue("$expected", expected.Value);
            return command.ExecuteScalar();
        });
        if (written is long version)
        {
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
            return;
        }
        throw await InconsistentAsync(stateName, grainId, grainState.ETag, "write");
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var expected = ParseETag(grainState.ETag);
        if (expected is not null)
        {
            var deleted = await WriteAsync(command =>
            {
                command.CommandText = "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain AND version = $expected";
                AddKey(command, stateName, grainId);
                command.Parameters.AddWithValue("$expected", expected.Value);
                return command.ExecuteNonQuery();
            });
            if (deleted is not 1) throw await InconsistentAsync(stateName, grainId, grainState.ETag, "clear");
        }
        grainState.State = activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT row_key, payload FROM grain_rows WHERE table_name = $table AND grain_id = $grain";
        AddRowsKey(command, table, grainId);
        var rows = new Dictionary<string, T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            rows[key] = GrainRowPayload.Read<T>(options.GrainStorageSerializer, BinaryData.FromString(reader.GetString(1)), key, table, grainId);
        }
        return rows;
    }

    public async Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class
    {
        if (changes.Count == 0) return;
        // Serialised now: the group may commit after the caller has moved on.
        var rows = changes.Select(c => (c.Key, Payload: c.Value is null ? null : options.GrainStorageSerializer.Serialize(c.Value).ToString())).ToArray();
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        await WriteAsync(command =>
        {
            foreach (var (key, payload) in rows)
            {
                command.Parameters.Clear();
                AddRowsKey(command, table, grainId);
                command.Parameters.AddWithValue("$key", key);
                if (payload is null)
                {
                    command.CommandText = "DELETE FROM grain_rows WHERE table_name = $table AND grain_id = $grain AND row_key = $key";
                }
                else
                {
                    command.CommandText = """
                        INSERT INTO grain_rows (table_name, grain_id, row_key, payload, updated_at) VALUES ($table, $grain, $key, $payload, $now)
                        ON CONFLICT (table_name, grain_id, row_key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at
                        """;
                    command.Parameters.AddWithValue("$payload", payload);
                    command.Parameters.AddWithValue("$now", now);
                }
                command.ExecuteNonQuery();
            }
            return null;
        });
    }

    /// <summary>A write waiting for its group: the statement to run on the group's command, and its outcome.</summary>
    private sealed class PendingWrite(Func<SqliteCommand, object?> execute)
    {
        public Func<SqliteCommand, object?> Execute { get; } = execute;

        public TaskCompletionSource<object?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Queues the write, then commits the queue unless a writer before it has already committed this write.</summary>
    private async Task<object?> WriteAsync(Func<SqliteCommand, object?> execute)
    {
        var write = new PendingWrite(execute);
        _pending.Enqueue(write);
        await _writeTurn.WaitAsync();
        try
        {
            while (!write.Outcome.Task.IsCompleted) CommitPendingWrites();
        }
        finally
        {
            _writeTurn.Release();
        }
        return await write.Outcome.Task;
    }

    /// <summary>
    /// One transaction for the writes queued so far, run by the writer holding the turn. The driver is synchronous
    /// underneath its async methods, so this is synchronous too.
    /// </summary>
    private void CommitPendingWrites()
    {
        var group = new List<(PendingWrite Write, object? Result, Exception? Error)>();
        while (group.Count < MaxGroup && _pending.TryDequeue(out var write)) group.Add((write, null, null));
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var transaction = connection.BeginTransaction();
            for (var i = 0; i < group.Count; i++)
            {
                // A statement that fails rolls back to its own savepoint and fails alone.
                transaction.Save("write");
                try
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    group[i] = group[i] with { Result = group[i].Write.Execute(command) };
                    transaction.Release("write");
                }
                catch (SqliteException error)
                {
                    transaction.Rollback("write");
                    transaction.Release("write");
                    group[i] = group[i] with { Error = error };
                }
            }
            transaction.Commit();
        }
        catch (Exception error)
        {
            foreach (var (write, _, _) in group) write.Outcome.TrySetException(error);
            return;
        }
        foreach (var (write, result, error) in group)
            if (error is null) write.Outcome.TrySetResult(result);
            else write.Outcome.TrySetException(error);
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

    private static void AddRowsKey(SqliteCommand command, string table, GrainId grainId)
    {
        command.Parameters.AddWithValue("$table", table);
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

    private async Task<InconsistentStateException> InconsistentAsync(string stateName, GrainId grainId, string? etag, string operation)
    {
        await using var connection = await OpenAsync();
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
