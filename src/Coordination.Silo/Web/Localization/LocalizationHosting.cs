using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace Coordination.Silo.Web.Localization;

/// <summary>
/// The language of every page and problem detail: the user's choice (the standard culture cookie, set by the language
/// links in the header), else the browser's Accept-Language, else English. Resources live under Resources/, one folder
/// per namespace, one .resx per culture.
/// </summary>
public static class LocalizationHosting
{
    public const string ChoosePath = "/culture";

    public static WebApplicationBuilder AddCoordinationLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddSingleton<Labels>();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = UiCultures.Codes.Select(UiCultures.Create).ToList();
            o.DefaultRequestCulture = new RequestCulture(UiCultures.Create(UiCultures.Default));
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Browsers send regional tags (fr-CH, zh-CN, ar-EG); each falls back to its language.
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The cookie and Accept-Language only: a culture in the query string would make every link carry it.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication UseCoordinationLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        // A plain GET, so that it works from the static sign-in page and from interactive pages alike.
        app.MapGet(ChoosePath, Choose).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>The link a language choice follows: sets the culture cookie for a year and returns to the page.</summary>
    public static string ChooseUrl(string culture, string returnUrl) =>
        $"{ChoosePath}?set={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static IResult Choose(HttpContext http, string? set, string? returnUrl)
    {
        if (!UiCultures.IsSupported(set))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language",
                detail: $"Choose one of: {string.Join(", ", UiCultures.Codes)}.");
        var culture = set!.ToLowerInvariant();
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps });
        // Only a path on this site, and none a header cannot carry.
        return Results.LocalRedirect(RedirectHttpResult.IsLocalUrl(returnUrl) && !returnUrl!.Any(char.IsControl) ? returnUrl : "/");
    }
}
