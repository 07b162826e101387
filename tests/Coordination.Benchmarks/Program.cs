using System.Globalization;
using Coordination.Benchmarks;
using Coordination.Grains.Calendars;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const string Usage = """
    Usage:
      dotnet run -c Release --project tests/Coordination.Benchmarks -- detection --sizes N[,N...] [options]
      dotnet run -c Release --project tests/Coordination.Benchmarks -- corpus --sizes N[,N...] [--sample N] [--data FILE]
      dotnet run -c Release --project tests/Coordination.Benchmarks -- clashes --sizes N[,N...] [--sample N] [--ics-sample N] [--data FILE]
      dotnet run -c Release --project tests/Coordination.Benchmarks -- dashboard --alerts N [--sample N] [--data FILE]
      dotnet run -c Release --project tests/Coordination.Benchmarks -- alerts [--file FILE] [--storage memory|sqlite|postgresql] [--parallelism N]

    Registers N activities synthesised from real UN activity titles (a tenth of them, every i % 10 == 9, texts in
    fr, es, ru, zh, ar in turn: sentences of ../shared/data/pairs/stsb-dev-{fr,es,ru,zh}.tsv, words of the Arabic
    lexicon) on a fresh in-process Orleans silo with the shipped lexicons (lexicons/ next to the program), then prints per size:
      detection n=N p50_ms=X p95_ms=X p99_ms=X per_s=X alerts_per_registration=X bytes_per_activity=X index_bytes_per_activity=X
        index_bytes_per_activity_same_language_only=X cross_language_share=X brute_p99_ms=X mlt_p99_ms=X
    bytes_per_activity is everything the silo holds per activity; index_bytes_per_activity the 16 overlap shards'
    inverted indexes alone (built in-process from the same profiles), and ..._same_language_only the same without
    the concept terms of the texts not in English; cross_language_share the share of the corpus not in English.

    corpus describes the synthesised corpus without a silo: the share of further registrations whose
    brute-force check finds a match that raises an alert, and examples of such pairs.

    clashes registers N events synthesised from the real conference names and venues of
    ../shared/data/events/conferences-2013-2022.csv on a fresh in-process silo, times clash checks of
    further planned events and the import of an .ics file, and prints per size:
      clashes n=N p50_ms=X p99_ms=X ics_events_per_s=X

    dashboard starts the built host as its own process (SQLite storage, demo data), registers activities
    synthesised from the real UN titles through the API until the MCG holds N alerts, then fetches each web
    page and listing as a signed-in user --sample times (default 1000; use e.g. 50) and prints per page:
      dashboard alerts=N path=P p50_ms=X p99_ms=X max_ms=X

    alerts registers every record of the activities CSV as it is (sector by reporting agency, description from the
    implementer and sectors) on a fresh in-process silo, then counts the open overlap alerts of the MCG's inbox:
      alerts activities=N alerts=A per_registration=X high=H medium=M low=L families=F

    Options:
      --sizes N[,N...]     corpus sizes (required but for alerts); for detection each runs in a process of its own
      --storage KIND       memory (default: in-memory grain storage), sqlite (a temporary SQLite file, as the
                           embedded default) or postgresql (a throwaway PostgreSQL server from initdb and pg_ctl
                           on PATH, durable as in production, with the platform's schema)
      --data FILE          (or --file FILE) the activities CSV (default: ../shared/data/activities/un-activities.csv
                           next to the repository root, the folder of Coordination.sln); for clashes the
                           conference listing (default: ../shared/data/events/conferences-2013-2022.csv)
      --sample N           further registrations timed one at a time, also the MoreLikeThis queries (default 1000);
                           for clashes the planned events checked one at a time
      --ics-sample N       clashes: the events of the imported .ics file (default and most 1000, an import's bound)
      --brute-sample N     queries of the brute-force baseline, the first of the sample (default 200)
      --parallelism N      concurrent registrations while loading (default 4, twice the cores of the reference machine)
      --in-process         run every size in this process instead of one child process per size
      --profile            also time every grain call and storage operation and print where the time goes
                           (diagnostics only: it slows the run down; do not take its result line as the figure)
      --max-load-minutes M give up a size whose load takes longer than M minutes: no result line, exit code 3
    Progress and diagnostics go to stderr; stdout has only the result lines.
    Exit codes: 0 done, 2 bad arguments or data file, 3 a load exceeded --max-load-minutes,
    4 alerts: the MCG's inbox did not show every alert raised within 3 minutes of the load.
    """;

if (args.Length == 0 || args[0] is not ("detection" or "corpus" or "clashes" or "dashboard" or "alerts")) return Fail(args.Length == 0 ? "No command given." : $"Unknown command '{args[0]}'.");

