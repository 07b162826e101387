using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>
/// The path an overlap takes through the platform, in a real browser: a task-force member registers an activity
/// another sector already runs and is warned while typing; a coordinator, on another machine, sees the alert arrive
/// without reloading, and decides it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AlertTriageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_registered_overlap_reaches_the_coordinator_live_and_leaves_the_open_list_once_decided()
    {
        // The coordinator watches the MCG's open alerts, newest first.
        var coordinator = await browser.SignInAsync("helena.berg");
        await coordinator.Locator("#route").SelectOptionAsync("MCG");
        await coordinator.Locator("#order").SelectOptionAsync("Newest");

        // A BDT task-force member drafts what TSB's Study Group 13 already studies, and is told while typing.
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, "/activities/new");
        var title = $"Machine learning in future networks: architecture and data handling framework for BDT pilots {Guid.NewGuid():N}"[..104];
        await member.Locator("#kind").SelectOptionAsync("Study");
        await member.Locator("#title").FillAsync(title);
        await member.Locator("#description").FillAsync(
            "How machine learning functions are placed in IMT-2020 and future networks, and how training data is collected, labelled and shared between network domains.");
        var warning = member.Locator("[data-testid=overlap-result]", new() { HasText = "Machine Learning in Future Networks" });
        await Expect(warning.First).ToBeVisibleAsync();
        await Expect(member.Locator("[data-testid=overlap-results]")).ToContainTextAsync("TSB");
        await member.GetByTestId("save").ClickAsync();
        await member.WaitForURLAsync(url => !url.EndsWith("/activities/new", StringComparison.Ordinal));

        // The alert appears on the coordinator's dashboard without a reload.
        var row = coordinator.Locator("[data-testid=alert-list] tbody tr", new() { HasText = title });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToHaveClassAsync("fresh");
        await BrowserFixture.ScreenshotAsync(coordinator, "dashboard");

        // Filters run on the server: the TSB and BDT pair keeps it, the TSB and GS pair does not.
        await coordinator.Locator("#sector-a").SelectOptionAsync("TSB");
        await coordinator.Locator("#sector-b").SelectOptionAsync("GS");
        await Expect(row).ToHaveCountAsync(0);
        await coordinator.Locator("#sector-b").SelectOptionAsync("BDT");
        await Expect(row).ToBeVisibleAsync();

        // Opened, it shows both sides and why; decided as not a duplicate, with the reason.
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(coordinator);
        await Expect(coordinator.Locator("main mark").First).ToBeVisibleAsync();
        await Expect(coordinator.GetByTestId("evidence")).ToContainTextAsync("cross-sector: TSB / BDT");
        await BrowserFixture.ScreenshotAsync(coordinator, "alert-detail");
        await coordinator.GetByTestId("resolve").ClickAsync();
        await coordinator.GetByTestId("resolution-not-duplicate").CheckAsync();
        await coordinator.GetByTestId("resolve").ClickAsync();
        await Expect(coordinator.GetByTestId("action-message")).ToContainTextAsync("reason is required");
        await coordinator.GetByTestId("reason").FillAsync("BDT pilots apply the Recommendations in member states; SG13 writes them.");
        await coordinator.GetByTestId("resolve").ClickAsync();
        await Expect(coordinator.GetByTestId("alert-state")).ToHaveTextAsync("Resolved: Not a duplicate");
        var trail = coordinator.GetByTestId("audit-trail");
        await Expect(trail.Locator("tr", new() { HasText = "resolved" })).ToContainTextAsync("helena.berg");
        await Expect(trail.Locator("tr", new() { HasText = "resolved" })).ToContainTextAsync("BDT pilots apply the Recommendations");

        // Back on the dashboard, the open list no longer holds it.
        await browser.GoToAsync(coordinator, "/");
        await coordinator.Locator("#order").SelectOptionAsync("Newest");
        await Expect(coordinator.GetByTestId("alert-list")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("[data-testid=alert-list] tbody tr", new() { HasText = title })).ToHaveCountAsync(0);
        await coordinator.Locator("#status").SelectOptionAsync("Resolved");
        await Expect(coordinator.Locator("[data-testid=alert-list] tbody tr", new() { HasText = title })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_regional_director_sees_why_a_cross_sector_alert_is_not_theirs_to_decide()
    {
        var director = await browser.SignInAsync("director.afr");
        // A director opens on the region's dashboard; AFR's demo clashes involve several sectors.
        await Expect(director.Locator("#route")).ToHaveValueAsync("RD:AFR");
        var first = director.Locator("[data-testid=alert-list] tbody tr").First;
        await Expect(first).ToBeVisibleAsync();
        await first.GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(director);
        await Expect(director.GetByTestId("cannot-decide")).ToContainTextAsync("only coordinators can resolve it");
        await Expect(director.GetByTestId("resolve")).ToHaveCountAsync(0);
    }
}
