using System.Net.Sockets;

namespace Coordination.Testing.Ports;

/// <summary>
/// A port picked free is bound later, by a child process or a host starting up, and something else may take it in
/// between. Whatever binds picked ports starts again on fresh ones when it lost that race, a bounded number of times.
/// </summary>
public static class PortRace
{
    public const int Attempts = 3;

    /// <summary>How a process says it lost the race: Kestrel's "Failed to bind to address ...: address already in use", a socket's "Address already in use".</summary>
    public static bool Lost(string output) => output.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a host failed to start because a port was taken, looking through wrapped and aggregated exceptions.</summary>
    public static bool Lost(Exception failure) => failure switch
    {
        SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Lost),
        _ when Lost(failure.Message) => true,
        _ => failure.InnerException is { } inner && Lost(inner),
    };

    /// <summary>
    /// Builds with <paramref name="count"/> picked ports and starts; when the start loses the race, disposes what was built
    /// and does it again with fresh ports, at most <paramref name="attempts"/> times. <paramref name="pick"/> is for tests.
    /// </summary>
    public static async Task<T> StartAsync<T>(int count, Func<int[], T> build, Func<T, Task> start, Func<int, int[]>? pick = null, int attempts = Attempts)
        where T : IDisposable
    {
        for (var attempt = 1; ; attempt++)
        {
            var built = build((pick ?? LoopbackPorts.Reserve)(count));
            try
            {
                await start(built);
                return built;
            }
            catch (Exception failure) when (attempt < attempts && Lost(failure))
            {
                built.Dispose();
            }
            catch
            {
                built.Dispose();
                throw;
            }
        }
    }
}
