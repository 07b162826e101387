using System.Globalization;
using Coordination.Silo.Web;
using Coordination.Silo.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Coordination.Api.Tests;

public class PlannedEventFormTests
{
    private static PlannedEventForm Form(string? country = "ke") => new()
    {
        Title = "Broadband mapping workshop",
        Audience = " Regulators, ministers ,, ",
        City = "Nairobi",
        Country = country,
        TimeZone = " Africa/Nairobi ",
        Start = new DateTime(2027, 3, 10, 9, 0, 0, DateTimeKind.Local),
        End = new DateTime(2027, 3, 12, 17, 0, 0),
    };

    [Fact]
    public void The_venues_country_gives_the_region_and_without_one_the_calendars_region_does()
    {
        var form = Form();
        form.Sectors.Add(Sector.TSB);
        form.Sectors.Add(Sector.BR);
        form.Topics.Add("ai");

        var abroad = form.ToDraft(Region.EUR);
        var online = Form(country: " ").ToDraft(Region.EUR);

        Assert.Equal(("KE", null), (abroad.Country, abroad.Region));
        Assert.Equal((null, "EUR"), (online.Country, online.Region));
        Assert.Equal(["Regulators", "ministers"], abroad.Audience!);
        Assert.Equal(["BR", "TSB"], abroad.OrganisingSectors!);
        Assert.Equal(["ai"], abroad.Topics!);
        Assert.Equal("Africa/Nairobi", abroad.TimeZone);
        // Wall-clock times at the venue: the event rules refuse a time with a zone of its own.
        Assert.Equal(DateTimeKind.Unspecified, abroad.Start!.Value.Kind);
    }

    [Fact]
    public void A_free_window_search_keeps_the_start_and_the_end_time_over_the_days_given()
    {
        var form = Form();

        var stretched = form.ToDraft(Region.AFR, days: 5);
        var single = form.ToDraft(Region.AFR, days: 1);
        form.End = null;
        var withoutEnd = form.ToDraft(Region.AFR, days: 2);

        Assert.Equal(3, Form().Days);
        Assert.Equal((new DateTime(2027, 3, 10, 9, 0, 0), new DateTime(2027, 3, 14, 17, 0, 0)), (stretched.Start, stretched.End));
        Assert.Equal(new DateTime(2027, 3, 10, 17, 0, 0), single.End);
        Assert.Equal(new DateTime(2027, 3, 12, 9, 0, 0), withoutEnd.End);
        Assert.Null(form.Days);
    }

    [Fact]
    public void An_overnight_event_of_one_day_ends_the_next_morning()
    {
        var form = Form();
        form.Start = new DateTime(2027, 3, 10, 22, 0, 0);
        form.End = new DateTime(2027, 3, 11, 2, 0, 0);

        var draft = form.ToDraft(Region.AFR, days: 1);

        Assert.Equal(2, form.Days);
        Assert.Equal(new DateTime(2027, 3, 11, 2, 0, 0), draft.End);
    }

    [Fact]
    public void The_form_meets_the_same_text_and_date_rules_as_the_API_and_a_search_from_year_9999_does_not_overflow()
    {
        var form = Form();
        form.Sectors.Add(Sector.BDT);
        form.Title = "Broadband\0mapping";
        form.Start = new DateTime(9999, 12, 30, 9, 0, 0);
        form.End = new DateTime(9999, 12, 31, 17, 0, 0);

        var draft = form.ToDraft(Region.AFR, days: 5);
        var result = EventRules.Validate("planned-event", draft, KnownReferences.None, Audit.New("tester", DateTimeOffset.UnixEpoch));

        Assert.Equal(["end", "start", "title"], result.Errors.Keys.Order().ToArray());
    }

    [Fact]
    public void The_checkers_problems_are_shown_in_the_readers_language_and_an_unknown_field_keeps_the_checkers_words()
    {
        var form = Form(country: "XX");
        form.Title = " ";
        form.End = form.Start!.Value.AddHours(-1);
        var checker = EventRules.Validate("planned-event", form.ToDraft(Region.AFR), KnownReferences.None, Audit.New("tester", DateTimeOffset.UnixEpoch)).Errors;
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var text = new StringLocalizer<PlannedEventForm>(factory);
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        Dictionary<string, string[]> french, english;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = UiCultures.Create("fr");
            french = form.Explain(new Dictionary<string, string[]>(checker) { ["limit"] = ["limit must be between 1 and 50."] }, text);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = UiCultures.Create("en");
            english = form.Explain(checker, text);
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before; }

        Assert.Equal(checker.Keys.Order(), english.Keys.Order());
        Assert.Equal("Indiquez un titre.", Assert.Single(french["title"]));
        Assert.Equal("Code de pays « XX » inconnu. Utilisez un code ISO à deux lettres, par exemple KE, BR ou CH.", Assert.Single(french["country"]));
        Assert.Equal("La fin doit être postérieure au début.", Assert.Single(french["end"]));
        Assert.Equal("Cochez au moins un secteur organisateur.", Assert.Single(french["organisingSectors"]));
        Assert.Equal(["limit must be between 1 and 50."], french["limit"]);
        Assert.Equal("The end must be after the start.", Assert.Single(english["end"]));
    }
}
