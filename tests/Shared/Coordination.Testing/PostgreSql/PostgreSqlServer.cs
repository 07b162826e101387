using Coordination.Testing.Ports;
using Coordination.Testing.Processes;
using Npgsql;

namespace Coordination.Testing.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL server from the machine's own binaries: initdb into a temporary directory, pg_ctl start on
/// a free loopback port with its socket in that directory (again on a fresh port when that one was taken before the
/// server bound it), and on dispose an immediate stop and the directory deleted. PostgreSQL refuses to run as root,
/// so as root every command runs as the postgres user.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);

    private readonly PostgreSqlServerOptions _options;
    private readonly string _directory;
    private readonly bool _asPostgresUser = Environment.UserName == "root";
    private bool _started;

    private PostgreSqlServer(PostgreSqlServerOptions options, string directory)
    {
        _options = options;
        _directory = directory;
    }

    public int Port { get; private set; }

    /// <summary>How many times pg_ctl start ran: more than once when a port was taken.</summary>
    public int StartAttempts { get; private set; }

    private string DataDirectory => Path.Combine(_directory, "data");

    public string LogFile => Path.Combine(_directory, "server.log");

    public string ConnectionString(string database, int? maximumPoolSize = null)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database };
        if (maximumPoolSize is { } size) builder.MaxPoolSize = size;
        return builder.ConnectionString;
    }

    /// <summary>Creates an empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>A server with the test suites' settings: durability off, a time zone far from UTC.</summary>
    public static Task<PostgreSqlServer> StartAsync(CancellationToken cancellationToken = default) => StartAsync(new PostgreSqlServerOptions(), cancellationToken);

    /// <summary>Throws <see cref="InvalidOperationException"/> when the binaries are missing or the server does not start.</summary>
    public static async Task<PostgreSqlServer> StartAsync(PostgreSqlServerOptions options, CancellationToken cancellationToken = default)
    {
        RequireOnPath("initdb", options);
        RequireOnPath("pg_ctl", options);
        var server = new PostgreSqlServer(options, Directory.CreateTempSubdirectory(options.DirectoryPrefix).FullName);
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
        if (_asPostgresUser) await ChildProcess.RunCheckedAsync("chown", ["postgres", _directory], CommandTimeout, cancellationToken);
        await RunAsPostgresAsync(cancellationToken, "initdb", "-D", DataDirectory, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");

        while (true)
        {
            Port = _options.PickPort();
            StartAttempts++;
            var logBefore = File.Exists(LogFile) ? new FileInfo(LogFile).Length : 0;
            try
            {
                await RunAsPostgresAsync(cancellationToken, "pg_ctl", "-D", DataDirectory, "-o", ServerOptions(), "-l", LogFile, "-w", "start");
                _started = true;
                return;
            }
            catch (InvalidOperationException failure) when (File.Exists(LogFile))
            {
                var log = await File.ReadAllTextAsync(LogFile, CancellationToken.None);
                // pg_ctl appends to the log: only what this start wrote says whether it lost its port.
                if (StartAttempts < _options.StartAttempts && PortRace.Lost(log[(int)Math.Min(logBefore, log.Length)..])) continue;
                throw new InvalidOperationException($"{failure.Message}\nServer log:\n{log}", failure);
            }
        }
    }

    /// <summary>
    /// Connections: each silo's pool may open up to 100 (Npgsql's default), and an overlap shard activating reads
    /// its 1,024 bucket grains at once. A time zone far from UTC makes any timestamp that reached the database
    /// without its zone show up as hours off.
    /// </summary>
    private string ServerOptions() =>
        $"-p {Port} -k '{_directory}' -c listen_addresses=127.0.0.1" +
        (_options.TimeZone is { } zone ? $" -c TimeZone={zone}" : "") +
        " -c max_connections=300" +
        (_options.Durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            // A throwaway server: nothing to flush.
            if (_started) await RunAsPostgresAsync(CancellationToken.None, "pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (Exception failure) when (_options.Report is not null)
        {
            // Ctrl+C in a terminal reaches the server too (same process group), so it may have stopped already.
            _options.Report($"PostgreSQL stop: {failure.Message.Split('\n')[0]}");
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (Exception failure) when (_options.Report is not null)
            {
                _options.Report($"Could not delete {_directory}: {failure.Message}");
            }
        }
    }

    private static void RequireOnPath(string program, PostgreSqlServerOptions options)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
        if (!found)
            throw new InvalidOperationException(
                $"'{program}' is not on PATH. {options.NeededBy} its binaries (initdb, pg_ctl): " +
                "install the PostgreSQL 15 server (Debian: apt-get install postgresql-15) and put its bin directory on PATH " +
                "(Debian: export PATH=/usr/lib/postgresql/15/bin:$PATH)." + options.MissingBinariesNote);
    }

    private Task RunAsPostgresAsync(CancellationToken cancellationToken, string program, params string[] arguments) =>
        _asPostgresUser
            ? ChildProcess.RunCheckedAsync("runuser", ["-u", "postgres", "--", program, .. arguments], CommandTimeout, cancellationToken)
            : ChildProcess.RunCheckedAsync(program, arguments, CommandTimeout, cancellationToken);
}
