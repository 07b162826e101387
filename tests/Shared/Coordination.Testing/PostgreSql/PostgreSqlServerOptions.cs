using Coordination.Testing.Ports;

namespace Coordination.Testing.PostgreSql;

/// <summary>How a <see cref="PostgreSqlServer"/> runs; the defaults are the test suites'.</summary>
public sealed record PostgreSqlServerOptions
{
    /// <summary>Keep PostgreSQL's durability (fsync, synchronous commit, full page writes), as a deployment does: for measurements.</summary>
    public bool Durable { get; init; }

    /// <summary>The server's time zone; null for the one initdb finds on the machine.</summary>
    public string? TimeZone { get; init; } = "Asia/Kathmandu";

    public string DirectoryPrefix { get; init; } = "coordination-pg-";

    /// <summary>Who needs the binaries, at the start of the message when they are missing.</summary>
    public string NeededBy { get; init; } = "The PostgreSQL tests (and the benchmarks' --storage postgresql) start a throwaway PostgreSQL 15 server and need";

    /// <summary>Said at the end of the message when the binaries are missing.</summary>
    public string MissingBinariesNote { get; init; } = " These tests fail rather than skip, so a CI without PostgreSQL is noticed.";

    /// <summary>Picks the port of each attempt to start.</summary>
    public Func<int> PickPort { get; init; } = LoopbackPorts.Next;

    public int StartAttempts { get; init; } = PortRace.Attempts;

    /// <summary>Hears of trouble stopping the server or deleting its folder, which then does not throw.</summary>
    public Action<string>? Report { get; init; }
}
