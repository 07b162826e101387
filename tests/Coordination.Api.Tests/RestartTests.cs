using System.Net;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Security;

namespace Coordination.Api.Tests;

/// <summary>What the platform acknowledged survives the host being killed and started again.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("coordination-restart-").FullName;

    [Fact]
    public async Task A_registered_activity_survives_a_killed_and_restarted_host()
    {
        string etag;
        int demoActivities;
        await using (var first = await SiloProcess.StartAsync(_dataDirectory))
        {
            var client = await first.SignedInAsync("li.wei");
            demoActivities = (await (await client.GetAsync("/api/activities?limit=1")).ReadAsync()).GetProperty("total").GetInt32();
            Assert.True(demoActivities > 0, "the embedded default loads demo data on first start");

            var created = await client.PostAsync("/api/activities", Json.Body(new
            {
                id = "act-restart", sector = "BR", kind = "Study", title = "Spectrum for rural IMT broadband", topics = new[] { "imt-5g" },
            }));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            etag = created.Headers.ETag!.Tag;
            await first.KillAsync();
        }

        await using var second = await SiloProcess.StartAsync(_dataDirectory);
        var again = await second.SignedInAsync("li.wei");
        var read = await again.GetAsync("/api/activities/act-restart");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(etag, read.Headers.ETag!.Tag);
        Assert.Equal("Spectrum for rural IMT broadband", (await read.ReadAsync()).GetProperty("title").GetString());
        var topicListing = await (await again.GetAsync("/api/activities?topic=imt-5g&limit=500")).ReadAsync();
        Assert.Contains(topicListing.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == "act-restart");
        // Demo data is loaded once: a restart neither duplicates nor reloads it.
        var total = (await (await again.GetAsync("/api/activities?limit=1")).ReadAsync()).GetProperty("total").GetInt32();
        Assert.Equal(demoActivities + 1, total);
    }

    [Fact]
    public async Task A_web_sign_in_and_an_antiforgery_token_survive_a_killed_and_restarted_host()
    {
        // One browser: its cookies, and no redirects followed, so that a sign-in redirect shows.
        var cookies = new CookieContainer();
        string tokenFromBefore;
        await using (var first = await SiloProcess.StartAsync(_dataDirectory))
        {
            using var browser = Browser(first, cookies);
            Assert.Equal(HttpStatusCode.Found, (await WebSignIn.PostAsync(browser, "li.wei", await WebSignIn.AntiforgeryTokenAsync(browser))).StatusCode);
            Assert.Contains(">Li Wei<", await browser.GetStringAsync("/"));
            tokenFromBefore = await WebSignIn.AntiforgeryTokenAsync(browser);
            await first.KillAsync();
        }

        await using var second = await SiloProcess.StartAsync(_dataDirectory);
        using var again = Browser(second, cookies);

        var dashboard = await again.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(">Li Wei<", await dashboard.Content.ReadAsStringAsync());
        var signIn = await WebSignIn.PostAsync(again, "amina.diallo", tokenFromBefore);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_dataDirectory, DataProtectionHosting.KeysFolder), "key-*.xml"));
    }

    [Fact]
    public async Task Outside_Development_the_host_refuses_to_start_without_an_OIDC_authority()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync(_dataDirectory, "Production"));

        Assert.Contains("exited early with code 1", refused.Message);
        Assert.Contains("Authentication:Authority is not set", refused.Message);
    }

    private static HttpClient Browser(SiloProcess silo, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = silo.BaseAddress };

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
