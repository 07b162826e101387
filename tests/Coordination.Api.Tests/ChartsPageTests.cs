using System.Net;
using System.Text.RegularExpressions;
using Coordination.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Coordination.Api.Tests;

/// <summary>The charts page, rendered on the server for a browser signed in with the web cookie.</summary>
[Collection(ApiCollection.Name)]
public class ChartsPageTests(ApiFactory api)
{
    private static object Activity(string id, string sector, string marker) => new
    {
        id, sector, kind = "Study",
        title = $"Satellite spectrum for rural connectivity {marker}",
        description = $"Spectrum planning for satellite broadband in rural areas {marker}.",
        keywords = new[] { "satellite", marker },
        regions = new[] { "ASP" },
    };

    [Fact]
    public async Task A_signed_in_coordinator_gets_the_charts_with_the_sector_heatmap_counting_a_new_overlap()
    {
        var marker = Overlapping.Marker();
        var admin = await api.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-br", "BR", marker)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/activities", Json.Body(Activity($"act-{marker}-gs", "GS", marker)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/alerts/act-{marker}-br~act-{marker}-gs")).StatusCode);
        var browser = await api.WebSignedInAsync("helena.berg");

        var response = await browser.GetAsync("/charts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var heatmap = Regex.Match(html, "<table[^>]*data-testid=\"sector-heatmap\"[^>]*>.*?</table>", RegexOptions.Singleline).Value;
        Assert.NotEmpty(heatmap);
        foreach (var sector in new[] { "BR", "TSB", "BDT", "GS" })
        {
            Assert.Contains($"<th scope=\"col\">{sector}</th>", heatmap);
            Assert.Contains($"<th scope=\"row\">{sector}</th>", heatmap);
        }
        var brGs = int.Parse(Regex.Match(heatmap, "title=\"BR and GS: (\\d+)\"").Groups[1].Value);
        Assert.True(brGs >= 1, $"BR and GS: {brGs}");
        Assert.Contains($"title=\"GS and BR: {brGs}\"", heatmap);
        Assert.Contains("href=\"/alerts/export.csv?route=MCG&amp;status=\"", html);
        Assert.Contains("aria-labelledby=\"weeks-title weeks-desc\"", html);
        Assert.Contains("data-testid=\"signed-in-as\">Helena Berg<", html);
    }

    [Fact]
    public async Task In_Arabic_the_charts_name_the_sectors_in_Arabic_and_the_weeks_run_from_right_to_left()
    {
        var browser = await api.WebSignedInAsync("helena.berg");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/charts");
        request.Headers.AcceptLanguage.ParseAdd("ar");

        var html = WebUtility.HtmlDecode(await (await browser.SendAsync(request)).Content.ReadAsStringAsync());

        var heatmap = Regex.Match(html, "<table[^>]*data-testid=\"sector-heatmap\"[^>]*>.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<th scope=\"col\">مكتب تنمية الاتصالات</th>", heatmap);
        Assert.DoesNotContain(">BDT<", heatmap);
        Assert.Contains("<h2 id=\"heatmap-heading\">الازدواجية بين القطاعات</h2>", html);
        // The y axis stands on the right (720 − 44), its tick labels after it in reading order.
        Assert.Contains("<line class=\"axis\" x1=\"676\" x2=\"676\"", html);
        Assert.Contains("x=\"682\" y=\"220\" text-anchor=\"end\">0</text>", html);
        Assert.DoesNotContain("Week starting", html);
    }
}
