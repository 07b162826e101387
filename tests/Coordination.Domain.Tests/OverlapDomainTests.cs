namespace Coordination.Domain.Tests;

public class TextAnalysisTests
{
    [Theory]
    [InlineData("Preparations for WTDC and the work of SG13 on IMT-2030", new[] { "wtdc", "sg13", "imt-2030" })]
    [InlineData("ITU-T Recommendation H.264 and 5G pilots", new[] { "itu-t", "h.264", "5g" })]
    public void Acronyms_and_codes_stay_whole(string text, string[] codes)
    {
        var terms = TextAnalysis.Terms(text, "en");

        Assert.All(codes, code => Assert.Contains(code, terms));
        Assert.DoesNotContain("2030", terms);
    }

    [Fact]
    public void English_is_stemmed_and_stop_words_dropped()
    {
        var terms = TextAnalysis.Terms("The regulators are regulating the networks", "en");

        Assert.DoesNotContain("the", terms);
        Assert.Equal(TextAnalysis.Terms("regulator", "en")[0], terms[0]);
        Assert.Contains(TextAnalysis.Terms("network", "en")[0], terms);
    }

    [Fact]
    public void French_inflections_share_a_stem()
    {
        Assert.Equal(TextAnalysis.Terms("télécommunications", "fr"), TextAnalysis.Terms("télécommunication", "fr"));
    }

    [Fact]
    public void Chinese_is_split_into_bigrams()
    {
        var terms = TextAnalysis.Terms("人工智能治理", "zh");

        Assert.Contains("人工", terms);
        Assert.Contains("智能", terms);
        Assert.Contains("治理", terms);
    }

    [Fact]
    public void Trigrams_ignore_case_and_accents()
    {
        Assert.Equal(TextAnalysis.Trigrams("Télécom"), TextAnalysis.Trigrams("telecom"));
    }
}

public class AlertRulesTests
{
    [Fact]
    public void A_pair_has_one_id_whichever_side_is_checked()
    {
        Assert.Equal(AlertKeys.PairId("act-b", "act-a"), AlertKeys.PairId("act-a", "act-b"));
        Assert.Equal("act-a~act-b", AlertKeys.PairId("act-b", "act-a"));
    }

    [Fact]
    public void Cross_sector_alerts_go_to_the_MCG_and_high_ones_to_the_Coordination_Committee_too()
    {
        Assert.Equal(["MCG"], AlertKeys.Routes([Sector.BDT, Sector.TSB], Severity.Medium, [], []));
        Assert.Equal(["MCG", "CoCo"], AlertKeys.Routes([Sector.BDT, Sector.TSB], Severity.High, [], []));
        Assert.Equal(["MCG", "CoCo"], AlertKeys.Routes([Sector.BDT, Sector.TSB, Sector.BR], Severity.Low, [], []));
    }

    [Fact]
    public void Owning_task_forces_and_the_directors_of_shared_regions_see_the_alert()
    {
        var routes = AlertKeys.Routes([Sector.BR, Sector.BDT], Severity.Medium, ["tf-ai", "tf-ai"], [Region.AFR, Region.GLOBAL]);

        Assert.Equal(["MCG", "TF:tf-ai", "RD:AFR"], routes);
    }
}

public class OverlapScorerTests
{
    private static readonly OverlapScorer Scorer = new(OverlapModel.Default);

    private static OverlapProfile Draft(string id, string sector, string language, string title, string description,
        string[] topics, string[] regions, DateOnly start) =>
        OverlapProfiles.OfDraft(new ActivityDraft
        {
            Id = id, Sector = sector, Language = language, Title = title, Description = description, Kind = "Workshop",
            Topics = topics, ThematicPriority = "connect", Targets = ["1.1"], Regions = regions, Countries = ["KE"],
            StartDate = start, EndDate = start.AddDays(30),
        }, Lexicons.None);

    private static readonly OverlapProfile[] Profiles =
    [
        Draft("a", "BDT", "en", "Rural broadband spectrum workshop", "Spectrum pricing for rural broadband in 2027", ["spectrum"], ["AFR"], new(2027, 3, 1)),
        Draft("b", "TSB", "en", "Workshop on spectrum for rural broadband", "Pricing spectrum for broadband in rural areas in 2028", ["spectrum"], ["AFR", "EUR"], new(2027, 3, 20)),
        Draft("c", "BDT", "en", "Cybersecurity incident response", "National CIRT drills", [], ["ASP"], new(2026, 1, 1)),
        Draft("d", "BR", "fr", "Atelier sur le spectre pour le haut débit rural", "Tarification du spectre", ["spectrum"], ["AFR"], new(2027, 2, 1)),
        Draft("e", "GS", "zh", "人工智能治理研讨会", "人工智能治理与标准", [], ["ASP"], new(2027, 3, 1)),
    ];

    private static double Idf(string term) => OverlapScorer.BoundedIdf(50, term.Length % 7 + 1);

    [Fact]
    public void A_pair_is_rated_as_it_is_scored_and_ranked_the_same_way()
    {
        var pairs = Profiles.SelectMany(q => Profiles.Where(c => c != q).Select(c => (Query: q, Candidate: c))).ToArray();

        foreach (var (query, candidate) in pairs)
        {
            var rating = Scorer.Rate(query, candidate, Idf);
            var match = Scorer.Score(query, candidate, Idf, 50);
            Assert.Same(candidate, rating.Candidate);
            Assert.Equal((match.Score, match.Explanation.TextScore, match.Explanation.WordCosine), (rating.Score, rating.TextScore, rating.WordCosine));
            Assert.Equal(match.Score, Math.Round(Math.Clamp(match.Explanation.TextScore + match.Explanation.Evidence.Sum(e => e.Contribution), 0, 1), 4), 3);
        }
        foreach (var query in Profiles)
        {
            var others = Profiles.Where(c => c != query).ToArray();
            Assert.Equal(OverlapScorer.Rank(others.Select(c => Scorer.Score(query, c, Idf, 50))).Select(m => m.ActivityId),
                OverlapScorer.Rank(others.Select(c => Scorer.Rate(query, c, Idf))).Select(r => r.Candidate.ActivityId));
        }
        // The pairs above carry evidence of every kind the rating adds up without building it.
        Assert.Equal(["overlapping-dates", "same-kind", "same-thematic-priority", "same-topic", "shared-countries", "shared-regions", "shared-targets"],
            Scorer.Score(Profiles[0], Profiles[1], Idf, 50).Explanation.Evidence.Select(e => e.Kind).Order());
    }
}
