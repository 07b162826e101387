using System.Collections.Concurrent;
using System.Diagnostics;

namespace Coordination.FaultTests.Infrastructure;

/// <summary>The ports of one silo: its API, silo-to-silo and gateway endpoints on 127.0.0.1.</summary>
internal sealed record SiloPorts(int Http, int Silo, int Gateway);

/// <summary>
/// The built host run as its own process in PostgreSql mode, the way the README starts a cluster; its output
/// goes to a log file. Ready once it prints "Coordination is running at".
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private const int TailLines = 40;

    /// <summary>Every silo started, so that a last-resort handler can kill them when the program exits abnormally.</summary>
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logGate = new();
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _logClosed;

    public int Number { get; }

    public SiloPorts Ports { get; }

    public Uri BaseAddress { get; }

    public string LogFile { get; }

    public bool Killed { get; private set; }

    private SiloProcess(int number, SiloPorts ports, string siloAssembly, string dataDirectory, string connectionString, string logFile)
    {
        Number = number;
        Ports = ports;
        BaseAddress = new Uri($"http://127.0.0.1:{ports.Http}");
        LogFile = logFile;
        _log = new StreamWriter(logFile, append: false) { AutoFlush = true };

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(siloAssembly)!,
        };
        foreach (var argument in Arguments(siloAssembly, ports, dataDirectory)) start.ArgumentList.Add(argument);
        foreach (var (name, value) in Environment(connectionString)) start.Environment[name] = value;
        start.Environment.Remove("ASPNETCORE_URLS"); // --urls decides
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) =>
        {
            _process.WaitForExit(); // lets the redirected output drain, so the message holds the host's last words
            _ready.TrySetException(new SetupException($"Silo #{Number} exited early with code {_process.ExitCode}. Its last lines:\n{Tail}"));
        };
    }

    private static string[] Arguments(string siloAssembly, SiloPorts ports, string dataDirectory) =>
    [
        siloAssembly,
        "--urls", $"http://127.0.0.1:{ports.Http}",
        "--Orleans:Mode", "PostgreSql",
        "--Orleans:SiloPort", ports.Silo.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--Orleans:GatewayPort", ports.Gateway.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--Orleans:AdvertisedIPAddress", "127.0.0.1",
        "--data-dir", dataDirectory,
    ];

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

    public string Tail
    {
        get { lock (_logGate) return string.Join('\n', _tail); }
    }

    public bool HasExited => _process.HasExited;

    public static SiloProcess Start(int number, SiloPorts ports, string siloAssembly, string dataDirectory, string connectionString, string logFile)
    {
        var silo = new SiloProcess(number, ports, siloAssembly, dataDirectory, connectionString, logFile);
        silo._process.Start();
        Running[silo._process.Id] = silo._process;
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Returns once the host has printed that it is running; throws when it exits first or takes too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new SetupException($"Silo #{Number} did not print \"Coordination is running at\" within {timeout.TotalSeconds:0} s. Its last lines:\n{Tail}");
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no goodbye to the cluster.</summary>
    public async Task KillAsync()
    {
        Killed = true;
        WriteMarker("SIGKILL sent by the fault test");
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void WriteMarker(string text) => Append($"========== {DateTime.UtcNow:HH:mm:ss.fff} {text} ==========");

    /// <summary>Lines of the log that contain <paramref name="fragment"/>.</summary>
    public string[] LogLinesContaining(string fragment)
    {
        lock (_logGate)
        {
            if (!_logClosed) _log.Flush();
        }
        try
        {
            using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
                if (line.Contains(fragment, StringComparison.Ordinal)) lines.Add(line);
            return [.. lines];
        }
        catch (IOException)
        {
            return [];
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            Progress.Line($"Stopping silo #{Number}: {failure.Message}");
        }
        Running.TryRemove(_process.Id, out _);
        _process.Dispose();
        lock (_logGate)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    /// <summary>Kills whatever silo is still running; for the process-exit handler, when the normal clean-up could not run.</summary>
    public static void KillAllStillRunning()
    {
        foreach (var process in Running.Values)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            catch (Exception failure) when (failure is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        Append(line);
        if (line.Contains("Coordination is running at", StringComparison.Ordinal)) _ready.TrySetResult();
    }

    private void Append(string line)
    {
        lock (_logGate)
        {
            if (!_logClosed) _log.WriteLine(line);
            _tail.Enqueue(line);
            while (_tail.Count > TailLines) _tail.Dequeue();
        }
    }

    /// <summary>Runs <c>db migrate</c> once with the silos' environment; returns what it printed.</summary>
    public static async Task<string> MigrateAsync(string siloAssembly, string connectionString, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(siloAssembly)!,
        };
        foreach (var argument in new[] { siloAssembly, "db", "migrate" }) start.ArgumentList.Add(argument);
        foreach (var (name, value) in Environment(connectionString)) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new SetupException("Could not start dotnet for db migrate.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new SetupException("db migrate did not finish within 2 minutes.");
        }
        var printed = (await output + await errors).Trim();
        return process.ExitCode == 0 ? printed : throw new SetupException($"db migrate exited with {process.ExitCode}:\n{printed}");
    }

    /// <summary>The host built next to this program: src/Coordination.Silo/bin/{configuration}/{framework}/Coordination.Silo.dll.</summary>
    public static string LocateSiloAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Coordination.sln"))) root = root.Parent;
        if (root is null) throw new SetupException($"Coordination.sln was not found above {output.FullName}.");
        var path = Path.Combine(root.FullName, "src", "Coordination.Silo", "bin", configuration, framework, "Coordination.Silo.dll");
        return File.Exists(path) ? path
            : throw new SetupException($"The host {path} is missing: build it first (dotnet build src/Coordination.Silo -c {configuration}).");
    }
}
