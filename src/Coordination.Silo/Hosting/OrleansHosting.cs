using System.Net;
using Coordination.Grains;
using Coordination.Grains.Hosting;
using Coordination.Storage.PostgreSql.Hosting;
using Coordination.Storage.Sqlite;
using Orleans.Dashboard;

namespace Coordination.Silo.Hosting;

public static class OrleansHosting
{
    /// <summary>
    /// Co-hosts the Orleans silo. Everything that differs between the embedded default and a
    /// production cluster is read from configuration here.
    /// </summary>
    public static WebApplicationBuilder AddCoordinationSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(ClusterHostingOptions.Section).Get<ClusterHostingOptions>() ?? new();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
        builder.Services.AddValidatedOptions<ClusterHostingOptions>(ClusterHostingOptions.Section);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);

        builder.UseOrleans(silo =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
            {
                o.ServiceId = cluster.ServiceId;
                o.ClusterId = cluster.ClusterId;
            });
            silo.AddActivityPropagation();
            silo.AddDashboard();
            silo.AddCoordinationGrains();
            // Orleans' watchdog would report a stall as long as the machine's uptime at every start (see WatchdogStart).
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, WatchdogStart>();

            switch (cluster.Mode)
            {
                case HostingMode.Embedded:
                    silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
                    var database = Path.Combine(storage.ResolveDataDirectory(builder.Environment.ContentRootPath), "coordination.db");
                    silo.AddSqliteGrainStorage(StorageNames.Provider, o => o.DatabasePath = database);
                    // One silo: reminders live in memory and are registered again at every start (PlatformSetup).
                    silo.UseInMemoryReminderService();
                    break;
                case HostingMode.PostgreSql:
                    var connectionString = PostgreSqlConnectionString(builder.Configuration);
                    var advertised = string.IsNullOrWhiteSpace(cluster.AdvertisedIPAddress) ? null
                        : IPAddress.TryParse(cluster.AdvertisedIPAddress, out var address) ? address
                        : throw new ConfigurationProblem($"Orleans:AdvertisedIPAddress '{cluster.AdvertisedIPAddress}' is not an IP address.");
                    if (advertised is null) silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
                    else silo.ConfigureEndpoints(advertised, cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: true);
                    silo.UseCoordinationPostgreSql(connectionString, cluster.MigrateSchemaOnStart);
                    break;
                default:
                    throw new ConfigurationProblem(
                        $"Orleans:Mode '{cluster.Mode}' is not supported. Supported: {string.Join(", ", Enum.GetNames<HostingMode>())}.");
            }
        });
        return builder;
    }

    /// <summary>The PostgreSQL connection string (ConnectionStrings:Coordination), checked before anything connects.</summary>
    public static string PostgreSqlConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ClusterHostingOptions.ConnectionStringName) is { Length: > 0 } value
            ? value
            : throw new ConfigurationProblem(
                "Orleans:Mode is PostgreSql but ConnectionStrings:Coordination is not set. Set it (environment: ConnectionStrings__Coordination), " +
                "e.g. Host=db;Port=5432;Database=coordination;Username=coordination;Password=...");
}
