using Coordination.Grains;
using Coordination.Grains.Records;
using Coordination.Storage.PostgreSql.Rows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Storage;

namespace Coordination.Storage.PostgreSql.Hosting;

public static class PostgreSqlSiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant of Npgsql, by which the Orleans providers find its factory.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Keeps the cluster's membership, the grain state (provider <see cref="StorageNames.Provider"/>) and the
    /// reminders in one PostgreSQL database, through the Orleans ADO.NET providers and this project's schema, and
    /// the grains' rows beside the state (<see cref="PostgreSqlGrainRowStorage"/>).
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string to a database the silos share.</param>
    /// <param name="migrateSchemaOnStart">
    /// Apply pending schema migrations when the silo starts (under the migration lock). Turn it off when the
    /// deployment runs <c>db migrate</c> itself, for example with a database user that may not change the schema.
    /// </param>
    /// <remarks>
    /// The grain storage keeps whatever the silo's grain storage serializer writes: its options leave the
    /// serializer unset, so Orleans fills in the silo's <c>IGrainStorageSerializer</c>, which
    /// <c>AddCoordinationGrains()</c> makes System.Text.Json.
    /// </remarks>
    public static ISiloBuilder UseCoordinationPostgreSql(this ISiloBuilder silo, string connectionString, bool migrateSchemaOnStart = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _ = new NpgsqlConnectionStringBuilder(connectionString); // a malformed string fails here, not at the first query

        if (migrateSchemaOnStart)
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
                new SchemaMigrationAtStartup(connectionString, services.GetRequiredService<ILogger<SchemaMigrationAtStartup>>()));
        }

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.AddCoordinationPostgreSqlGrainStorage(StorageNames.Provider, connectionString);
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        return silo;
    }

    /// <summary>Grain state and the grains' rows alone in this project's schema, under the provider name given (the schema must exist).</summary>
    public static ISiloBuilder AddCoordinationPostgreSqlGrainStorage(this ISiloBuilder silo, string providerName, string connectionString)
    {
        silo.AddAdoNetGrainStorage(providerName, o =>
        {
            o.Invariant = Invariant;
            o.ConnectionString = connectionString;
        });
        silo.Services.AddKeyedSingleton<IGrainRowStorage>(providerName, (services, _) => new PostgreSqlGrainRowStorage(
            connectionString, services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId, services.GetRequiredService<IGrainStorageSerializer>()));
        return silo;
    }
}
