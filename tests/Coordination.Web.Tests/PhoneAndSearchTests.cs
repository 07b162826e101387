using System.Net;
using System.Net.Http.Json;
using Coordination.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>Every page on a phone, an unknown address in a browser, and linking an activity found by its title.</summary>
[Collection(BrowserCollection.Name)]
public class PhoneAndSearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task No_page_is_wider_than_a_phone_screen()
    {
        var user = await browser.SignInAsync("admin", width: 390, height: 844);
        await browser.GoToAsync(user, "/");
        var alertId = await user.Locator("[data-testid=alert-list] [data-alert-id]").First.GetAttributeAsync("data-alert-id");
        Assert.False(string.IsNullOrEmpty(alertId));
        await browser.GoToAsync(user, "/topics");
        var topicPath = await user.Locator("main a[href^='/topics/']").First.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(topicPath));

        string[] paths =
        [
            "/", $"/alerts/{alertId}", "/activities/new", "/activities/act-bdt-ai-skills-policymakers-africa",
            "/activities/act-bdt-ai-skills-policymakers-africa/edit", "/topics", topicPath!, "/calendar", "/calendar?view=timeline",
            "/calendar/events/new", "/charts", "/no-such-page",
        ];
        var overflowing = new List<string>();
        foreach (var path in paths)
        {
            await user.GotoAsync(path);
            await Expect(user.Locator("h1").First).ToBeVisibleAsync();
            if (await BrowserFixture.OverflowAsync(user) is { } overflow) overflowing.Add($"{path}: {overflow}");
        }
        Assert.True(overflowing.Count == 0, "wider than 390 px:" + Environment.NewLine + string.Join(Environment.NewLine, overflowing));
    }

    [Fact]
    public async Task A_browser_at_an_unknown_address_gets_a_page_in_the_layout_not_json()
    {
        var user = await browser.SignInAsync("helena.berg");
        var response = await user.GotoAsync("/no-such-page/at-all");
        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        await Expect(user.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(user.Locator("nav[aria-label] a[href='/topics']")).ToBeVisibleAsync();
        await Expect(user.Locator("body")).Not.ToContainTextAsync("\"status\":");
    }

    [Fact]
    public async Task A_member_links_an_activity_found_by_typing_part_of_its_title()
    {
        var mine = await RegisterAsync("Digital skills curriculum for rural teachers");
        var other = await RegisterAsync("Zanzibar coastal connectivity observatory");
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, $"/activities/{mine}");

        // Part of the title, as a person remembers it; the last word only begun.
        await member.GetByTestId("link-search").PressSequentiallyAsync("zanzibar coastal conn");
        var suggestion = member.GetByTestId("link-suggestion").And(member.Locator($"[data-activity-id='{other}']"));
        await Expect(suggestion).ToBeVisibleAsync();
        await Expect(suggestion).ToContainTextAsync("Zanzibar coastal connectivity observatory");
        await suggestion.DispatchEventAsync("mousedown");
        await Expect(member.GetByTestId("link-chosen")).ToContainTextAsync("Zanzibar coastal connectivity observatory");
        await member.GetByTestId("add-link").ClickAsync();

        await Expect(member.GetByTestId("link").Filter(new() { HasText = "Zanzibar coastal connectivity observatory" })).ToBeVisibleAsync();
        using var client = await browser.Host.SignedInAsync("amina.diallo");
        var links = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/activities/{mine}/links");
        Assert.Contains(links.EnumerateArray(), l => l.GetProperty("otherId").GetString() == other);
    }

    private async Task<string> RegisterAsync(string title)
    {
        using var client = await browser.Host.SignedInAsync("amina.diallo");
        var response = await client.PostAsJsonAsync("/api/activities", new
        {
            sector = "BDT", kind = "Study", title, language = "en", description = "A registration for the link search test.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
    }
}
