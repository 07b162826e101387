using Coordination.Grains.Records;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace Coordination.Storage.PostgreSql.Rows;

/// <summary>
/// The grains' rows in table <see cref="Table"/> (migration 0006) of the database the silos share. A write of
/// several rows is one round trip and one transaction: the upserts as arrays, then the deletions.
/// </summary>
public sealed class PostgreSqlGrainRowStorage(string connectionString, IGrainStorageSerializer serializer) : IGrainRowStorage, IAsyncDisposable
{
    public const string Table = "coordination_grain_rows";

    private readonly NpgsqlDataSource _database = NpgsqlDataSource.Create(connectionString);

    public async Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId)
    {
        await using var command = _database.CreateCommand($"SELECT row_key, payload FROM {Table} WHERE table_name = $1 AND grain_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.ToString() });
        var rows = new Dictionary<string, T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            try
            {
                rows[key] = serializer.Deserialize<T>(new BinaryData(reader.GetFieldValue<byte[]>(1))) ?? throw new InvalidDataException("it holds null");
            }
            catch (Exception exception)
            {
                throw new OrleansException($"The stored row '{key}' of {table} of {grainId} cannot be read as {typeof(T).Name}: {exception.Message}", exception);
            }
        }
        return rows;
    }

    public async Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class
    {
        // The last change to a key wins (an upsert may not touch a row twice in one statement).
        var latest = new Dictionary<string, T?>();
        foreach (var (key, value) in changes) latest[key] = value;
        var upserts = latest.Where(c => c.Value is not null).ToArray();
        var deletions = latest.Where(c => c.Value is null).Select(c => c.Key).ToArray();
        if (upserts.Length == 0 && deletions.Length == 0) return;

        await using var connection = await _database.OpenConnectionAsync();
        // A batch outside an explicit transaction runs in one implicit transaction: all its statements or none.
        await using var batch = new NpgsqlBatch(connection);
        if (upserts.Length > 0)
        {
            var upsert = new NpgsqlBatchCommand($"""
                INSERT INTO {Table} (table_name, grain_id, row_key, payload)
                SELECT $1, $2, r.row_key, r.payload FROM unnest($3::text[], $4::bytea[]) AS r(row_key, payload)
                ON CONFLICT (table_name, grain_id, row_key) DO UPDATE SET payload = excluded.payload, updated_at = now()
                """);
            AddKey(upsert, table, grainId);
            upsert.Parameters.Add(new NpgsqlParameter { Value = upserts.Select(c => c.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter
            {
                Value = upserts.Select(c => serializer.Serialize(c.Value!).ToArray()).ToArray(),
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea,
            });
            batch.BatchCommands.Add(upsert);
        }
        if (deletions.Length > 0)
        {
            var delete = new NpgsqlBatchCommand($"DELETE FROM {Table} WHERE table_name = $1 AND grain_id = $2 AND row_key = ANY($3)");
            AddKey(delete, table, grainId);
            delete.Parameters.Add(new NpgsqlParameter { Value = deletions, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            batch.BatchCommands.Add(delete);
        }
        await batch.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static void AddKey(NpgsqlBatchCommand command, string table, GrainId grainId)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.ToString() });
    }
}
