// Long because editing and withdrawing are each tested alone and against a change saved by someone else meanwhile.
using System.Net;
using System.Net.Http.Json;
using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>
/// A task-force member edits and withdraws her sector's activities from their page, on the version she opened: what
/// someone else saved in between is named and can be reloaded, never overwritten unseen.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ActivityEditingTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_member_edits_her_activity_from_its_page_and_saves()
    {
        var id = await RegisterAsync("amina.diallo", "Community network toolkit for rural schools");
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, $"/activities/{id}");

        await member.GetByTestId("edit").ClickAsync();
        await member.WaitForURLAsync($"**/activities/{id}/edit");
        await BrowserFixture.WaitUntilInteractiveAsync(member);
        await Expect(member.Locator("#title")).ToHaveValueAsync("Community network toolkit for rural schools");
        await Expect(member.Locator("#kind")).ToHaveValueAsync("Publication");

        await member.Locator("#title").FillAsync("Community network toolkit for rural schools, second edition");
        await member.Locator("#status").SelectOptionAsync("Ongoing");
        await member.GetByTestId("save").ClickAsync();

        await member.WaitForURLAsync(url => url.EndsWith($"/activities/{id}", StringComparison.Ordinal));
        await Expect(member.GetByTestId("activity-title")).ToHaveTextAsync("Community network toolkit for rural schools, second edition");
        var stored = await ReadAsync(id);
        Assert.Equal("Ongoing", stored.GetProperty("status").GetString());
        Assert.Equal(2, stored.GetProperty("audit").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_change_saved_by_someone_else_meanwhile_is_shown_and_reloaded_not_overwritten()
    {
        var id = await RegisterAsync("amina.diallo", "Broadband mapping handbook for island states");
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, $"/activities/{id}/edit");
        await Expect(member.Locator("#title")).ToHaveValueAsync("Broadband mapping handbook for island states");

        // A colleague of the same sector saves first, through the API.
        await UpdateAsync("carlos.rivera", id, "Broadband mapping handbook for small island developing states", expectedVersion: 1);

        await member.Locator("#description").FillAsync("My description, typed on the old version.");
        await member.GetByTestId("save").ClickAsync();

        var conflict = member.GetByTestId("edit-conflict");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync("changed by carlos.rivera since you opened it");
        await Expect(conflict).ToBeFocusedAsync();
        Assert.Equal("Broadband mapping handbook for small island developing states", (await ReadAsync(id)).GetProperty("title").GetString());

        await conflict.GetByTestId("reload").ClickAsync();
        await Expect(conflict).ToBeHiddenAsync();
        await Expect(member.Locator("#title")).ToHaveValueAsync("Broadband mapping handbook for small island developing states");
        await Expect(member.GetByTestId("editing-version")).ToContainTextAsync("version 2");

        await member.Locator("#description").FillAsync("Typed again on the current version.");
        await member.GetByTestId("save").ClickAsync();
        await member.WaitForURLAsync(url => url.EndsWith($"/activities/{id}", StringComparison.Ordinal));
        var stored = await ReadAsync(id);
        Assert.Equal(3, stored.GetProperty("audit").GetProperty("version").GetInt32());
        Assert.Equal("Broadband mapping handbook for small island developing states", stored.GetProperty("title").GetString());
        Assert.Equal("Typed again on the current version.", stored.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_member_withdraws_her_activity_after_confirming()
    {
        var id = await RegisterAsync("amina.diallo", "Digital skills bootcamp for customs officers");
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, $"/activities/{id}");

        await member.GetByTestId("withdraw").ClickAsync();
        var confirm = member.GetByTestId("withdraw-confirm");
        await Expect(confirm).ToContainTextAsync("Digital skills bootcamp for customs officers");
        await Expect(confirm.GetByTestId("withdraw-confirmed")).ToBeFocusedAsync();
        await confirm.GetByTestId("withdraw-cancel").ClickAsync();
        await Expect(confirm).ToBeHiddenAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(id)).StatusCode);

        await member.GetByTestId("withdraw").ClickAsync();
        await member.GetByTestId("withdraw-confirmed").ClickAsync();
        await Expect(member.GetByTestId("withdrawn")).ToContainTextAsync("Digital skills bootcamp for customs officers");
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(id)).StatusCode);
    }

    [Fact]
    public async Task Withdrawing_a_version_changed_meanwhile_withdraws_nothing_and_names_the_change()
    {
        var id = await RegisterAsync("amina.diallo", "Spectrum pricing study for West Africa");
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, $"/activities/{id}");
        await member.GetByTestId("withdraw").ClickAsync();

        await UpdateAsync("carlos.rivera", id, "Spectrum pricing study for West and Central Africa", expectedVersion: 1);
        await member.GetByTestId("withdraw-confirmed").ClickAsync();

        var refused = member.GetByTestId("withdraw-refused");
        await Expect(refused).ToContainTextAsync("Changed by carlos.rivera");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(id)).StatusCode);
        await refused.GetByTestId("reload").ClickAsync();
        await Expect(member.GetByTestId("activity-title")).ToHaveTextAsync("Spectrum pricing study for West and Central Africa");
    }

    [Theory]
    [InlineData("pierre.martin")] // TSB: another sector's activity
    [InlineData("helena.berg")] // a coordinator follows activities, does not change them
    public async Task Only_those_who_may_change_the_activity_see_edit_and_withdraw(string reader)
    {
        var id = await RegisterAsync("amina.diallo", $"Open data portal training {reader}");
        var page = await browser.SignInAsync(reader);
        await browser.GoToAsync(page, $"/activities/{id}");
        await Expect(page.GetByTestId("activity-title")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("edit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("withdraw")).ToHaveCountAsync(0);

        await browser.GoToAsync(page, $"/activities/{id}/edit");
        await Expect(page.GetByTestId("edit-refused")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task After_a_failed_save_focus_is_on_the_first_invalid_field_and_its_error_goes_once_corrected()
    {
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, "/activities/new");
        await member.Locator("#title").FillAsync("Regional workshop on numbering plans");
        await member.Locator("#start").FillAsync("2027-05-10");
        await member.Locator("#end").FillAsync("2027-05-01");
        await member.GetByTestId("save").ClickAsync();

        await Expect(member.GetByTestId("error-kind")).ToBeVisibleAsync();
        await Expect(member.GetByTestId("error-endDate")).ToBeVisibleAsync();
        await Expect(member.Locator("#kind")).ToBeFocusedAsync();

        await member.Locator("#kind").SelectOptionAsync("Workshop");
        await Expect(member.GetByTestId("error-kind")).ToHaveCountAsync(0);
        await Expect(member.Locator("#kind")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(member.GetByTestId("error-endDate")).ToBeVisibleAsync();

        await member.Locator("#end").FillAsync("2027-05-12");
        await member.Locator("#end").BlurAsync();
        await Expect(member.GetByTestId("error-endDate")).ToHaveCountAsync(0);
        await Expect(member.GetByTestId("save-errors")).ToHaveCountAsync(0);
    }

    private async Task<string> RegisterAsync(string user, string title)
    {
        using var client = await browser.Host.SignedInAsync(user);
        var response = await client.PostAsJsonAsync("/api/activities", new
        {
            sector = "BDT", kind = "Publication", title, language = "en",
            description = "A registration for the editing tests.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task UpdateAsync(string user, string id, string title, int expectedVersion)
    {
        using var client = await browser.Host.SignedInAsync(user);
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/activities/{id}")
        {
            Content = JsonContent.Create(new { sector = "BDT", kind = "Publication", title, language = "en", description = "A registration for the editing tests." }),
        };
        update.Headers.IfMatch.ParseAdd($"\"{expectedVersion}\"");
        var response = await client.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string id)
    {
        using var client = await browser.Host.SignedInAsync("helena.berg");
        return await client.GetAsync($"/api/activities/{id}");
    }

    private async Task<System.Text.Json.JsonElement> ReadAsync(string id)
    {
        var response = await GetAsync(id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }
}
