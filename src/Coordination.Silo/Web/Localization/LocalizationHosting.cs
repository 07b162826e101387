using Microsoft.AspNetCore.Localization;

namespace Coordination.Silo.Web.Localization;

/// <summary>
/// The six UN languages. A request's language comes from the culture cookie, else from Accept-Language; English
/// when neither names one of them. Texts live in .resx files under Resources/, by the namespace of the type they serve.
/// </summary>
public static class LocalizationHosting
{
    public static readonly string[] SupportedCultures = ["ar", "zh", "en", "fr", "ru", "es"];

    public static WebApplicationBuilder AddCoordinationLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("en").AddSupportedCultures(SupportedCultures).AddSupportedUICultures(SupportedCultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    /// <summary>Before the exception handler, so that the problems it writes are in the request's language too.</summary>
    public static WebApplication UseCoordinationLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
