namespace Coordination.Domain.Tests;

/// <summary>
/// What keeps alerts trustworthy on real activity records: evidence against (different places, another phase, disjoint
/// dates), distinctive words, and the alert budget. Pairs are scored within a collection of filler activities, so that
/// term weights are those of a registered corpus, as in the platform.
/// </summary>
public class AlertPrecisionTests
{
    private static readonly OverlapScorer Scorer = new(OverlapModel.Default);

    private static ActivityDraft Record(string title, params string[] countries) => new()
    {
        Sector = "TSB",
        Kind = "Project",
        Title = title,
        Description = "Implemented by the United Nations Office for Project Services. Government administration",
        Language = "en",
        Countries = countries,
        StartDate = new DateOnly(2026, 1, 1),
        EndDate = new DateOnly(2027, 12, 31),
    };

    /// <summary>Scores a against b among 200 filler records whose titles are made of the generic words of development work.</summary>
    private static OverlapMatch Score(ActivityDraft a, ActivityDraft b)
    {
        string[] generic = ["support", "capacity", "programme", "strengthening", "national", "development", "project", "assistance"];
        var fillers = Enumerable.Range(0, 200).Select(i => Record(
            $"{generic[i % generic.Length]} {generic[(i / 3) % generic.Length]} for ministry number {i}", Countries.All[i % 150].Code));
        var profiles = fillers.Append(a).Append(b).Select((d, i) => OverlapProfiles.OfDraft(d with { Id = $"r{i}" }, Lexicons.None)).ToArray();
        var frequencies = profiles.SelectMany(p => p.Terms.Keys).CountBy(t => t).ToDictionary(c => c.Key, c => c.Value);
        double Idf(string term) => OverlapScorer.BoundedIdf(profiles.Length, frequencies.GetValueOrDefault(term));
        return Scorer.Score(profiles[^2], profiles[^1], Idf, profiles.Length);
    }

    [Fact]
    public void The_same_title_in_different_countries_does_not_alert_and_says_why()
    {
        var match = Score(Record("Provision of Humanitarian Air Services", "MR"), Record("Provision of Humanitarian Air Services", "SS"));

        Assert.False(match.RaisesAlert);
        var against = Assert.Single(match.Explanation.Evidence, e => e.Kind == "different-places");
        Assert.Equal("MR / SS", against.Detail);
        Assert.True(against.Contribution < 0);
    }

    [Fact]
    public void The_same_title_in_one_country_alerts()
    {
        var match = Score(Record("Provision of Humanitarian Air Services", "SD"), Record("Provision of Humanitarian Air Services", "SD"));

        Assert.True(match.RaisesAlert);
        Assert.Contains(match.Explanation.Evidence, e => e.Kind == "shared-countries" && e.Detail == "SD");
    }

    [Fact]
    public void A_global_activity_and_a_country_activity_in_its_scope_alert()
    {
        var global = Record("Humanitarian Air Services for refugee operations") with { Regions = ["GLOBAL"], Countries = [] };
        var regional = Record("Humanitarian Air Services for refugee operations") with { Regions = ["AFR"], Countries = [] };
        var kenya = Record("Humanitarian Air Services for refugee operations", "KE");
        var peru = Record("Humanitarian Air Services for refugee operations", "PE");

        Assert.True(Score(global, kenya).RaisesAlert);
        Assert.Contains(Score(global, kenya).Explanation.Evidence, e => e.Kind == "place-covers" && e.Detail == "GLOBAL covers KE");
        Assert.True(Score(regional, kenya).RaisesAlert);
        Assert.False(Score(regional, peru).RaisesAlert);
    }

    [Fact]
    public void Countries_a_title_names_count_as_places_it_works_in()
    {
        const string title = "Regional Emergency Operation to Support Syrian Refugees in Lebanon, Jordan, Iraq & Turkey";

        Assert.True(Score(Record(title, "IQ"), Record(title, "JO")).RaisesAlert);
        Assert.False(Score(Record(title, "IQ"), Record("Regional Emergency Operation to Support Syrian Refugees in Kenya", "KE")).RaisesAlert);
    }

