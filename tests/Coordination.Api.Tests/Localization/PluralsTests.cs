using System.Globalization;
using Coordination.Silo.Web.Localization;

namespace Coordination.Api.Tests.Localization;

/// <summary>Counted phrases take the form their language gives the number (CLDR plural categories).</summary>
public sealed class PluralsTests
{
    [Theory]
    [InlineData("en", 1, 0)]
    [InlineData("en", 0, 1)]
    [InlineData("en", 2, 1)]
    [InlineData("fr", 0, 0)]
    [InlineData("fr", 1.5, 0)]
    [InlineData("fr", 2, 1)]
    [InlineData("ru", 1, 0)]
    [InlineData("ru", 21, 0)]
    [InlineData("ru", 11, 2)]
    [InlineData("ru", 3, 1)]
    [InlineData("ru", 14, 2)]
    [InlineData("ru", 25, 2)]
    [InlineData("ru", 1.5, 3)]
    [InlineData("ar", 0, 0)]
    [InlineData("ar", 1, 1)]
    [InlineData("ar", 2, 2)]
    [InlineData("ar", 7, 3)]
    [InlineData("ar", 14, 4)]
    [InlineData("ar", 100, 5)]
    [InlineData("ar", 103, 3)]
    [InlineData("zh", 5, 0)]
    public void Each_language_picks_its_category(string language, double count, int category) =>
        Assert.Equal(category, Plurals.Category(language, (decimal)count));

    [Fact]
    public void A_phrase_takes_the_form_of_its_count_and_its_last_form_for_categories_it_leaves_out()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = UiCultures.Create("ru");
            const string days = "{0} день|{0} дня|{0} дней|{0} дня";
            Assert.Equal("1 день", Plurals.Format(days, 1, 1));
            Assert.Equal("3 дня", Plurals.Format(days, 3, 3));
            Assert.Equal("14 дней", Plurals.Format(days, 14, 14));
            Assert.Equal("5 мин", Plurals.Format("{0} мин", 5, 5));
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = UiCultures.Create("en");
            Assert.Equal("1 day", Plurals.Format("{0} day|{0} days", 1, 1));
            Assert.Equal("2 days", Plurals.Format("{0} day|{0} days", 2, 2));
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before; }
    }
}
