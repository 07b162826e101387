using System.Net;
using Coordination.Grains.Hosting;
using Coordination.Storage.PostgreSql.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Coordination.PostgreSql.Tests.Infrastructure;

/// <summary>The identity of a test's cluster: its own service (state, reminders) and cluster (membership).</summary>
public sealed record ClusterIdentity(string ServiceId, string ClusterId)
{
    public static ClusterIdentity New(string purpose)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        return new ClusterIdentity($"svc-{purpose}-{unique}", $"cluster-{purpose}-{unique}");
    }
}

/// <summary>
/// A real silo host as the platform runs one: TCP on loopback, the platform's grains, and membership, grain
/// state and rows and reminders in PostgreSQL through <see cref="PostgreSqlSiloBuilderExtensions.UseCoordinationPostgreSql"/>.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private TestSilo(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <param name="configure">Anything a test adds to the platform's configuration, such as a second storage provider.</param>
    /// <param name="pickPorts">Picks the silo and gateway ports of each start; for tests of the start itself.</param>
    public static async Task<TestSilo> StartAsync(string connectionString, ClusterIdentity identity, Action<ISiloBuilder>? configure = null,
        Func<int, int[]>? pickPorts = null)
    {
        // The ports are bound only as the silo starts: when one was taken meanwhile, a fresh host on fresh ports.
        var host = await PortRace.StartAsync(2, ports => Build(connectionString, identity, configure, ports), h => h.StartAsync(), pickPorts);
        return new TestSilo(host);
    }

    private static IHost Build(string connectionString, ClusterIdentity identity, Action<ISiloBuilder>? configure, int[] ports)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
                {
                    o.ServiceId = identity.ServiceId;
                    o.ClusterId = identity.ClusterId;
                })
                .ConfigureEndpoints(IPAddress.Loopback, siloPort: ports[0], gatewayPort: ports[1])
                .AddCoordinationGrains()
                .UseCoordinationPostgreSql(connectionString);
            configure?.Invoke(silo);
        });
        return builder.Build();
    }

    /// <summary>Stops the silo gracefully: it leaves the cluster and marks itself dead in the membership table.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
