using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Coordination.Benchmarks;

/// <summary>
/// The web pages with many alerts: the built host runs as its own process, as the README starts it (SQLite storage,
/// demo data, the lexicons it ships); activities synthesised from the real UN titles (a tenth in other languages, see
/// <see cref="Corpus"/>) are registered through the API until the MCG holds
/// the asked number of alerts; then each page is fetched as a signed-in browser would (server prerendering included).
/// </summary>
public static class DashboardBenchmark
{
    /// <summary>The pages and listings measured: the dashboards, the charts, the exports and the API's filtered listing.</summary>
    private static readonly string[] Paths =
    [
        "/", "/dashboard/CoCo", "/dashboard/RD:AFR", "/charts", "/alerts/export.csv?route=MCG", "/api/alerts?route=MCG&sectors=BR,BDT&status=Open&limit=50",
    ];

    private static readonly Dictionary<string, string> MemberOf = new()
    {
        ["BR"] = "li.wei", ["TSB"] = "pierre.martin", ["BDT"] = "amina.diallo", ["GS"] = "sara.haddad",
    };

    /// <summary>Prints one line per page as it is measured.</summary>
    public static async Task RunAsync(int targetAlerts, int samples, int parallelism, IReadOnlyList<UnActivity> rows)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("coordination-dashboard-bench-").FullName;
        try
        {
            // The load registers thousands of activities in parallel as four users: far above the default write limit.
            await using var host = await SiloProcess.StartAsync(dataDirectory, settings: new Dictionary<string, string> { ["RateLimits:WritesPerMinute"] = "0" });
            var members = new Dictionary<string, HttpClient>();
            foreach (var (sector, user) in MemberOf) members[sector] = await host.SignedInAsync(user);
            var coordinator = await host.SignedInAsync("helena.berg");

            var (alerts, activities, loadSeconds) = await LoadAsync(rows, members, coordinator, targetAlerts, parallelism);
            Console.Error.WriteLine($"dashboard: {alerts} MCG alerts from {activities} activities in {loadSeconds:0} s");

            var browser = await WebSignInAsync(host.BaseAddress, "helena.berg");
            browser.DefaultRequestHeaders.Authorization = coordinator.DefaultRequestHeaders.Authorization; // for the /api path only
            foreach (var path in Paths)
            {
                for (var i = 0; i < 2; i++) await FetchAsync(browser, path); // warm-up: first activations, JIT
                var timings = new List<double>();
                for (var i = 0; i < samples; i++) timings.Add(await FetchAsync(browser, path));
                var p = new Percentiles(timings);
                Console.WriteLine($"dashboard alerts={alerts} path={path} p50_ms={p.At(50):0.0} p99_ms={p.At(99):0.0} max_ms={p.Max:0.0}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<(int Alerts, int Activities, double Seconds)> LoadAsync(IReadOnlyList<UnActivity> rows,
        Dictionary<string, HttpClient> members, HttpClient coordinator, int targetAlerts, int parallelism)
    {
        const int Batch = 250;
        var clock = Stopwatch.StartNew();
        var (alerts, registered) = (0, 0);
        while ((alerts = await CountAlertsAsync(coordinator)) < targetAlerts)
        {
            var drafts = Corpus.Synthesise(rows, "bench", registered, Batch);
            await Parallel.ForEachAsync(drafts, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (draft, token) =>
            {
                // Topics and priorities of the synthesised corpus are not the demo's reference data: leave them out.
                var response = await members[draft.Sector!].PostAsJsonAsync("/api/activities", draft with { Topics = null, ThematicPriority = null, Targets = null }, token);
                if (response.StatusCode != HttpStatusCode.Created)
                    throw new InvalidOperationException($"Registering {draft.Id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(token)}");
            });
            registered += Batch;
            Console.Error.WriteLine($"dashboard: {registered} activities, {alerts} MCG alerts, {clock.Elapsed.TotalSeconds:0} s");
        }
        return (alerts, registered, clock.Elapsed.TotalSeconds);
    }

    private static async Task<int> CountAlertsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/alerts?route=MCG&limit=1")).GetProperty("total").GetInt32();

    private static async Task<double> FetchAsync(HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        return elapsed;
    }

    /// <summary>Signs in through the sign-in form, as a browser does; the client keeps the cookie.</summary>
    private static async Task<HttpClient> WebSignInAsync(Uri baseAddress, string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        await WebSignIn.SignInAsync(client, user);
        return client;
    }
}
