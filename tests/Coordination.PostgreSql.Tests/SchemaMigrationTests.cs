using Coordination.PostgreSql.Tests.Infrastructure;
using Coordination.Storage.PostgreSql.Schema;
using Npgsql;

namespace Coordination.PostgreSql.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class SchemaMigrationTests(PostgreSqlFixture postgres)
{
    private static readonly int[] AllVersions = PostgreSqlSchema.Migrations.Select(m => m.Version).ToArray();

    [Fact]
    public async Task Applying_the_schema_twice_changes_nothing_the_second_time()
    {
        var database = await postgres.CreateDatabaseAsync("twice");

        var first = await PostgreSqlSchema.MigrateAsync(database);
        var before = await SchemaSnapshot.TakeAsync(database);
        var second = await PostgreSqlSchema.MigrateAsync(database);
        var after = await SchemaSnapshot.TakeAsync(database);

        Assert.Equal(AllVersions, first.Applied.Select(m => m.Version));
        Assert.Empty(second.Applied);
        Assert.Equal(PostgreSqlSchema.LatestVersion, second.SchemaVersion);
        Assert.Equal(before, after);
        Assert.Contains("table orleans_grain_state", before);
        Assert.Contains("table coordination_data_protection_keys", before);
    }

    [Fact]
    public async Task Concurrent_migrations_take_turns_and_apply_each_migration_once()
    {
        var database = await postgres.CreateDatabaseAsync("concurrent");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgreSqlSchema.MigrateAsync(database))));

        Assert.Equal(AllVersions, results.SelectMany(r => r.Applied).Select(m => m.Version).Order());
        Assert.All(results, r => Assert.Equal(PostgreSqlSchema.LatestVersion, r.SchemaVersion));
        Assert.Equal(AllVersions.Length, await Sql.ScalarAsync<long>(database, "SELECT count(*) FROM coordination_schema_version"));
    }

    [Fact]
    public async Task A_migration_waits_while_another_migrator_holds_the_lock()
    {
        var database = await postgres.CreateDatabaseAsync("locked");
        await using var otherMigrator = new NpgsqlConnection(database);
        await otherMigrator.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgreSqlSchema.MigrationLockKey})", otherMigrator))
            await take.ExecuteNonQueryAsync();

        var migration = Task.Run(() => PostgreSqlSchema.MigrateAsync(database));
        await Eventually.ReturnsAsync(() => WaitingForMigrationLockAsync(database), waiting => waiting, TimeSpan.FromSeconds(30));
        Assert.False(migration.IsCompleted);

        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({PostgreSqlSchema.MigrationLockKey})", otherMigrator))
            await release.ExecuteNonQueryAsync();
        Assert.Equal(AllVersions, (await migration).Applied.Select(m => m.Version));
    }

    [Fact]
    public async Task A_released_migration_edited_afterwards_is_refused()
    {
        var database = await postgres.CreateDatabaseAsync("edited");
        await PostgreSqlSchema.MigrateAsync(database);
        await Sql.ExecuteAsync(database, "UPDATE coordination_schema_version SET checksum = 'edited' WHERE version = 2");

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgreSqlSchema.MigrateAsync(database));

        Assert.Contains("0002_orleans_membership", refusal.Message);
    }

    [Fact]
    public async Task An_up_to_date_database_migrates_for_a_user_without_rights_to_change_the_schema()
    {
        var database = await postgres.CreateDatabaseAsync("norights");
        await PostgreSqlSchema.MigrateAsync(database);
        var role = $"app_{Guid.NewGuid():N}"[..12];
        await Sql.ExecuteAsync(database, $"CREATE ROLE {role} LOGIN; GRANT SELECT ON coordination_schema_version TO {role}");

        var result = await PostgreSqlSchema.MigrateAsync(new NpgsqlConnectionStringBuilder(database) { Username = role }.ConnectionString);

        Assert.Empty(result.Applied);
        Assert.Equal(PostgreSqlSchema.LatestVersion, result.SchemaVersion);
    }

    [Fact]
    public async Task The_query_catalogue_holds_exactly_the_keys_the_10_4_2_providers_read()
    {
        // From Orleans 10.4.2: the properties of DbStoredQueries in Orleans.Clustering.AdoNet and
        // Orleans.Reminders.AdoNet (each provider refuses to start without all of its own), and the four keys
        // AdoNetGrainStorage reads (DeleteStorageKey only with DeleteStateOnClear).
        string[] clustering =
        [
            "CleanupDefunctSiloEntriesKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey", "InsertMembershipKey",
            "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "UpdateIAmAlivetimeKey", "UpdateMembershipKey",
        ];
        string[] persistence = ["ClearStorageKey", "DeleteStorageKey", "ReadFromStorageKey", "WriteToStorageKey"];
        string[] reminders =
        [
            "DeleteReminderRowKey", "DeleteReminderRowsKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
            "ReadReminderRowKey", "ReadReminderRowsKey", "UpsertReminderRowKey",
        ];

        var keys = await Sql.RowsAsync(postgres.ConnectionString, "SELECT querykey FROM orleansquery", r => r.GetString(0));

        Assert.Equal(clustering.Concat(persistence).Concat(reminders).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    private static Task<bool> WaitingForMigrationLockAsync(string database) =>
        Sql.ScalarAsync<bool>(database, """
            SELECT EXISTS (SELECT 1 FROM pg_locks
                            WHERE locktype = 'advisory' AND NOT granted
                              AND ((classid::bigint << 32) | objid::bigint) = $1)
            """, PostgreSqlSchema.MigrationLockKey);
}
