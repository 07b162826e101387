namespace Coordination.PostgreSql.Tests.Infrastructure;

/// <summary>For state that other processes converge to (membership views): asks again until it holds or time is up.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> read, Func<T, bool> holds, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (holds(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The condition did not hold within {timeout}; last value: {value}.");
            await Task.Delay(Interval);
        }
    }
}
