namespace Coordination.FaultTests;

/// <summary>The command line: how many silos, how long the load runs, and where to keep the logs.</summary>
internal sealed record FaultOptions(int Silos, int Seconds, string? LogsDirectory)
{
    public const int DefaultSilos = 2;
    public const int DefaultSeconds = 60;

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Coordination.FaultTests -- [--silos N] [--seconds S] [--logs DIR]

        Starts a throwaway PostgreSQL and N silo processes, drives a bounded load through the REST API for S
        seconds, kills silo #2 with SIGKILL half-way, then verifies that every acknowledged registration is
        found, that no pair of activities has two alerts and that the re-scan reminder still fires.

          --silos N     silo processes to start: 2 or 3 (default 2)
          --seconds S   length of the load in seconds, 20 or more (default 60)
          --logs DIR    copy the silo and PostgreSQL logs into DIR before the temporary folders are deleted
          -h, --help    show this text

        Needs the PostgreSQL server binaries (initdb, pg_ctl) on PATH. Progress goes to stderr; the report and
        its last line, "fault acknowledged=N found=N duplicate_alerts=N reminders_ok=true|false recovery_s=X",
        go to stdout.
        Exit codes: 0 passed, 1 failed or could not run, 2 bad arguments, 130 interrupted.
        """;

    /// <summary>Parses the arguments; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string[] args, out FaultOptions options, out string? error, out bool help)
    {
        options = new FaultOptions(DefaultSilos, DefaultSeconds, null);
        error = null;
        help = false;
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal) ? (n, v) : (args[i], null);
            switch (name)
            {
                case "-h" or "--help" or "-?":
                    help = true;
                    return true;
                case "--silos" or "--seconds" or "--logs":
                    var value = inline ?? (i + 1 < args.Length ? args[++i] : null);
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        error = $"{name} needs a value.";
                        return false;
                    }
                    if (name == "--logs")
                    {
                        options = options with { LogsDirectory = value };
                        break;
                    }
                    if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
                    {
                        error = $"{name} must be a whole number, not '{value}'.";
                        return false;
                    }
                    if (name == "--silos")
                    {
                        if (number is < 2 or > 3)
                        {
                            error = $"--silos must be 2 or 3, not {number}: silo #2 is killed and at least one must survive.";
                            return false;
                        }
                        options = options with { Silos = number };
                    }
                    else
                    {
                        if (number is < 20 or > 3600)
                        {
                            error = $"--seconds must be between 20 and 3600, not {number}.";
                            return false;
                        }
                        options = options with { Seconds = number };
                    }
                    break;
                default:
                    error = $"Unknown argument '{args[i]}'.";
                    return false;
            }
        }
        return true;
    }
}
