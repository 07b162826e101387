namespace Coordination.FaultTests.Infrastructure;

/// <summary>
/// How the fault test runs PostgreSQL and the host: a cluster of silos in PostgreSql mode on 127.0.0.1, each logging to
/// its own file. What fails while setting up is a <see cref="SetupException"/>: the test could not run, which is not a finding.
/// </summary>
internal static class ClusterSetup
{
    public static PostgreSqlServerOptions PostgreSql { get; } = new()
    {
        // The server keeps the machine's time zone.
        TimeZone = null,
        DirectoryPrefix = "coordination-fault-pg-",
        NeededBy = "The fault test starts a throwaway PostgreSQL 15 server and needs",
        MissingBinariesNote = "",
        Report = Progress.Line,
    };

    /// <summary>The environment every silo and the migration run with.</summary>
    public static IEnumerable<(string Name, string Value)> Environment(string connectionString) =>
    [
        ("ConnectionStrings__Coordination", connectionString),
        ("ASPNETCORE_ENVIRONMENT", "Development"),
        ("DemoData__Enabled", "false"),
        // The shortest period Orleans allows, so that the planning-cycle re-scan fires during the test.
        ("Overlaps__RescanPeriod", "00:01:00"),
        // The load registers several activities a second as one user; it tests failover, not the rate limits.
        ("RateLimits__WritesPerMinute", "0"),
        // Timestamped single-line logs make the evidence easier to read against the test's own timeline.
        ("Logging__Console__FormatterName", "simple"),
        ("Logging__Console__FormatterOptions__SingleLine", "true"),
        ("Logging__Console__FormatterOptions__TimestampFormat", "HH:mm:ss.fff "),
        ("Logging__Console__FormatterOptions__UseUtcTimestamp", "true"),
        // The reminder service's debug lines show which silo owns the re-scan reminder and which one takes it over.
        ("Logging__LogLevel__Orleans.Runtime.ReminderService", "Debug"),
    ];

    public static SiloOptions Silo(int number, SiloPorts ports, string siloAssembly, string dataDirectory, string connectionString, string logFile) => new()
    {
        Number = number,
        Name = $"Silo #{number}",
        Ports = ports,
        SiloAssembly = siloAssembly,
        DataDirectory = dataDirectory,
        LogFile = logFile,
        Settings = new Dictionary<string, string> { ["Orleans:Mode"] = "PostgreSql", ["Orleans:AdvertisedIPAddress"] = "127.0.0.1" },
        EnvironmentVariables = [.. Environment(connectionString)],
        Report = Progress.Line,
    };

    /// <summary>Runs <c>db migrate</c> once with the silos' environment; returns what it printed.</summary>
    public static Task<string> MigrateAsync(string siloAssembly, string connectionString, CancellationToken cancellationToken) =>
        StepAsync(() => BuiltSilo.RunCommandAsync(siloAssembly, Environment(connectionString), ["db", "migrate"], TimeSpan.FromMinutes(2), cancellationToken));

    /// <summary>A step of the set-up; its failures become <see cref="SetupException"/>s.</summary>
    public static async Task<T> StepAsync<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or FileNotFoundException)
        {
            throw new SetupException(failure.Message, failure);
        }
    }

    public static Task StepAsync(Func<Task> step) => StepAsync(async () =>
    {
        await step();
        return true;
    });
}
