using Microsoft.Playwright;

namespace Coordination.Web.Tests.Infrastructure;

/// <summary>
/// The built host on a fresh data folder with its demo data, as the README starts it, and one headless Chromium.
/// Each test opens its own browser contexts (one per signed-in user), like people on separate machines.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium, which .ci/run installs; COORDINATION_CHROMIUM points elsewhere.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("COORDINATION_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("coordination-web-").FullName;
    private IPlaywright? _playwright;

    public SiloProcess Host { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: install Debian's 'chromium' package (.ci/run does) or set COORDINATION_CHROMIUM.");
        Host = await SiloProcess.StartAsync(_dataDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No background traffic: the machines this runs on have no network beyond the package registries.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// A new browser context signed in through the sign-in page, on an interactive dashboard; <paramref name="prepare"/>
    /// sees the context before its first page opens.
    /// </summary>
    public async Task<IPage> SignInAsync(string user, int width = 1440, int height = 900, Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Host.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(20_000);
        if (prepare is not null) await prepare(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.Locator($"input[name=user][value='{user}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    /// <summary>Prerendered HTML arrives before the page's live connection; clicks only work once it is up.</summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("main[data-interactive=true]").WaitForAsync();

    public async Task GoToAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync(page);
    }

    /// <summary>Screenshots go to the test output, or to SCREENSHOTS_DIR (docs/screenshots refreshes the README's).</summary>
    /// <summary>Null when the page is no wider than the window; else how wide, and the outermost elements that stick out.</summary>
    public static async Task<string?> OverflowAsync(IPage page) =>
        await page.EvaluateAsync<string?>("""
            () => {
              const width = window.innerWidth, scrollWidth = document.documentElement.scrollWidth;
              if (scrollWidth <= width) return null;
              const out = e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 1 || r.left < -1); };
              const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + (e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : '') + ` (${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)})`;
              const scrolled = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
              const culprits = [...document.querySelectorAll('body *')].filter(e => out(e) && !(e.parentElement && out(e.parentElement)) && getComputedStyle(e).position !== 'absolute' && !scrolled(e));
              return `scrollWidth ${scrollWidth}: ` + culprits.slice(0, 6).map(describe).join(', ');
            }
            """);

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } target ? target : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = false });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { /* the killed host may still hold a file for a moment */ }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