var sizes = new List<int>();
var storage = StorageKind.Memory;
string? data = null;
int sample = 1000, bruteSample = 200, parallelism = 4, icsSample = EventCalendarImport.MaxEvents;
var inProcess = false;
var profile = false;
TimeSpan? loadBudget = null;
for (var i = 1; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v
        : throw new ArgumentException($"{name} takes a positive whole number, not '{value}'.");
    try
    {
        switch (args[i])
        {
            case "--alerts": sizes.Add(Positive("--alerts", Value())); break;
            case "--sizes":
                var list = Value();
                sizes.AddRange(list.Split(',').Select(s => Positive("--sizes", s.Trim())));
                break;
            case "--storage":
                var kind = Value();
                storage = kind switch
                {
                    "memory" => StorageKind.Memory,
                    "sqlite" => StorageKind.Sqlite,
                    "postgresql" => StorageKind.PostgreSql,
                    _ => throw new ArgumentException($"--storage is memory, sqlite or postgresql, not '{kind}'."),
                };
                break;
            case "--data" or "--file": data = Value(); break;
            case "--sample": sample = Positive("--sample", Value()); break;
            case "--ics-sample": icsSample = Math.Min(Positive("--ics-sample", Value()), EventCalendarImport.MaxEvents); break;
            case "--brute-sample": bruteSample = Positive("--brute-sample", Value()); break;
            case "--parallelism": parallelism = Positive("--parallelism", Value()); break;
            case "--in-process": inProcess = true; break;
            case "--profile": profile = true; break;
            case "--max-load-minutes": loadBudget = TimeSpan.FromMinutes(Positive("--max-load-minutes", Value())); break;
            default: throw new ArgumentException($"Unknown option '{args[i]}'.");
        }
    }
    catch (ArgumentException e)
    {
        return Fail(e.Message);
    }
}
if (sizes.Count == 0 && args[0] != "alerts") return Fail("--sizes is required, e.g. --sizes 1000,10000,100000.");

data ??= DataFiles.SharedData(args[0] == "clashes" ? ["events", "conferences-2013-2022.csv"] : ["activities", "un-activities.csv"]);
if (data is null) return Fail("Cannot find Coordination.sln above the current directory or the program, so no default data file; give one with --data FILE.");
data = Path.GetFullPath(data);
if (!File.Exists(data)) return Fail($"Data file not found: {data}");
if (args[0] is "detection" or "corpus" or "dashboard")
{
    try
    {
        Corpus.OtherLanguageSources(); // the texts of the corpus's tenth in other languages
    }
    catch (FileNotFoundException e)
    {
        return Fail(e.Message);
    }
}

if (args[0] == "clashes")
{
    EventCorpusSource source;
    try
    {
        source = EventCorpus.Read(data);
    }
    catch (FormatException e)
    {
        return Fail(e.Message);
    }
    // Every size in this process: the clash figures are latencies and throughput, no memory figure to keep apart.
    var clashOptions = new ClashesOptions(storage, sample, icsSample, parallelism, profile);
    foreach (var size in sizes)
    {
        Console.WriteLine(await ClashesBenchmark.RunAsync(size, clashOptions, source));
        GC.Collect();
    }
    return 0;
}
if (args[0] == "alerts")
{
    try
    {
        var records = Corpus.Read(data, out var untitled);
        Console.WriteLine(await AlertsBenchmark.RunAsync(records, untitled, storage, parallelism));
        return 0;
    }
    catch (FormatException e)
    {
        return Fail(e.Message);
    }
    catch (TimeoutException e)
    {
        Console.Error.WriteLine(e.Message);
        return 4;
    }
}
if (args[0] == "dashboard")
{
    if (sizes.Count != 1) return Fail("dashboard needs --alerts N (one number).");
    await DashboardBenchmark.RunAsync(sizes[0], sample, parallelism, Corpus.Read(data));
    return 0;
}
if (args[0] == "corpus")
{
    foreach (var size in sizes) CorpusReport.Print(size, sample, Corpus.Read(data));
    return 0;
}
var options = new DetectionOptions(sizes, storage, data, sample, bruteSample, parallelism, inProcess, profile, loadBudget);
return inProcess ? await RunHereAsync(options) : await DetectionChildren.RunAsync(options);

static async Task<int> RunHereAsync(DetectionOptions options)
{
    IReadOnlyList<UnActivity> rows;
    try
    {
        rows = Corpus.Read(options.DataPath);
    }
    catch (FormatException e)
    {
        return Fail(e.Message);
    }
    foreach (var size in options.Sizes)
    {
        try
        {
            Console.WriteLine(await DetectionBenchmark.RunAsync(size, options, rows));
        }
        catch (LoadBudgetExceededException e)
        {
            Console.Error.WriteLine($"n={size}: {e.Message}; no result line for this size.");
            return 3;
        }
        GC.Collect();
    }
    return 0;
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    Console.Error.WriteLine();
    Console.Error.WriteLine(Usage);
    return 2;
}
