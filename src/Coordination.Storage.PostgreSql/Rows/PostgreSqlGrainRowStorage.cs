using Coordination.Grains.Records;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace Coordination.Storage.PostgreSql.Rows;

/// <summary>
/// The grains' rows in table <see cref="Table"/> (migration 0006) of the database the silos share, under the
/// cluster's service id as grain state is. A write of several rows is one round trip and one transaction: the
/// upserts as arrays, then the deletions. Connections come from Npgsql's pool for the connection string, the
/// one the Orleans providers use, so the silo's connections stay within its <c>Maximum Pool Size</c>.
/// </summary>
public sealed class PostgreSqlGrainRowStorage(string connectionString, string serviceId, IGrainStorageSerializer serializer) : IGrainRowStorage
{
    public const string Table = "coordination_grain_rows";

    public async Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT row_key, payload FROM {Table} WHERE service_id = $1 AND table_name = $2 AND grain_id = $3", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.ToString() });
        var rows = new Dictionary<string, T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var key = reader.GetString(0);
            rows[key] = GrainRowPayload.Read<T>(serializer, new BinaryData(reader.GetFieldValue<byte[]>(1)), key, table, grainId);
        }
        return rows;
    }

    public async Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class
    {
        // The last change to a key wins (an upsert may not touch a row twice in one statement).
        var latest = new Dictionary<string, T?>();
        foreach (var (key, value) in changes) latest[key] = value;
        // Serialised before the first await, as the caller's items were when it asked.
        var upserts = latest.Where(c => c.Value is not null).Select(c => (c.Key, Payload: serializer.Serialize(c.Value!).ToArray())).ToArray();
        var deletions = latest.Where(c => c.Value is null).Select(c => c.Key).ToArray();
        if (upserts.Length == 0 && deletions.Length == 0) return;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // A batch outside an explicit transaction runs in one implicit transaction: all its statements or none.
        await using var batch = new NpgsqlBatch(connection);
        if (upserts.Length > 0)
        {
            var upsert = new NpgsqlBatchCommand($"""
                INSERT INTO {Table} (service_id, table_name, grain_id, row_key, payload)
                SELECT $1, $2, $3, r.row_key, r.payload FROM unnest($4::text[], $5::bytea[]) AS r(row_key, payload)
                ON CONFLICT (service_id, table_name, grain_id, row_key) DO UPDATE SET payload = excluded.payload, updated_at = now()
                """);
            AddKey(upsert, table, grainId);
            upsert.Parameters.Add(new NpgsqlParameter { Value = upserts.Select(c => c.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter { Value = upserts.Select(c => c.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            batch.BatchCommands.Add(upsert);
        }
        if (deletions.Length > 0)
        {
            var delete = new NpgsqlBatchCommand($"DELETE FROM {Table} WHERE service_id = $1 AND table_name = $2 AND grain_id = $3 AND row_key = ANY($4)");
            AddKey(delete, table, grainId);
            delete.Parameters.Add(new NpgsqlParameter { Value = deletions, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            batch.BatchCommands.Add(delete);
        }
        await batch.ExecuteNonQueryAsync();
    }

    private void AddKey(NpgsqlBatchCommand command, string table, GrainId grainId)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = serviceId });
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.ToString() });
    }
}
