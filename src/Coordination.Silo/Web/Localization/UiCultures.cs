using System.Globalization;

namespace Coordination.Silo.Web.Localization;

/// <summary>The six UN languages the pages speak, each named in itself, English first among equals as the default.</summary>
public static class UiCultures
{
    public const string Default = "en";

    /// <summary>In the UN's order (the Arabic alphabet's order of the English names), as un.org lists them.</summary>
    public static IReadOnlyList<(string Code, string NativeName)> All { get; } =
    [
        ("ar", "العربية"), ("zh", "中文"), ("en", "English"), ("fr", "Français"), ("ru", "Русский"), ("es", "Español"),
    ];

    public static IReadOnlyList<string> Codes { get; } = All.Select(c => c.Code).ToArray();

    public static bool IsSupported(string? code) => code is not null && Codes.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The culture for one of the codes, always on the Gregorian calendar: ICU gives some Arabic locales the Hijri
    /// (Umm al-Qura) calendar, and dates in the coordination calendar must read the same to every office.
    /// </summary>
    public static CultureInfo Create(string code)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        // The UN writes British English: day before month, weeks from Monday.
        if (code == Default) culture.DateTimeFormat = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
            culture.DateTimeFormat.Calendar = new GregorianCalendar(GregorianCalendarTypes.Localized);
        return culture;
    }

    /// <summary>The text direction of the culture the current request or circuit runs in: "rtl" for Arabic.</summary>
    public static string Direction(CultureInfo culture) => culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";

    /// <summary>The two-letter code of one of the six for a culture, its parents included (zh-Hans-CN reads as zh).</summary>
    public static string CodeOf(CultureInfo culture)
    {
        for (var c = culture; c != CultureInfo.InvariantCulture; c = c.Parent)
            if (IsSupported(c.Name)) return c.Name.ToLowerInvariant();
        return Default;
    }
}
