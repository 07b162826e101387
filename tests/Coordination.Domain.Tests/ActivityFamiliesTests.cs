namespace Coordination.Domain.Tests;

public class ActivityFamiliesTests
{
    [Fact]
    public void Country_records_of_one_programme_share_a_family_within_their_sector()
    {
        var mauritania = ActivityFamilies.IdOf(Sector.GS, "Provision of Humanitarian Air Services in Mauritania", aboutCountries: true);
        var southSudan = ActivityFamilies.IdOf(Sector.GS, "Provision of Humanitarian Air Services in Republic of South Sudan", aboutCountries: true);

        Assert.Equal("family:GS:provision-humanitarian-air-services", mauritania);
        Assert.Equal(mauritania, southSudan);
        Assert.NotEqual(mauritania, ActivityFamilies.IdOf(Sector.BDT, "Provision of Humanitarian Air Services in Mauritania", aboutCountries: true));
        Assert.NotEqual(mauritania, ActivityFamilies.IdOf(Sector.GS, "Provision of Humanitarian Sea Services in Mauritania", aboutCountries: true));
    }

    [Fact]
    public void Records_not_about_countries_or_with_too_little_title_have_no_family()
    {
        Assert.Null(ActivityFamilies.IdOf(Sector.GS, "Provision of Humanitarian Air Services", aboutCountries: false));
        Assert.Null(ActivityFamilies.IdOf(Sector.GS, "Support to Kenya", aboutCountries: true));
    }

    [Fact]
    public void A_long_title_gives_a_bounded_id_that_still_tells_titles_apart()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}"));
        var one = ActivityFamilies.IdOf(Sector.BR, $"{words} alpha", aboutCountries: true)!;
        var other = ActivityFamilies.IdOf(Sector.BR, $"{words} beta", aboutCountries: true)!;

        Assert.True(one.Length < 110, one);
        Assert.NotEqual(one, other);
    }

    private static OverlapMatch Match(string id, double score, bool raises, string? family) =>
        new(id, id, Sector.BDT, score, Severity.Medium, raises, new OverlapExplanation(0, 0, 0, 0, [], [], [], false), Family: family);

    [Fact]
    public void A_family_found_several_times_is_shown_once_by_its_best_alerting_member()
    {
        var collapsed = ActivityFamilies.Collapse([
            Match("ke", 0.9, raises: false, "family:BDT:x"),
            Match("single", 0.8, raises: true, null),
            Match("ug", 0.7, raises: true, "family:BDT:x"),
            Match("tz", 0.6, raises: false, "family:BDT:x"),
            Match("alone", 0.5, raises: true, "family:BDT:y"),
        ]);

        Assert.Equal(["single", "ug", "alone"], collapsed.Select(m => m.ActivityId));
        Assert.Equal([0, 3, 0], collapsed.Select(m => m.FamilyMembersFound));
    }

    [Fact]
    public void Records_of_one_country_under_one_title_are_duplicates_not_a_family()
    {
        Assert.False(ActivityFamilies.SpansCountries([new("a", "Census", ["KI"]), new("b", "Census", ["KI"])]));
        Assert.True(ActivityFamilies.SpansCountries([new("a", "Census", ["KI"]), new("b", "Census", ["KI"]), new("c", "Census", ["TV"])]));
    }

    [Fact]
    public void A_family_stands_for_its_record_only_against_a_record_that_covers_its_country_or_gives_no_place()
    {
        ActivityDraft Draft(string sector, string[] countries, string[] regions) => new()
        {
            Sector = sector, Kind = "Project", Title = "Humanitarian air services for refugee operations", Language = "en",
            Countries = countries, Regions = regions,
        };
        var kenya = OverlapProfiles.OfDraft(Draft("GS", ["KE"], []) with { Id = "ke" }, Lexicons.None);
        OverlapProfile Other(string[] countries, string[] regions) =>
            OverlapProfiles.OfDraft(Draft("TSB", countries, regions) with { Id = "x" }, Lexicons.None);

        Assert.NotNull(kenya.Family);
        Assert.True(ActivityFamilies.StandsFor(kenya, Other([], ["GLOBAL"])));
        Assert.True(ActivityFamilies.StandsFor(kenya, Other([], [])));
        Assert.False(ActivityFamilies.StandsFor(kenya, Other(["KE"], [])));
    }
}
