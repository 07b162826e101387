using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>
/// Handing an alert to someone: a coordinator chooses a colleague by name, and the colleague finds it under
/// "Assigned to me"; on a phone, the dashboard and the alert page fit the screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AlertAssignmentTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_assigns_an_alert_by_name_and_the_assignee_finds_it_under_assigned_to_me()
    {
        var coordinator = await browser.SignInAsync("helena.berg");
        await coordinator.Locator("#route").SelectOptionAsync("MCG");
        var first = coordinator.Locator("[data-testid=alert-list] tbody tr").First;
        await Expect(first).ToBeVisibleAsync();
        var alertId = await first.GetAttributeAsync("data-alert-id");
        Assert.False(string.IsNullOrEmpty(alertId));
        // That row by its id: alerts arriving live may reorder the list.
        var row = coordinator.Locator($"[data-testid=alert-list] tbody tr[data-alert-id='{alertId}']");
        await Expect(row.GetByTestId("owner")).Not.ToBeEmptyAsync();

        // The picker lists people by name, role and scope; nobody's id is typed.
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(coordinator);
        var picker = coordinator.GetByTestId("assignee");
        await Expect(picker.Locator("option", new() { HasText = "Amina Diallo" })).ToContainTextAsync("Task-force member");
        await picker.SelectOptionAsync(new SelectOptionValue { Label = "Kwame Mensah — Coordinator" });
        await coordinator.GetByTestId("assign").ClickAsync();
        await Expect(coordinator.GetByTestId("action-message")).ToHaveTextAsync("Assigned to Kwame Mensah.");
        await Expect(coordinator.GetByTestId("assigned-to")).ToContainTextAsync("Kwame Mensah");
        await Expect(picker).ToHaveValueAsync("kwame.mensah");
        await Expect(coordinator.GetByTestId("audit-trail").Locator("tr", new() { HasText = "assigned" })).ToContainTextAsync("Kwame Mensah");

        // Kwame's dashboard, narrowed to his alerts, lists it with his name; the view is an address he can bookmark.
        var assignee = await browser.SignInAsync("kwame.mensah");
        await Expect(assignee.Locator("#route")).ToHaveValueAsync("MCG");
        await assignee.GetByTestId("assigned-to-me").ClickAsync();
        await assignee.WaitForURLAsync(url => url.Contains("assignee=me", StringComparison.Ordinal));
        var mine = assignee.Locator($"[data-testid=alert-list] tbody tr[data-alert-id='{alertId}']");
        await Expect(mine).ToBeVisibleAsync();
        await Expect(mine.GetByTestId("assignee")).ToHaveTextAsync("Kwame Mensah");
        var rows = assignee.Locator("[data-testid=alert-list] tbody tr");
        foreach (var other in await rows.AllAsync()) await Expect(other.GetByTestId("assignee")).ToHaveTextAsync("Kwame Mensah");

        await browser.GoToAsync(assignee, "/?assignee=me");
        await Expect(assignee.Locator($"[data-testid=alert-list] tbody tr[data-alert-id='{alertId}']")).ToBeVisibleAsync();
        await assignee.GetByTestId("view-all").ClickAsync();
        await assignee.WaitForURLAsync(url => !url.Contains("assignee=me", StringComparison.Ordinal));
        await Expect(assignee.GetByTestId("assigned-to-me")).Not.ToHaveAttributeAsync("aria-current", "page");

        // Someone else's "Assigned to me" does not list it.
        await browser.GoToAsync(coordinator, "/dashboard/MCG?assignee=me");
        await Expect(coordinator.GetByTestId("alert-total")).ToBeVisibleAsync();
        await Expect(coordinator.Locator($"[data-testid=alert-list] tbody tr[data-alert-id='{alertId}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_phone_the_dashboard_and_an_alert_page_are_no_wider_than_the_screen()
    {
        var coordinator = await browser.SignInAsync("helena.berg", width: 390, height: 844);
        var row = coordinator.Locator("[data-testid=alert-list] tbody tr").First;
        await Expect(row).ToBeVisibleAsync();
        await AssertFitsAsync(coordinator, "dashboard");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(coordinator);
        await Expect(coordinator.GetByTestId("evidence")).ToBeVisibleAsync();
        await AssertFitsAsync(coordinator, "alert page");
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{what}: the page is {widths[0]}px wide on a {widths[1]}px screen");
    }
}
