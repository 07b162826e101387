using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;
using static Coordination.Api.Tests.Infrastructure.Overlapping;

namespace Coordination.Api.Tests;

[Collection(ApiCollection.Name)]
public class OverlapApiTests(ApiFactory api)
{
    [Fact]
    public async Task Check_before_launch_ranks_and_explains_existing_overlaps_and_stores_nothing()
    {
        var marker = Marker();
        var tsb = await api.SignedInAsync("pierre.martin");
        Assert.Equal(HttpStatusCode.Created, (await tsb.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-tsb", "TSB", marker)))).StatusCode);
        var bdt = await api.SignedInAsync("amina.diallo");

        var response = await bdt.PostAsync("/api/overlaps/check", Json.Body(Activity($"act-{marker}-draft", "BDT", marker)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = (await response.ReadAsync()).GetProperty("matches").EnumerateArray().First();
        Assert.Equal($"act-{marker}-tsb", match.GetProperty("activityId").GetString());
        var explanation = match.GetProperty("explanation");
        Assert.True(explanation.GetProperty("crossSector").GetBoolean());
        Assert.Contains(explanation.GetProperty("sharedTerms").EnumerateArray(), t => t.GetProperty("term").GetString() == marker);
        Assert.Contains(explanation.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("kind").GetString() == "shared-countries");
        Assert.Equal(HttpStatusCode.NotFound, (await bdt.GetAsync($"/api/activities/act-{marker}-draft")).StatusCode);
    }

    [Fact]
    public async Task A_draft_without_text_cannot_be_checked()
    {
        var client = await api.SignedInAsync("amina.diallo");

        var problem = await (await client.PostAsync("/api/overlaps/check", Json.Body(new { sector = "BDT" }))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task A_coordinator_sees_the_alert_on_the_MCG_dashboard_and_resolves_it()
    {
        var marker = Marker();
        var tsb = await api.SignedInAsync("pierre.martin");
        var bdt = await api.SignedInAsync("amina.diallo");
        await tsb.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-a", "TSB", marker)));
        await bdt.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-b", "BDT", marker)));
        var alertId = $"act-{marker}-a~act-{marker}-b";
        var coordinator = await api.SignedInAsync("helena.berg");

        var open = await (await coordinator.GetAsync("/api/alerts?route=MCG&status=Open&limit=500")).ReadAsync();
        Assert.Contains(open.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
        var director = await (await coordinator.GetAsync("/api/alerts?route=RD:AFR&limit=500")).ReadAsync();
        Assert.Contains(director.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);

        await (await bdt.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "NotDuplicate", reason = "x" })))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        var withoutReason = await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "NotDuplicate" }));
        Assert.True((await withoutReason.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("reason", out _));
        await (await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "Postpone" })))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var resolved = await coordinator.PostAsync($"/api/alerts/{alertId}/resolution", Json.Body(new { resolution = "NotDuplicate", reason = "Different audiences" }));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var alert = await (await coordinator.GetAsync($"/api/alerts/{alertId}")).ReadAsync();
        Assert.Equal("Resolved", alert.GetProperty("status").GetString());
        Assert.Equal("helena.berg", alert.GetProperty("resolvedBy").GetString());
        var stillOpen = await (await coordinator.GetAsync("/api/alerts?route=MCG&status=Open&limit=500")).ReadAsync();
        Assert.DoesNotContain(stillOpen.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == alertId);
    }

    [Theory]
    [InlineData("/api/alerts?route=BOARD")]
    [InlineData("/api/alerts?route=RD:MARS")]
    [InlineData("/api/alerts?status=Pending")]
    [InlineData("/api/alerts?severity=Critical")]
    public async Task Unknown_alert_filters_are_refused(string path)
    {
        var client = await api.SignedInAsync("helena.berg");

        await (await client.GetAsync(path)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_coordinators_start_a_rescan_and_anyone_can_follow_it()
    {
        var member = await api.SignedInAsync("li.wei");
        await (await member.PostAsync("/api/overlaps/rescan", null)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var coordinator = await api.SignedInAsync("kwame.mensah");
        var started = await coordinator.PostAsync("/api/overlaps/rescan", null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("/api/overlaps/rescan", started.Headers.Location?.OriginalString);
        var progress = await (await member.GetAsync("/api/overlaps/rescan")).ReadAsync();
        Assert.Equal(JsonValueKind.Number, progress.GetProperty("total").ValueKind);
    }
}

public class CrossLanguageOverlapTests(DemoDataApiFactory api) : IClassFixture<DemoDataApiFactory>
{
    [Fact]
    public async Task A_french_draft_of_english_work_is_found_with_the_words_that_bridge_them()
    {
        var client = await api.SignedInAsync("amina.diallo");

        var response = await client.PostAsync("/api/overlaps/check", Json.Body(new
        {
            sector = "BDT",
            language = "fr",
            title = "Formation à la préparation à l'IA (AI readiness) pour les fonctionnaires en Afrique",
            description = "Sessions de formation pour les décideurs et les régulateurs des gouvernements africains sur l'évaluation de la préparation nationale, avec des modules sur les normes et l'intelligence artificielle digne de confiance.",
            regions = new[] { "AFR" },
            countries = new[] { "KE", "NG" },
            topics = new[] { "ai" },
        }));

        var matches = (await response.ReadAsync()).GetProperty("matches").EnumerateArray().ToArray();
        Assert.True(matches.Any(m => m.GetProperty("activityId").GetString() == "act-tsb-ai-readiness-training-africa"),
            string.Join("; ", matches.Select(m => $"{m.GetProperty("activityId").GetString()} {m.GetProperty("score").GetDouble()}")));
        var match = matches.Single(m => m.GetProperty("activityId").GetString() == "act-tsb-ai-readiness-training-africa");
        Assert.True(match.GetProperty("raisesAlert").GetBoolean());
        var words = match.GetProperty("explanation").GetProperty("sharedTerms").EnumerateArray().Select(t => t.GetProperty("words").GetString()).ToArray();
        Assert.Contains(words, w => w!.Contains('↔'));
    }

    [Fact]
    public async Task Readiness_reports_the_lexicons_loaded()
    {
        var health = await (await api.CreateClient().GetAsync("/health/ready")).ReadAsync();

        var lexicons = health.GetProperty("checks").GetProperty("lexicons");
        Assert.Equal("Healthy", lexicons.GetProperty("status").GetString());
        Assert.Equal(["ar", "es", "fr", "ru", "zh"], lexicons.GetProperty("data").GetProperty("loaded").EnumerateArray().Select(l => l.GetString()));
    }
}

/// <summary>A host whose lexicon folder is missing: same-language detection only.</summary>
public sealed class NoLexiconApiFactory : ApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Overlaps:Lexicons"] = Path.Combine(Path.GetTempPath(), $"no-lexicons-{Guid.NewGuid():N}"),
    };
}

public class NoLexiconTests(NoLexiconApiFactory api) : IClassFixture<NoLexiconApiFactory>
{
    [Fact]
    public async Task The_host_runs_without_lexicons_says_so_and_still_matches_within_a_language()
    {
        var health = await api.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var lexicons = (await health.ReadAsync()).GetProperty("checks").GetProperty("lexicons");
        Assert.Equal("Degraded", lexicons.GetProperty("status").GetString());
        Assert.Equal(5, lexicons.GetProperty("data").GetProperty("missing").GetArrayLength());

        var marker = Marker();
        var french = new
        {
            sector = "TSB", kind = "Workshop", language = "fr", regions = new[] { "AFR" },
            title = $"Atelier sur la normalisation de l'Internet des objets {marker}",
            description = "Atelier destiné aux régulateurs sur les Recommandations relatives à l'Internet des objets.",
        };
        var tsb = await api.SignedInAsync("pierre.martin");
        Assert.Equal(HttpStatusCode.Created, (await tsb.PostAsync("/api/activities", Json.Body(french))).StatusCode);
        var bdt = await api.SignedInAsync("amina.diallo");
        var check = await bdt.PostAsync("/api/overlaps/check", Json.Body(french with { sector = "BDT" }));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains((await check.ReadAsync()).GetProperty("matches").EnumerateArray(), m => m.GetProperty("title").GetString()!.Contains(marker));
    }
}
