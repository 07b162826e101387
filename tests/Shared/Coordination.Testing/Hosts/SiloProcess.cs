using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Coordination.Testing.Ports;
using Coordination.Testing.Web;

namespace Coordination.Testing.Hosts;

/// <summary>
/// The built host run as its own process, the way the README starts it, so that a test can kill it and start it again
/// on the same data folder, or run several as a cluster. Ready once it prints "Coordination is running at". A port
/// picked for it may be taken before it binds it: then it is started again on fresh ports (<see cref="SiloOptions.StartAttempts"/>).
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private const string ReadyLine = "Coordination is running at";

    /// <summary>Every host started, so that a last-resort handler can kill them when the program exits abnormally.</summary>
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly SiloOptions _options;
    private readonly string _siloAssembly;
    private readonly HostOutput _output;
    private Attempt _attempt;

    private SiloProcess(SiloOptions options)
    {
        _options = options;
        _siloAssembly = options.SiloAssembly ?? BuiltSilo.Locate();
        _output = new HostOutput(options.LogFile);
        _attempt = Launch(1);
    }

    public int Number => _options.Number;

    public string? LogFile => _options.LogFile;

    /// <summary>The ports of the attempt that runs; they change when it starts again on fresh ones.</summary>
    public SiloPorts Ports => _attempt.Ports;

    public Uri BaseAddress => new($"http://127.0.0.1:{Ports.Http}");

    /// <summary>How many times it has been started: more than once when a port was taken.</summary>
    public int Attempts => _attempt.Number;

    public bool Killed { get; private set; }

    public bool HasExited => _attempt.Process.HasExited;

    /// <summary>Everything it printed: from memory, or from its log file.</summary>
    public string Output => _output.All;

    /// <summary>Its last lines.</summary>
    public string Tail => _output.Tail;

    /// <summary>Starts the host with any <paramref name="settings"/> ("Section:Key" to value) and returns once it has printed that it is running.</summary>
    public static Task<SiloProcess> StartAsync(string dataDirectory, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null) =>
        StartAsync(new SiloOptions { DataDirectory = dataDirectory, Environment = environment, Settings = settings ?? new Dictionary<string, string>() });

    /// <summary>Starts the host and returns once it is running; throws (and stops it) when it exits first or takes longer than <paramref name="timeout"/> (2 minutes).</summary>
    public static async Task<SiloProcess> StartAsync(SiloOptions options, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var silo = Start(options);
        try
        {
            await silo.WaitUntilReadyAsync(timeout ?? TimeSpan.FromMinutes(2), cancellationToken);
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the host and returns at once; <see cref="WaitUntilReadyAsync"/> waits for it.</summary>
    public static SiloProcess Start(SiloOptions options) => new(options);

    /// <summary>
    /// Returns once the host has printed that it is running; throws <see cref="InvalidOperationException"/> when it exits
    /// first and <see cref="TimeoutException"/> when it takes longer than <paramref name="timeout"/> (per start). When it
    /// exits because a port was taken, it is started again on fresh ports.
    /// </summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        while (true)
        {
            var attempt = _attempt;
            try
            {
                await attempt.Ready.Task.WaitAsync(timeout, cancellationToken);
                return;
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"{_options.Name} did not print \"{ReadyLine}\" within {timeout.TotalSeconds:0} s. Its last lines:\n{Tail}");
            }
            catch (InvalidOperationException) when (attempt.AddressInUse && attempt.Number < _options.StartAttempts)
            {
                var note = $"{_options.Name} lost a port it was given (address already in use) on start {attempt.Number}; starting it again on fresh ports";
                WriteMarker(note);
                _options.Report?.Invoke(note);
                Running.TryRemove(attempt.Process.Id, out _);
                attempt.Process.Dispose();
                _attempt = Launch(attempt.Number + 1);
            }
        }
    }

    /// <summary>A client signed in as one of the development users, with the bearer token of the development sign-in.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        await DevSignIn.AuthorizeAsync(client, user);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no goodbye to a cluster; only what was durably stored survives.</summary>
    public async Task KillAsync(string? marker = null)
    {
        Killed = true;
        if (marker is not null) WriteMarker(marker);
        _attempt.Process.Kill(entireProcessTree: true);
        await _attempt.Process.WaitForExitAsync();
    }

    public void WriteMarker(string text) => _output.Append($"========== {DateTime.UtcNow:HH:mm:ss.fff} {text} ==========");

    /// <summary>Lines of its output that contain <paramref name="fragment"/>.</summary>
    public string[] LogLinesContaining(string fragment) => _output.LinesContaining(fragment);

    public async ValueTask DisposeAsync()
    {
        var process = _attempt.Process;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            _options.Report?.Invoke($"Stopping {_options.Name}: {failure.Message}");
        }
        Running.TryRemove(process.Id, out _);
        process.Dispose();
        _output.Dispose();
    }

    /// <summary>Kills whatever host is still running; for a process-exit handler, when the normal clean-up could not run.</summary>
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

    private Attempt Launch(int number)
    {
        var ports = number == 1 && _options.Ports is { } given ? given : _options.PickPorts();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(_siloAssembly)!,
        };
        foreach (var argument in Arguments(ports)) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = _options.Environment;
        foreach (var (name, value) in _options.EnvironmentVariables) start.Environment[name] = value;
        start.Environment.Remove("ASPNETCORE_URLS"); // --urls decides

        var attempt = new Attempt(number, ports, new Process { StartInfo = start, EnableRaisingEvents = true });
        attempt.Process.OutputDataReceived += (_, e) => OnLine(attempt, e.Data);
        attempt.Process.ErrorDataReceived += (_, e) => OnLine(attempt, e.Data);
        attempt.Process.Exited += (_, _) =>
        {
            attempt.Process.WaitForExit(); // lets the redirected output drain, so the message holds the host's last words
            attempt.Ready.TrySetException(new InvalidOperationException(_output.InMemory
                ? $"{_options.Name} exited early with code {attempt.Process.ExitCode}:\n{Output}"
                : $"{_options.Name} exited early with code {attempt.Process.ExitCode}. Its last lines:\n{Tail}"));
        };
        attempt.Process.Start();
        Running[attempt.Process.Id] = attempt.Process;
        attempt.Process.BeginOutputReadLine();
        attempt.Process.BeginErrorReadLine();
        return attempt;
    }

    private IEnumerable<string> Arguments(SiloPorts ports)
    {
        string[] fixedOnes =
        [
            _siloAssembly,
            "--urls", $"http://127.0.0.1:{ports.Http}",
            "--data-dir", _options.DataDirectory,
            "--Orleans:SiloPort", ports.Silo.ToString(CultureInfo.InvariantCulture),
            "--Orleans:GatewayPort", ports.Gateway.ToString(CultureInfo.InvariantCulture),
        ];
        return fixedOnes.Concat(_options.Settings.SelectMany(s => new[] { $"--{s.Key}", s.Value }));
    }

    private void OnLine(Attempt attempt, string? line)
    {
        if (line is null) return;
        _output.Append(line);
        if (PortRace.Lost(line) && !attempt.AddressInUse)
        {
            // It cannot serve without that port: stopped now rather than after its graceful shutdown.
            attempt.AddressInUse = true;
            try
            {
                attempt.Process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
        if (line.Contains(ReadyLine, StringComparison.Ordinal)) attempt.Ready.TrySetResult();
    }

    /// <summary>One start of the process, on its own ports.</summary>
    private sealed class Attempt(int number, SiloPorts ports, Process process)
    {
        public int Number { get; } = number;

        public SiloPorts Ports { get; } = ports;

        public Process Process { get; } = process;

        public TaskCompletionSource Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public volatile bool AddressInUse;
    }
}
