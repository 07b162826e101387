using Coordination.Testing.Ports;

namespace Coordination.Testing.Hosts;

/// <summary>How a <see cref="SiloProcess"/> runs the built host.</summary>
public sealed record SiloOptions
{
    public required string DataDirectory { get; init; }

    /// <summary>ASPNETCORE_ENVIRONMENT.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Settings ("Section:Key" to value) given on the command line.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Further environment variables of the process.</summary>
    public IReadOnlyList<(string Name, string Value)> EnvironmentVariables { get; init; } = [];

    /// <summary>Which silo of a cluster this is, from 1.</summary>
    public int Number { get; init; } = 1;

    /// <summary>How messages speak of it.</summary>
    public string Name { get; init; } = "The host";

    /// <summary>Where its output goes; without one, it is kept in memory (<see cref="SiloProcess.Output"/>).</summary>
    public string? LogFile { get; init; }

    /// <summary>The host to run; the one built next to the running program by default.</summary>
    public string? SiloAssembly { get; init; }

    /// <summary>The ports of the first start; picked when null.</summary>
    public SiloPorts? Ports { get; init; }

    /// <summary>Picks the ports of each further start (and of the first, without <see cref="Ports"/>).</summary>
    public Func<SiloPorts> PickPorts { get; init; } = SiloPorts.Pick;

    /// <summary>How many times it is started on fresh ports when a port it was given was taken before it bound it.</summary>
    public int StartAttempts { get; init; } = PortRace.Attempts;

    /// <summary>Hears of restarts on fresh ports and of trouble stopping it.</summary>
    public Action<string>? Report { get; init; }
}
