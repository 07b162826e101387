using System.Diagnostics;
using Npgsql;

namespace Coordination.PostgreSql.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server from the machine's own binaries: initdb into a temporary directory, pg_ctl
/// start on a free loopback port with its socket in that directory, and on dispose a fast stop and the
/// directory deleted. PostgreSQL refuses to run as root, so as root every command runs as the postgres user.
/// </summary>
internal sealed class PostgreSqlServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);

    private readonly string _directory;
    private readonly bool _asPostgresUser = Environment.UserName == "root";
    private bool _started;

    private PostgreSqlServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_directory, "data");

    private string LogFile => Path.Combine(_directory, "server.log");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
    }.ConnectionString;

    /// <summary>Creates an empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <param name="durable">
    /// Keep PostgreSQL's durability (fsync, synchronous commit, full page writes), as a deployment does: for
    /// measurements. Tests do without it.
    /// </param>
    public static async Task<PostgreSqlServer> StartAsync(bool durable = false)
    {
        RequireOnPath("initdb");
        RequireOnPath("pg_ctl");
        var server = new PostgreSqlServer(Directory.CreateTempSubdirectory("coordination-pg-").FullName, LoopbackPorts.Reserve(1)[0]);
        try
        {
            await server.InitializeAndStartAsync(durable);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAndStartAsync(bool durable)
    {
        if (_asPostgresUser) await RunAsync("chown", "postgres", _directory);
        await RunAsPostgresAsync("initdb", "-D", DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");

        // Durability is not wanted from a throwaway test server. A time zone far from UTC makes any timestamp that
        // reached the database without its zone show up as hours off. Connections: each silo's pool may open up to
        // 100 (Npgsql's default), and an overlap shard activating reads its 1,024 bucket grains at once.
        var serverOptions = $"-p {Port} -k '{_directory}' -c listen_addresses=127.0.0.1 -c TimeZone=Asia/Kathmandu " +
                            "-c max_connections=300" + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        try
        {
            await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-o", serverOptions, "-l", LogFile, "-w", "start");
            _started = true;
        }
        catch (InvalidOperationException failure) when (File.Exists(LogFile))
        {
            throw new InvalidOperationException($"{failure.Message}\nServer log:\n{await File.ReadAllTextAsync(LogFile)}", failure);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_started) await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void RequireOnPath(string program)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
        if (!found)
            throw new InvalidOperationException(
                $"'{program}' is not on PATH. The PostgreSQL tests (and the benchmarks' --storage postgresql) start a throwaway PostgreSQL 15 server and need its " +
                "binaries (initdb, pg_ctl): install the PostgreSQL 15 server and put its bin directory on PATH " +
                "(on Debian: /usr/lib/postgresql/15/bin). These tests fail rather than skip, so a CI without PostgreSQL is noticed.");
    }

    private Task RunAsPostgresAsync(string program, params string[] arguments) =>
        _asPostgresUser ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {CommandTimeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await errors}");
    }
}
