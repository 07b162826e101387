using Coordination.PostgreSql.Tests.Infrastructure;
using Coordination.Storage.PostgreSql.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Coordination.PostgreSql.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class ClusteringTests(PostgreSqlFixture postgres)
{
    private const int Active = 3, Dead = 6; // Orleans' SiloStatus, as stored

    [Fact]
    public async Task Two_silos_join_one_cluster_through_PostgreSQL_and_see_each_other()
    {
        var identity = ClusterIdentity.New("membership");
        await using var first = await TestSilo.StartAsync(postgres.ConnectionString, identity);
        var second = await TestSilo.StartAsync(postgres.ConnectionString, identity);

        var hosts = await Eventually.ReturnsAsync(
            () => first.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true),
            h => h.Count == 2, TimeSpan.FromSeconds(30));
        Assert.Equal(new[] { first.Address, second.Address }.Order(), hosts.Keys.Order());

        var silos = await MembershipAsync(identity);
        Assert.Equal(2, silos.Count);
        Assert.All(silos, s => Assert.Equal(Active, s.Status));
        Assert.All(silos, s => Assert.InRange(s.IAmAliveTime, DateTime.UtcNow.AddMinutes(-2), DateTime.UtcNow.AddMinutes(1)));

        var leaving = second.Address;
        await second.DisposeAsync();
        var afterLeaving = await MembershipAsync(identity);
        Assert.Equal(Dead, afterLeaving.Single(s => s.Port == leaving.Endpoint.Port).Status);
        Assert.Equal(Active, afterLeaving.Single(s => s.Port == first.Address.Endpoint.Port).Status);
    }

    [Fact]
    public async Task The_clean_up_removes_dead_silos_and_keeps_active_ones()
    {
        var identity = ClusterIdentity.New("cleanup");
        var departed = await TestSilo.StartAsync(postgres.ConnectionString, identity);
        await departed.DisposeAsync();
        await using var remaining = await TestSilo.StartAsync(postgres.ConnectionString, identity);

        await remaining.Services.GetRequiredService<IMembershipTable>().CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1));

        var silo = Assert.Single(await MembershipAsync(identity));
        Assert.Equal((remaining.Address.Endpoint.Port, Active), (silo.Port, silo.Status));
    }

    [Fact]
    public async Task A_client_finds_the_gateways_in_PostgreSQL()
    {
        var identity = ClusterIdentity.New("gateway");
        await using var silo = await TestSilo.StartAsync(postgres.ConnectionString, identity);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(o =>
            {
                o.ServiceId = identity.ServiceId;
                o.ClusterId = identity.ClusterId;
            })
            .UseAdoNetClustering(o =>
            {
                o.Invariant = PostgreSqlSiloBuilderExtensions.Invariant;
                o.ConnectionString = postgres.ConnectionString;
            }));
        using var clientHost = builder.Build();
        await clientHost.StartAsync();

        var hosts = await clientHost.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

        Assert.Equal([silo.Address], hosts.Keys);
        await clientHost.StopAsync();
    }

    private sealed record SiloRow(int Port, int Status, DateTime IAmAliveTime);

    private Task<List<SiloRow>> MembershipAsync(ClusterIdentity identity) =>
        Sql.RowsAsync(postgres.ConnectionString,
            "SELECT port, status, i_am_alive_time FROM orleans_membership WHERE cluster_id = $1",
            r => new SiloRow(r.GetInt32(0), r.GetInt32(1), r.GetDateTime(2)), identity.ClusterId);
}
