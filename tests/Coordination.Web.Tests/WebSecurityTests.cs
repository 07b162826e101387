using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>The pages work under the host's content security policy, and the Sign out button signs out.</summary>
[Collection(BrowserCollection.Name)]
public class WebSecurityTests(BrowserFixture browser)
{
    /// <summary>Runs in every page before its own scripts; the report survives navigations because it lands in the test.</summary>
    private const string ReportViolations =
        "document.addEventListener('securitypolicyviolation', e => window.reportViolation(`${e.violatedDirective} blocked ${e.blockedURI} on ${location.pathname} (${e.sourceFile}:${e.lineNumber})`));";

    [Fact]
    public async Task The_pages_and_the_Orleans_dashboard_run_under_the_content_security_policy_without_a_violation()
    {
        var violations = new List<string>();
        var admin = await browser.SignInAsync("admin", prepare: async context =>
        {
            await context.ExposeFunctionAsync("reportViolation", (string violation) => { lock (violations) violations.Add(violation); });
            await context.AddInitScriptAsync(ReportViolations);
        });
        admin.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(message.Text);
        };

        foreach (var path in new[] { "/", "/activities/new", "/topics", "/calendar/AFR?month=2027-03", "/charts", "/calendar/AFR?month=2027-03&view=timeline" })
        {
            var response = await admin.GotoAsync(path);
            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy"));
            // Interactive means the circuit's WebSocket connected under connect-src.
            await BrowserFixture.WaitUntilInteractiveAsync(admin);
        }
        // The timeline places its bars with style attributes.
        await Expect(admin.GetByTestId("timeline-view")).ToBeVisibleAsync();

        // An alert's page, reached from the dashboard's list.
        await browser.GoToAsync(admin, "/");
        await admin.Locator("[data-testid=alert-list] tbody tr a").First.ClickAsync();
        await admin.WaitForURLAsync(url => url.Contains("/alerts/", StringComparison.Ordinal));
        await BrowserFixture.WaitUntilInteractiveAsync(admin);

        await admin.GotoAsync("/dashboard/");
        await Expect(admin.Locator("#menu a").First).ToBeVisibleAsync();

        lock (violations) Assert.Empty(violations);
    }

    [Fact]
    public async Task The_Sign_out_button_signs_out()
    {
        var member = await browser.SignInAsync("pierre.martin");

        await member.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await member.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await member.GotoAsync("/charts");

        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Contains("/signin?ReturnUrl=%2Fcharts", member.Url);
    }
}
