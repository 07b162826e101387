using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>The alert dashboard and an alert's page, rendered on the server in the reader's language.</summary>
[Collection(ApiCollection.Name)]
public class AlertPageTests(ApiFactory api)
{
    private static object Activity(string id, string sector, string marker) => new
    {
        id, sector, kind = "Study",
        title = $"Satellite spectrum for rural connectivity {marker}",
        description = $"Spectrum planning for satellite broadband in rural areas {marker}.",
        keywords = new[] { "satellite", marker },
        regions = new[] { "ASP" },
    };

    private static async Task<string> PageAsync(HttpClient browser, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_French_the_dashboard_names_statuses_severities_and_regions()
    {
        var browser = await api.WebSignedInAsync("helena.berg");

        var html = await PageAsync(browser, "/", "fr");

        Assert.Contains("<h1>Alertes de double emploi</h1>", html);
        Assert.Contains(">Ouverte</option>", html);
        Assert.Contains("<option value=\"High\">Élevée</option>", html);
        Assert.Contains("<option value=\"AFR\">Afrique</option>", html);
        Assert.Contains("<option value=\"activity-overlap\">Chevauchement d'activités</option>", html);
        Assert.DoesNotContain(">Open</option>", html);
    }

    [Fact]
    public async Task An_alert_shows_its_evidence_and_sectors_by_name_in_the_readers_language()
    {
        var marker = Overlapping.Marker();
        var admin = await api.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-br", "BR", marker)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-gs", "GS", marker)))).StatusCode);
        var id = $"act-{marker}-br~act-{marker}-gs";
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/alerts/{id}")).StatusCode);
        var browser = await api.WebSignedInAsync("helena.berg");

        var english = await PageAsync(browser, $"/alerts/{id}", "en");
        var french = await PageAsync(browser, $"/alerts/{id}", "fr");
        var chinese = await PageAsync(browser, $"/alerts/{id}", "zh");

        Assert.Contains("cross-sector: BR / GS", english);
        Assert.Contains("<td data-label=\"Evidence\">Sectors</td>", english);
        Assert.Contains("entre Secteurs : BR / SG", french);
        Assert.Contains("<h2 id=\"evidence-heading\">Pourquoi elle a été signalée</h2>", french);
        Assert.Contains("data-testid=\"alert-state\">Ouverte</span>", french);
        Assert.Contains("跨部门：无线电通信局 / 总秘书处", chinese);
        Assert.Contains("<h2 id=\"trail-heading\">审计记录</h2>", chinese);
        // The trail names what happened, not its code.
        Assert.Contains("<td>系统</td><td>提出</td>", chinese);
    }
}
