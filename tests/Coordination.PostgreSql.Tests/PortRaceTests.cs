using System.Data;
using System.Net;
using System.Net.Sockets;
using Coordination.PostgreSql.Tests.Infrastructure;
using Npgsql;

namespace Coordination.PostgreSql.Tests;

/// <summary>
/// A port picked free is bound only as the server or silo starts, and something else may take it in between: then
/// it starts again on a fresh one. Here the port is taken on purpose, by a listener this test holds.
/// </summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PortRaceTests(PostgreSqlFixture postgres) : IDisposable
{
    private readonly TcpListener _taken = Listening();

    private int Taken => ((IPEndPoint)_taken.LocalEndpoint).Port;

    [Fact]
    public async Task A_server_whose_port_was_taken_starts_again_on_a_fresh_port()
    {
        var picks = 0;
        await using var server = await PostgreSqlServer.StartAsync(new PostgreSqlServerOptions { PickPort = () => picks++ == 0 ? Taken : LoopbackPorts.Next() });

        Assert.Equal(2, server.StartAttempts);
        Assert.NotEqual(Taken, server.Port);
        await using var connection = new NpgsqlConnection(await server.CreateDatabaseAsync("race"));
        await connection.OpenAsync();
        Assert.Equal(ConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task A_silo_whose_port_was_taken_starts_again_on_fresh_ports()
    {
        var picks = 0;
        await using var silo = await TestSilo.StartAsync(postgres.ConnectionString, ClusterIdentity.New("race"),
            pickPorts: count => picks++ == 0 ? [Taken, LoopbackPorts.Next()] : LoopbackPorts.Reserve(count));

        Assert.Equal(2, picks);
        Assert.NotEqual(Taken, silo.Address.Endpoint.Port);
    }

    public void Dispose()
    {
        _taken.Stop();
        _taken.Dispose();
    }

    private static TcpListener Listening()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }
}
