using System.Net;
using System.Net.Sockets;

namespace Coordination.Api.Tests.Infrastructure;

internal static class FreePorts
{
    /// <summary>A loopback port that nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
