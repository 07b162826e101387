using Coordination.Silo.Web;

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
}
