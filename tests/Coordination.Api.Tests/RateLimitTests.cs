using System.Net;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Coordination.Api.Tests;

/// <summary>The host with limits low enough for a test to cross them.</summary>
public sealed class RateLimitedApiFactory : ApiFactory
{
    public const int WritesPerMinute = 10;
    public const int ChecksPerMinute = 20;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:WritesPerMinute"] = WritesPerMinute.ToString(),
        ["RateLimits:ChecksPerMinute"] = ChecksPerMinute.ToString(),
    };
}

/// <summary>
/// Per-user limits on writes and checks: a burst is cut at the limit with 429, Retry-After and a problem, while other
/// users, reads and health probes are answered. The limits count one-minute windows, so a burst that straddles the
/// turn of a window may get up to twice the limit through; the assertions allow for that and assert no timing.
/// </summary>
public class RateLimitTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    private static readonly object Draft = new { title = "Artificial intelligence readiness training for regulators", description = "Workshops on AI governance." };

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("a minute", problem.GetProperty("detail").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
    }

    [Fact]
    public async Task A_burst_of_300_overlap_checks_from_one_user_meets_429s_while_health_and_another_user_are_answered()
    {
        var member = await api.SignedInAsync("amina.diallo");
        var colleague = await api.SignedInAsync("pierre.martin");
        var probe = api.CreateClient();

        var checks = Enumerable.Range(0, 300).Select(_ => member.PostAsync("/api/overlaps/check", Json.Body(Draft))).ToList();
        var health = Enumerable.Range(0, 10).Select(_ => probe.GetAsync("/health/live")).ToList();
        var answered = await Task.WhenAll(checks);

        Assert.All(await Task.WhenAll(health), h => Assert.Equal(HttpStatusCode.OK, h.StatusCode));
        var accepted = answered.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.InRange(accepted, 1, 2 * RateLimitedApiFactory.ChecksPerMinute);
        foreach (var response in answered.Where(r => r.StatusCode != HttpStatusCode.OK)) await AssertRefusedAsync(response);

        Assert.Equal(HttpStatusCode.OK, (await colleague.PostAsync("/api/overlaps/check", Json.Body(Draft))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/api/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Writes_over_the_limit_are_refused_and_store_nothing_and_leave_the_checks_budget_alone()
    {
        var member = await api.SignedInAsync("li.wei");
        var ids = Enumerable.Range(0, 2 * RateLimitedApiFactory.WritesPerMinute + 5).Select(i => $"act-rate-{Guid.NewGuid():N}"[..21]).ToArray();

        var answered = new List<(string Id, HttpResponseMessage Response)>();
        foreach (var id in ids)
            answered.Add((id, await member.PostAsync("/api/activities", Json.Body(new { id, sector = "BR", kind = "Study", title = $"Spectrum study {id}" }))));

        var refused = answered.Where(a => a.Response.StatusCode != HttpStatusCode.Created).ToList();
        Assert.NotEmpty(refused);
        foreach (var (id, response) in refused)
        {
            await AssertRefusedAsync(response);
            Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/activities/{id}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync("/api/overlaps/check", Json.Body(Draft))).StatusCode);
    }

    [Fact]
    public async Task The_web_forms_are_limited_per_user_too()
    {
        var browser = await api.WebSignedInAsync("sara.haddad");
        var token = await WebSignIn.AntiforgeryTokenAsync(browser);

        var answered = new List<HttpResponseMessage>();
        for (var i = 0; i < 2 * RateLimitedApiFactory.WritesPerMinute + 1; i++) answered.Add(await WebSignIn.PostAsync(browser, "sara.haddad", token));

        Assert.All(answered, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests }));
        var refused = answered.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        await AssertRefusedAsync(refused[0]);
    }

    [Theory]
    [InlineData("POST", "/api/overlaps/check", RateBudget.Checks)]
    [InlineData("POST", "/api/events/check", RateBudget.Checks)]
    [InlineData("POST", "/api/events/free-windows/", RateBudget.Checks)]
    [InlineData("POST", "/api/activities", RateBudget.Writes)]
    [InlineData("PUT", "/api/task-forces/tf-ai", RateBudget.Writes)]
    [InlineData("DELETE", "/api/events/evt-1", RateBudget.Writes)]
    [InlineData("PATCH", "/api/activities/act-1", RateBudget.Writes)]
    [InlineData("POST", "/signin", RateBudget.Writes)]
    [InlineData("GET", "/api/activities", RateBudget.Unlimited)]
    [InlineData("GET", "/alerts/export.csv", RateBudget.Unlimited)]
    [InlineData("GET", "/health/ready", RateBudget.Unlimited)]
    [InlineData("POST", "/_blazor/negotiate", RateBudget.Unlimited)]
    public void Each_request_spends_the_budget_of_what_it_does(string method, string path, RateBudget budget)
    {
        var http = new DefaultHttpContext();
        (http.Request.Method, http.Request.Path) = (method, path);

        Assert.Equal(budget, RateLimiting.BudgetOf(http.Request));
    }

    [Fact]
    public async Task A_negative_limit_stops_the_host_with_a_message_naming_it()
    {
        var factory = new ConfiguredApiFactory(new Dictionary<string, string> { ["RateLimits:ChecksPerMinute"] = "-1" });
        try
        {
            var refused = Assert.Throws<OptionsValidationException>(() => factory.Services);
            Assert.Contains("RateLimits:ChecksPerMinute must be between 0 (no limit) and 1000000.", refused.Message);
        }
        finally { await ((IAsyncLifetime)factory).DisposeAsync(); }
    }
}
