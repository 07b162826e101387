namespace Coordination.Domain.Tests;

/// <summary>Where an imported entry takes place and on whose clock: "City, Country" locations and floating times.</summary>
public class VenueTimeZoneTests
{
    private static EventDraft Read(ImportDefaults defaults, params string[] lines)
    {
        var parsed = EventCalendarFiles.Parse(string.Join("\r\n",
            ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT", "UID:a", "SUMMARY:Forum", .. lines, "END:VEVENT", "END:VCALENDAR", ""]), defaults);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => e.Message)));
        return Assert.Single(parsed.Events).Draft;
    }

    [Theory]
    [InlineData("Accra, Ghana", "Accra", "GH")]
    [InlineData("Geneva, Switzerland", "Geneva", "CH")]
    [InlineData("Nairobi, KE", "Nairobi", "KE")]
    [InlineData("Abidjan, Cote d'Ivoire", "Abidjan", "CI")]
    [InlineData("Dar es Salaam, Tanzania", "Dar es Salaam", "TZ")]
    [InlineData("Palais des Nations, Geneva, Switzerland", "Geneva", "CH")]
    [InlineData("Boston, MA 02110, USA", "Boston", "US")]
    [InlineData("Kigali", "Kigali", null)]
    [InlineData("Room 3, Building B", "Room 3", null)]
    [InlineData("", null, null)]
    public void A_location_gives_the_city_and_the_country_it_names(string location, string? city, string? country) =>
        Assert.Equal(new VenueLocation(city, country), VenueLocations.Parse(location));

    [Fact]
    public void Each_country_has_a_primary_zone_first_and_most_have_only_that_one()
    {
        Assert.Equal(("Africa/Nairobi", "Africa/Kigali", "Europe/Zurich"), (TimeZones.PrimaryOf("KE"), TimeZones.PrimaryOf("rw"), TimeZones.PrimaryOf("CH")));
        Assert.Equal(("Europe/Moscow", "America/New_York", "America/Sao_Paulo", "Australia/Sydney"),
            (TimeZones.PrimaryOf("RU"), TimeZones.PrimaryOf("US"), TimeZones.PrimaryOf("BR"), TimeZones.PrimaryOf("AU")));
        Assert.Equal("Europe/Moscow", TimeZones.OfCountry("RU")[0].ZoneId);
        Assert.Null(TimeZones.PrimaryOf("ZZ"));
        Assert.Contains("UTC", TimeZones.All);
        Assert.All(TimeZones.All, zone => Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _), zone));
    }

    [Fact]
    public void A_floating_time_is_read_on_the_venues_clock()
    {
        var kigali = Read(new ImportDefaults(Sector: "BDT"), "DTSTART:20270310T090000", "DTEND:20270310T170000", "LOCATION:Kigali, Rwanda");
        var stored = EventRules.Validate("a", kigali, new KnownReferences(new HashSet<string>(), new HashSet<string>()), Audit.New("t", DateTimeOffset.UnixEpoch)).Value!;

        Assert.Equal(("Africa/Kigali", new DateTime(2027, 3, 10, 9, 0, 0)), (kigali.TimeZone, kigali.Start));
        Assert.Equal(DateTimeOffset.Parse("2027-03-10T07:00:00Z"), stored.StartUtc);
    }

    [Fact]
    public void The_imports_zone_serves_a_venue_of_several_zones_or_of_none_but_not_a_venue_elsewhere()
    {
        Assert.Equal("America/Chicago", Read(new ImportDefaults(TimeZone: "America/Chicago"), "DTSTART:20270310T090000", "LOCATION:Austin, United States").TimeZone);
        Assert.Equal("Africa/Nairobi", Read(new ImportDefaults(TimeZone: "America/Chicago"), "DTSTART:20270310T090000", "LOCATION:Nairobi, Kenya").TimeZone);
        Assert.Equal("America/Chicago", Read(new ImportDefaults(TimeZone: "America/Chicago"), "DTSTART:20270310T090000", "LOCATION:Online").TimeZone);
        Assert.Equal("UTC", Read(new ImportDefaults(), "DTSTART:20270310T090000").TimeZone);
        Assert.Equal("Asia/Tokyo", Read(new ImportDefaults(), "DTSTART;TZID=Asia/Tokyo:20270310T090000", "LOCATION:Nairobi, Kenya").TimeZone);
    }

    [Fact]
    public void The_explicit_country_wins_over_the_location_and_sets_the_floating_zone()
    {
        var draft = Read(new ImportDefaults(), "DTSTART:20270310T090000", "LOCATION:Geneva, Switzerland", "X-COORDINATION-COUNTRY:FR");

        Assert.Equal(("Geneva", "FR", "Europe/Paris"), (draft.City, draft.Country, draft.TimeZone));
    }

    [Fact]
    public void An_events_changes_are_named_field_by_field_and_list_order_is_no_change()
    {
        var known = new KnownReferences(new HashSet<string> { "ai", "spectrum" }, new HashSet<string>());
        Event Valid(EventDraft d) => EventRules.Validate("e", d, known, Audit.New("t", DateTimeOffset.UnixEpoch)).Value!;
        var draft = new EventDraft
        {
            Id = "e", Title = "Forum", Kind = "Forum", Start = new DateTime(2027, 3, 10, 9, 0, 0), End = new DateTime(2027, 3, 10, 17, 0, 0),
            TimeZone = "Africa/Nairobi", Country = "KE", OrganisingSectors = ["BDT"], Topics = ["ai", "spectrum"],
        };

        Assert.Empty(EventChanges.Between(Valid(draft), Valid(draft with { Topics = ["spectrum", "ai"] })));
        Assert.Equal(["title", "timeZone"], EventChanges.Between(Valid(draft), Valid(draft with { Title = "Forum 2", TimeZone = "Africa/Kampala" })));
    }
}
