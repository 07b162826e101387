using Coordination.Grains.Records;

namespace Coordination.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class ClashGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;
    private IEventClashCheckerGrain Checker => _grains.GetGrain<IEventClashCheckerGrain>(0);

    /// <summary>A city no other test uses, so that same-city clashes come only from this test.</summary>
    private static string City() => $"Testville {Guid.NewGuid():N}"[..20];

    private static EventDraft Event(string title, string start, string end, string country, string city, string sector = "BDT") => new()
    {
        Title = title,
        Kind = "Workshop",
        Start = DateTime.Parse(start),
        End = DateTime.Parse(end),
        TimeZone = "UTC",
        City = city,
        Country = country,
        OrganisingSectors = [sector],
    };

    private async Task<Event> CreateAsync(EventDraft draft)
    {
        var id = Drafts.UniqueId("evt");
        var result = await _grains.GetGrain<IEventGrain>(id).CreateAsync(draft, "director.afr");
        Assert.True(result.Succeeded, result.Message ?? string.Join("; ", (result.Errors ?? []).SelectMany(e => e.Value)));
        return result.Value!;
    }

    [Fact]
    public async Task Two_events_in_one_city_raise_one_alert_for_the_pair_routed_to_the_director_and_the_mcg_plus()
    {
        var city = City();
        var first = await CreateAsync(Event("Broadband mapping workshop", "2029-03-10T09:00", "2029-03-12T17:00", "KE", city, "BDT"));
        var second = await CreateAsync(Event("Numbering plan clinic", "2029-03-11T09:00", "2029-03-13T17:00", "KE", city, "TSB"));

        var alert = await _grains.GetGrain<IAlertGrain>(AlertKeys.ClashPairId(second.Id, first.Id)).GetAsync();

        Assert.NotNull(alert);
        Assert.Equal(AlertKeys.EventClash, alert.Kind);
        Assert.Equal(new[] { first.Id, second.Id }.Order(StringComparer.Ordinal), alert.ItemIds);
        Assert.Equal([AlertKeys.McgPlus, AlertKeys.RegionRoute(Region.AFR)], alert.Routes);
        Assert.Contains(alert.Explanation.Evidence, e => e.Kind == "same-city-overlap");

        // Checking either side again, in either order, updates the same alert.
        await _grains.GetGrain<IEventGrain>(first.Id).UpdateAsync(Resubmit(first), first.Audit.Version, "director.afr");
        var again = await _grains.GetGrain<IAlertGrain>(AlertKeys.ClashPairId(first.Id, second.Id)).GetAsync();
        Assert.Equal(alert.RaisedAt, again!.RaisedAt);
        Assert.True(again.TimesChecked > alert.TimesChecked);
        var inbox = await Listings.AlertsAsync(_grains, [AlertKeys.RegionRoute(Region.AFR)]);
        Assert.Single(inbox, a => a.Id == alert.Id && a.Kind == AlertKeys.EventClash);
    }

    [Fact]
    public async Task A_check_finds_audience_clashes_in_other_regions_without_a_global_calendar()
    {
        var audience = $"ministers-{Guid.NewGuid():N}"[..20];
        var lima = await CreateAsync(Event("Spectrum pricing seminar", "2029-06-13T09:00", "2029-06-14T17:00", "PE", City()) with { Audience = [audience] });
        var planned = Event("Regulatory roundtable", "2029-06-11T09:00", "2029-06-12T17:00", "KE", City()) with { Audience = [audience], Id = "planned-event" };

        var clashes = await Checker.CheckAsync(Profile(planned), ClashSettings.Default);

        var clash = Assert.Single(clashes, c => c.Other.Id == lima.Id);
        Assert.Equal([ClashKind.SameAudience], clash.Kinds);
    }

    [Fact]
    public async Task Flagship_windows_are_reference_data_and_an_edit_moves_their_clashes()
    {
        var code = $"test-flagship-{Guid.NewGuid():N}"[..24];
        var catalog = _grains.GetGrain<IFlagshipCatalogGrain>(0);
        var window = new FlagshipWindow { Code = code, Name = "Test Summit", Start = new DateOnly(2031, 3, 10), End = new DateOnly(2031, 3, 12), City = "Geneva", Country = "CH", TimeZone = "Europe/Zurich" };
        Assert.Equal(CommandOutcome.Created, (await catalog.SetAsync(window)).Outcome);
        var planned = Profile(Event("Youth digital skills forum", "2031-03-11T09:00", "2031-03-11T17:00", "SN", City()) with { Id = "planned-event" });

        Assert.Contains(await Checker.CheckAsync(planned, ClashSettings.Default), c => c.IsFlagship && c.Other.Id == EventProfiles.FlagshipId(code));

        Assert.Equal(CommandOutcome.Ok, (await catalog.SetAsync(window with { Start = new DateOnly(2031, 5, 10), End = new DateOnly(2031, 5, 12) })).Outcome);
        Assert.DoesNotContain(await Checker.CheckAsync(planned, ClashSettings.Default), c => c.Other.Id == EventProfiles.FlagshipId(code));

        Assert.Equal(CommandOutcome.Invalid, (await catalog.SetAsync(window with { End = new DateOnly(2031, 3, 1) })).Outcome);
        Assert.True(await catalog.RemoveAsync(code));
        Assert.DoesNotContain(await catalog.ListAsync(), w => w.Code == code);
    }

    [Fact]
    public async Task A_regions_clash_list_pairs_its_events_once()
    {
        var city = City();
        var a = await CreateAsync(Event("Digital inclusion forum", "2030-09-01T09:00", "2030-09-02T17:00", "GH", city));
        var b = await CreateAsync(Event("Cyber drill", "2030-09-02T09:00", "2030-09-03T17:00", "GH", city));

        var clashes = await Checker.ListRegionClashesAsync(Region.AFR, new(2030, 9, 1, 0, 0, 0, TimeSpan.Zero), new(2030, 9, 4, 0, 0, 0, TimeSpan.Zero), ClashSettings.Default);

        Assert.Single(clashes, c => new[] { c.Event.Id, c.Clash.Other.Id }.Order(StringComparer.Ordinal).SequenceEqual(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Free_windows_skip_the_days_taken_in_the_city()
    {
        var city = City();
        await CreateAsync(Event("Cyber drill", "2032-02-10T09:00", "2032-02-11T17:00", "KE", city));
        var planned = Profile(Event("Broadband mapping workshop", "2032-02-01T09:00", "2032-02-01T17:00", "KE", city) with { Id = "planned-event" });
        var request = new FreeWindowRequest(new DateOnly(2032, 2, 1), new DateOnly(2032, 2, 29), new TimeOnly(9, 0), TimeSpan.FromHours(8), 10);

        var windows = (await Checker.FindFreeWindowsAsync(planned, request, ClashSettings.Default with { SubjectWindow = TimeSpan.Zero })).Windows;

        // Starts from 3 to 18 February fall within a week of the drill (10-11 February).
        Assert.Equal([(new DateTime(2032, 2, 19, 9, 0, 0), 11), (new DateTime(2032, 2, 1, 9, 0, 0), 2)], windows.Select(w => (w.FirstStart, w.Days)));
    }

    private static EventDraft Resubmit(Event e) => new()
    {
        Id = e.Id, Title = e.Title + " (revised)", Kind = e.Kind.ToString(), Start = e.Start, End = e.End, TimeZone = e.TimeZone,
        City = e.City, Country = e.Country, OrganisingSectors = e.OrganisingSectors.Select(s => s.ToString()).ToArray(),
    };

    private static EventProfile Profile(EventDraft draft)
    {
        var validated = EventRules.Validate(draft.Id ?? "planned-event", draft, Domain.Validation.KnownReferences.None,
            Audit.New("t", DateTimeOffset.UnixEpoch));
        Assert.True(validated.IsValid, string.Join("; ", validated.Errors.SelectMany(e => e.Value)));
        return EventProfiles.Of(validated.Value!);
    }
}
