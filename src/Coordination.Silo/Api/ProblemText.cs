using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Coordination.Silo.Api;

/// <summary>
/// The words of problem details in the request's language (Resources/Api/ProblemText.*.resx, keyed by the English
/// template). A problem's title stays English, for clients to match on; its detail and field errors are translated.
/// A message without a translation, or with a translation that does not fit its arguments, is answered in English.
/// </summary>
public sealed class ProblemText(IStringLocalizer<ProblemText>? localizer)
{
    public static ProblemText For(HttpContext http) => new(http.RequestServices.GetService<IStringLocalizer<ProblemText>>());

    public string Render(LocalizableText message)
    {
        if (localizer is null) return message.English;
        var translated = localizer[message.Template];
        if (translated.ResourceNotFound || string.IsNullOrEmpty(translated.Value)) return message.English;
        try
        {
            return message.Format(translated.Value, CultureInfo.CurrentCulture);
        }
        catch (FormatException)
        {
            return message.English;
        }
    }

    public string Render(FormattableString message) => Render(LocalizableText.Of(message));

    public Dictionary<string, string[]> Render(Dictionary<string, LocalizableText[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(Render).ToArray());
}
