using Coordination.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coordination.Web.Tests;

/// <summary>Work registered in English is found from a draft in another UN language, and the alert says which words bridge them.</summary>
[Collection(BrowserCollection.Name)]
public class CrossLanguageTests(BrowserFixture browser)
{
    private const string EnglishWork = "AI Readiness Training for Government Officials in Africa";

    [Theory]
    [InlineData("fr", EnglishWork, "Formation à la préparation à l'IA (AI readiness) pour les fonctionnaires en Afrique",
        "Sessions de formation pour les décideurs et les régulateurs des gouvernements africains sur l'évaluation de la préparation nationale.", "KE, NG")]
    [InlineData("zh", EnglishWork, "非洲政府官员人工智能就绪培训",
        "为非洲政府决策者和监管机构举办的培训课程，内容是评估国家人工智能就绪程度，包括人工智能标准、可信人工智能和数据基础设施等模块。", "KE, NG")]
    public async Task A_draft_in_another_language_of_registered_english_work_is_warned_while_typing(string language, string english, string title, string description, string countries)
    {
        var member = await browser.SignInAsync("amina.diallo");
        await browser.GoToAsync(member, "/activities/new");
        await member.Locator("#language").SelectOptionAsync(language);
        await member.Locator("#kind").SelectOptionAsync("CapacityBuilding");
        await member.Locator("#countries").FillAsync(countries);
        await member.Locator("#countries").BlurAsync();
        await member.Locator("#title").FillAsync(title);
        await member.Locator("#description").FillAsync(description);

        var warning = member.Locator("[data-testid=overlap-result]", new() { HasText = english });
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning.GetByTestId("bridges")).ToContainTextAsync("↔");
        await BrowserFixture.ScreenshotAsync(member, $"cross-language-{language}");
    }

    [Fact]
    public async Task The_alert_between_a_french_and_an_english_activity_shows_the_bridging_words()
    {
        var coordinator = await browser.SignInAsync("helena.berg");
        var row = coordinator.Locator("[data-testid=alert-list] tbody tr", new() { HasText = "Formation à la préparation à l'intelligence artificielle" });
        await row.First.GetByRole(AriaRole.Link).ClickAsync();
        await BrowserFixture.WaitUntilInteractiveAsync(coordinator);

        await Expect(coordinator.GetByTestId("evidence")).ToContainTextAsync("across languages");
        await Expect(coordinator.GetByTestId("shared-term").Filter(new() { HasText = "↔" }).First).ToBeVisibleAsync();
        await Expect(coordinator.Locator("main mark").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(coordinator, "cross-language-alert");
    }
}
