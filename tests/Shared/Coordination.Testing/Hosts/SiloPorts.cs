using Coordination.Testing.Ports;

namespace Coordination.Testing.Hosts;

/// <summary>The ports of one silo: its API, silo-to-silo and gateway endpoints on 127.0.0.1.</summary>
public sealed record SiloPorts(int Http, int Silo, int Gateway)
{
    /// <summary>Three distinct ports free right now.</summary>
    public static SiloPorts Pick()
    {
        var ports = LoopbackPorts.Reserve(3);
        return new SiloPorts(ports[0], ports[1], ports[2]);
    }
}
