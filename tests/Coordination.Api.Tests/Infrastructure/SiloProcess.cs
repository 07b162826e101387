using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Coordination.Api.Tests.Infrastructure;

/// <summary>
/// The built host run as its own process, the way the README starts it, so that a test can kill it
/// and start it again on the same data folder.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri BaseAddress { get; }

    private SiloProcess(string dataDirectory, int httpPort, string environment, IReadOnlyDictionary<string, string>? settings)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{httpPort}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(SiloAssembly)!,
        };
        foreach (var arg in new[]
        {
            SiloAssembly, "--urls", BaseAddress.ToString(), "--data-dir", dataDirectory,
            "--Orleans:SiloPort", FreePorts.Next().ToString(), "--Orleans:GatewayPort", FreePorts.Next().ToString(),
        }) start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) =>
        {
            _process.WaitForExit(); // lets the redirected output drain, so the message holds the host's last words
            _ready.TrySetException(new InvalidOperationException($"The host exited early with code {_process.ExitCode}:\n{Output}"));
        };
        _process.EnableRaisingEvents = true;
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the host with any <paramref name="settings"/> ("Section:Key" to value) and returns once it has printed that it is running.</summary>
    public static async Task<SiloProcess> StartAsync(string dataDirectory, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        var silo = new SiloProcess(dataDirectory, FreePorts.Next(), environment, settings);
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        await silo._ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return silo;
    }

    public async Task<HttpClient> SignedInAsync(string user)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var response = await client.PostAsJsonAsync("/api/dev/sign-in", new { user });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flushing; only what was durably stored survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.Contains("Coordination is running at", StringComparison.Ordinal)) _ready.TrySetResult();
    }

    /// <summary>The host built next to these tests: src/Coordination.Silo/bin/{configuration}/{framework}.</summary>
    private static string SiloAssembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var root = testOutput;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Coordination.sln"))) root = root.Parent;
            var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Coordination.sln not found above the test output."),
                "src", "Coordination.Silo", "bin", configuration, framework, "Coordination.Silo.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the host is missing.", path);
        }
    }
}
