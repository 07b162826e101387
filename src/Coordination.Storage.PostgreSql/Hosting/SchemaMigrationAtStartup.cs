using Coordination.Storage.PostgreSql.Schema;
using Microsoft.Extensions.Logging;

namespace Coordination.Storage.PostgreSql.Hosting;

/// <summary>
/// Migrates the schema when the silo starts, before membership, reminders and grain storage read their queries
/// (they start at later lifecycle stages). Silos starting together take turns on the migration lock.
/// </summary>
internal sealed class SchemaMigrationAtStartup(string connectionString, ILogger<SchemaMigrationAtStartup> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationAtStartup), ServiceLifecycleStage.RuntimeInitialize,
            cancellationToken => PostgreSqlSchema.MigrateAsync(connectionString, logger, cancellationToken));
}
