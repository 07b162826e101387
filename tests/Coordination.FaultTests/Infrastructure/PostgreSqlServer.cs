using System.Diagnostics;
using Npgsql;

namespace Coordination.FaultTests.Infrastructure;

/// <summary>A silo's row in the membership table.</summary>
internal sealed record MembershipRow(string Address, int Port, int Generation, int Status)
{
    public const int Active = 3;
    public const int Dead = 6;

    public string StatusName => Status switch
    {
        1 => "Created", 2 => "Joining", 3 => "Active", 4 => "ShuttingDown", 5 => "Stopping", 6 => "Dead", _ => $"status {Status}",
    };
}

/// <summary>
/// A throwaway PostgreSQL server from the machine's own binaries, as tests/Coordination.PostgreSql.Tests starts
/// one: initdb into a temporary directory, pg_ctl start on a free loopback port with its socket in that directory,
/// and on dispose a fast stop and the directory deleted. PostgreSQL refuses to run as root, so as root every
/// command runs as the postgres user.
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

    public string LogFile => Path.Combine(_directory, "server.log");

    public string ConnectionString(string database, int? maximumPoolSize = null)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database };
        if (maximumPoolSize is { } size) builder.MaxPoolSize = size;
        return builder.ConnectionString;
    }

    public static async Task<PostgreSqlServer> StartAsync(CancellationToken cancellationToken)
    {
        RequireOnPath("initdb");
        RequireOnPath("pg_ctl");
        var server = new PostgreSqlServer(Directory.CreateTempSubdirectory("coordination-fault-pg-").FullName, LoopbackPorts.Reserve(1)[0]);
        try
        {
            await server.InitializeAndStartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAndStartAsync(CancellationToken cancellationToken)
    {
        if (_asPostgresUser) await RunAsync("chown", ["postgres", _directory], cancellationToken);
        await RunAsPostgresAsync(cancellationToken, "initdb", "-D", DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");

        // Durability is not wanted from a throwaway server. Connections: each silo's pool may open up to its
        // Maximum Pool Size, and an overlap shard activating reads many bucket grains at once.
        var serverOptions = $"-p {Port} -k '{_directory}' -c listen_addresses=127.0.0.1 " +
                            "-c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        try
        {
            await RunAsPostgresAsync(cancellationToken, "pg_ctl", "-D", DataDirectory, "-o", serverOptions, "-l", LogFile, "-w", "start");
            _started = true;
        }
        catch (InvalidOperationException failure) when (File.Exists(LogFile))
        {
            throw new SetupException($"{failure.Message}\nServer log:\n{await File.ReadAllTextAsync(LogFile, CancellationToken.None)}", failure);
        }
    }

    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Every silo row of the cluster, newest generation last.</summary>
    public async Task<MembershipRow[]> ReadMembershipAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database, maximumPoolSize: 2));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT address, port, generation, status FROM orleans_membership ORDER BY port, generation", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MembershipRow>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new MembershipRow(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        return [.. rows];
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (_started) await RunAsPostgresAsync(CancellationToken.None, "pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (Exception failure)
        {
            // Ctrl+C in a terminal reaches the server too (same process group), so it may have stopped already.
            Progress.Line($"PostgreSQL stop: {failure.Message.Split('\n')[0]}");
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (Exception failure)
            {
                Progress.Line($"Could not delete {_directory}: {failure.Message}");
            }
        }
    }

    private static void RequireOnPath(string program)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
        if (!found)
            throw new SetupException(
                $"'{program}' is not on PATH. The fault test starts a throwaway PostgreSQL 15 server and needs its binaries " +
                "(initdb, pg_ctl): install the PostgreSQL 15 server (Debian: apt-get install postgresql-15) and put its bin " +
                "directory on PATH (Debian: export PATH=/usr/lib/postgresql/15/bin:$PATH).");
    }

    private Task RunAsPostgresAsync(CancellationToken cancellationToken, string program, params string[] arguments) =>
        _asPostgresUser ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments], cancellationToken) : RunAsync(program, arguments, cancellationToken);

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {CommandTimeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await errors}");
    }
}
