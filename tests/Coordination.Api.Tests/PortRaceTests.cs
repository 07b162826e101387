using System.Net;
using System.Net.Sockets;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>
/// A port picked free for a host is bound only as the host starts, and something else may take it in between: the
/// host then starts again on fresh ports. Here the port is taken on purpose, by a listener this test holds.
/// </summary>
public sealed class PortRaceTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("coordination-port-race-").FullName;
    private readonly TcpListener _taken = new(IPAddress.Loopback, 0);

    public PortRaceTests() => _taken.Start();

    private static readonly Dictionary<string, string> NoDemoData = new() { ["DemoData:Enabled"] = "false" };

    private int Taken => ((IPEndPoint)_taken.LocalEndpoint).Port;

    [Theory]
    [InlineData("http")]
    [InlineData("silo")]
    public async Task A_host_process_whose_port_was_taken_starts_again_on_fresh_ports(string port)
    {
        var picks = 0;
        await using var host = await SiloProcess.StartAsync(new SiloOptions
        {
            DataDirectory = _dataDirectory,
            Settings = NoDemoData,
            PickPorts = () => picks++ > 0 ? SiloPorts.Pick() : port == "http" ? SiloPorts.Pick() with { Http = Taken } : SiloPorts.Pick() with { Silo = Taken },
        });

        Assert.Equal(2, host.Attempts);
        Assert.DoesNotContain(Taken, new[] { host.Ports.Http, host.Ports.Silo, host.Ports.Gateway });
        Assert.Contains("address already in use", host.Output, StringComparison.OrdinalIgnoreCase);
        using var client = await host.SignedInAsync("li.wei");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_host_process_that_keeps_losing_its_port_gives_up_after_the_last_attempt()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync(new SiloOptions
        {
            DataDirectory = _dataDirectory,
            Settings = NoDemoData,
            PickPorts = () => SiloPorts.Pick() with { Http = Taken },
            StartAttempts = 2,
        }));

        Assert.Contains("exited early", failure.Message);
        Assert.Contains("on start 1; starting it again on fresh ports", failure.Message);
        Assert.DoesNotContain("on start 2;", failure.Message);
    }

    [Fact]
    public async Task An_in_process_host_whose_silo_port_was_taken_starts_again_on_fresh_ports()
    {
        await using var api = new TakenPortApiFactory(_dataDirectory, Taken);

        using var client = await api.SignedInAsync("li.wei");

        Assert.Equal(2, api.Starts);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    public void Dispose()
    {
        _taken.Stop();
        _taken.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    /// <summary>Its first pick, the silo port of its first start, is a port something else holds.</summary>
    private sealed class TakenPortApiFactory(string dataDirectory, int taken) : ApiFactory(dataDirectory)
    {
        private int _picks;

        protected override int PickPort() => _picks++ == 0 ? taken : base.PickPort();
    }
}
