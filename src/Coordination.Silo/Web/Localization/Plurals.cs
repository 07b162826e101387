using System.Globalization;

namespace Coordination.Silo.Web.Localization;

/// <summary>
/// Counted phrases ("1 day", "2 дня", "5 дней", "يومين"): one resource holds a phrase's forms separated by "|", in the
/// order of the CLDR plural categories of its language: English and Spanish one|other; French one|other (one for 0
/// and 1); Russian one|few|many|other; Arabic zero|one|two|few|many|other; Chinese one form. A resource with fewer
/// forms uses its last one for the categories it leaves out, so a phrase that does not change needs one form.
/// </summary>
public static class Plurals
{
    public const char Separator = '|';

    /// <summary>The form of <paramref name="forms"/> for <paramref name="count"/> in the reader's language, formatted with <paramref name="args"/>.</summary>
    public static string Format(string forms, decimal count, params object?[] args)
    {
        var choices = forms.Split(Separator);
        var form = choices[Math.Min(Category(UiCultures.CodeOf(CultureInfo.CurrentUICulture), count), choices.Length - 1)];
        return string.Format(CultureInfo.CurrentCulture, form, args);
    }

    /// <summary>The index of the CLDR plural category of <paramref name="count"/> among those the language has.</summary>
    public static int Category(string language, decimal count)
    {
        count = Math.Abs(count);
        var whole = count == decimal.Truncate(count);
        var i = (long)decimal.Truncate(count);
        return language switch
        {
            "en" or "es" => whole && i == 1 ? 0 : 1,
            "fr" => i is 0 or 1 ? 0 : 1,
            "ru" when !whole => 3,
            "ru" => i % 10 == 1 && i % 100 != 11 ? 0 : i % 10 is >= 2 and <= 4 && i % 100 is not (>= 12 and <= 14) ? 1 : 2,
            "ar" when !whole => 5,
            "ar" => i switch
            {
                0 => 0,
                1 => 1,
                2 => 2,
                _ when i % 100 is >= 3 and <= 10 => 3,
                _ when i % 100 is >= 11 and <= 99 => 4,
                _ => 5,
            },
            _ => 0,
        };
    }
}
