using Coordination.Grains;
using Coordination.Grains.Hosting;
using Coordination.Storage.Sqlite;

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
        builder.Services.AddOptions<ClusterHostingOptions>().BindConfiguration(ClusterHostingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);

        builder.UseOrleans(silo =>
        {
            silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
            {
                o.ServiceId = cluster.ServiceId;
                o.ClusterId = cluster.ClusterId;
            });
            silo.AddActivityPropagation();
            silo.AddCoordinationGrains();

            switch (cluster.Mode)
            {
                case HostingMode.Embedded:
                    silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
                    var database = Path.Combine(storage.ResolveDataDirectory(builder.Environment.ContentRootPath), "coordination.db");
                    silo.AddSqliteGrainStorage(StorageNames.Provider, o => o.DatabasePath = database);
                    // One silo: reminders live in memory and are registered again at every start (PlatformSetup).
                    silo.UseInMemoryReminderService();
                    break;
                default:
                    throw new ConfigurationProblem(
                        $"Orleans:Mode '{cluster.Mode}' is not supported. Supported: {string.Join(", ", Enum.GetNames<HostingMode>())}.");
            }
        });
        return builder;
    }
}