    [Fact]
    public void A_match_made_only_of_generic_words_does_not_alert()
    {
        var generic = Score(Record("Support programme for national capacity strengthening", "KE"), Record("National capacity strengthening support programme", "KE"));
        var specific = Score(Record("Support programme for fisheries capacity strengthening", "KE"), Record("Fisheries capacity strengthening support programme", "KE"));

        Assert.True(generic.Explanation.TextScore >= OverlapModel.Default.IdentityTextThreshold, "the texts alone look alike");
        Assert.False(generic.RaisesAlert);
        Assert.True(specific.RaisesAlert);
    }

    [Fact]
    public void Titles_that_share_a_word_but_name_different_work_do_not_alert()
    {
        var match = Score(Record("Fortalecimiento ISFODOSU", "DO"), Record("Fortalecimiento IDEICE", "DO"));

        Assert.False(match.RaisesAlert);
    }

    [Fact]
    public void Successive_phases_of_one_programme_do_not_alert()
    {
        var match = Score(Record("Small Grants Programme for coastal fisheries, 4th Operational Phase", "TZ"),
            Record("Small Grants Programme for coastal fisheries, 5th Operational Phase", "TZ"));

        Assert.False(match.RaisesAlert);
        Assert.Contains(match.Explanation.Evidence, e => e.Kind == "different-numbers" && e.Detail == "4 / 5");
    }

    [Fact]
    public void Disjoint_dates_weigh_against()
    {
        var earlier = Record("Census of fisheries cooperatives", "TZ") with { StartDate = new DateOnly(2020, 1, 1), EndDate = new DateOnly(2021, 12, 31) };
        var match = Score(earlier, Record("Census of fisheries cooperatives", "TZ"));

        var against = Assert.Single(match.Explanation.Evidence, e => e.Kind == "disjoint-dates");
        Assert.Equal(OverlapModel.Default.DisjointDates, against.Contribution);
        Assert.DoesNotContain(match.Explanation.Evidence, e => e.Kind == "overlapping-dates");
    }

    [Theory]
    [InlineData("Humanitarian Air Services in Republic of South Sudan", new[] { "SS" })]
    [InlineData("Air Passenger Service in West Africa Coastal Countries Cote d?Ivoire,Guinea,Liberia & Sierra Leone", new[] { "CI", "GN", "LR", "SL" })]
    [InlineData("Papua New Guinea and Tanzania", new[] { "PG", "TZ" })]
    [InlineData("Spectrum management training", new string[0])]
    public void Countries_are_found_by_name_the_longest_name_first(string text, string[] codes) =>
        Assert.Equal(codes, CountryNames.In(text));

    [Theory]
    [InlineData("GEF Small Grants Programme, 5th Operational Phase", new[] { 5 })]
    [InlineData("Health Supply Chain Capacities - Phase II and III", new[] { 2, 3 })]
    [InlineData("Strengthening Procurement - Phase I", new[] { 1 })]
    [InlineData("GFATM Round 7 Phase 2 Malaria Grant", new[] { 2, 7 })]
    [InlineData("Country Programme (2012-2016)", new[] { 2012, 2016 })]
    [InlineData("What I learnt about 5G and IMT-2030 in MUSX55", new[] { 2030 })]
    public void Headline_numbers_include_ordinals_and_roman_numerals(string title, int[] numbers) =>
        Assert.Equal(numbers, TextAnalysis.Numbers(title));

    [Fact]
    public void The_budget_keeps_the_most_severe_alerts_and_marks_the_rest_as_further_overlaps()
    {
        OverlapMatch Match(string id, double score, Severity severity, bool raises) =>
            new(id, id, Sector.BDT, score, severity, raises, new OverlapExplanation(score, 0, 0, 0, [], [], [Sector.BDT], false));
        var ranked = new[]
        {
            Match("a", 0.99, Severity.Low, true), Match("b", 0.95, Severity.High, true), Match("c", 0.90, Severity.Medium, false),
            Match("d", 0.85, Severity.Medium, true), Match("e", 0.80, Severity.High, true),
        };

        var budgeted = new AlertBudget(2).Apply(ranked);

        Assert.Equal(ranked.Select(m => m.ActivityId), budgeted.Select(m => m.ActivityId));
        Assert.Equal(["b", "e"], budgeted.Where(m => m.RaisesAlert).Select(m => m.ActivityId));
        Assert.Equal(["a", "d"], budgeted.Where(m => m.BeyondBudget).Select(m => m.ActivityId));
        Assert.False(budgeted.Single(m => m.ActivityId == "c").BeyondBudget);
    }
}
