using System.Net;
using System.Net.Sockets;

namespace Coordination.Testing.Ports;

public static class LoopbackPorts
{
    /// <summary>Ports free on 127.0.0.1 right now, distinct from each other: all are held until all are chosen.</summary>
    public static int[] Reserve(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    /// <summary>A loopback port that nothing listens on right now.</summary>
    public static int Next() => Reserve(1)[0];
}
