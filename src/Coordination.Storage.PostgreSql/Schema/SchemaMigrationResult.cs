namespace Coordination.Storage.PostgreSql.Schema;

/// <summary>What one run of <see cref="PostgreSqlSchema.MigrateAsync(string, CancellationToken)"/> did.</summary>
/// <param name="Applied">The migrations this run applied, in order; empty when the database was up to date.</param>
/// <param name="SchemaVersion">The database's schema version after the run.</param>
public sealed record SchemaMigrationResult(IReadOnlyList<SchemaMigration> Applied, int SchemaVersion);
