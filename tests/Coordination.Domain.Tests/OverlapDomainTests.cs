using Coordination.Abstractions.Model;
using Coordination.Domain.Overlaps;

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
        Assert.Equal(Alerts.PairId("act-b", "act-a"), Alerts.PairId("act-a", "act-b"));
        Assert.Equal("act-a~act-b", Alerts.PairId("act-b", "act-a"));
    }

    [Fact]
    public void Cross_sector_alerts_go_to_the_MCG_and_high_ones_to_the_Coordination_Committee_too()
    {
        Assert.Equal(["MCG"], Alerts.Routes([Sector.BDT, Sector.TSB], Severity.Medium, [], []));
        Assert.Equal(["MCG", "CoCo"], Alerts.Routes([Sector.BDT, Sector.TSB], Severity.High, [], []));
        Assert.Equal(["MCG", "CoCo"], Alerts.Routes([Sector.BDT, Sector.TSB, Sector.BR], Severity.Low, [], []));
    }

    [Fact]
    public void Owning_task_forces_and_the_directors_of_shared_regions_see_the_alert()
    {
        var routes = Alerts.Routes([Sector.BR, Sector.BDT], Severity.Medium, ["tf-ai", "tf-ai"], [Region.AFR, Region.GLOBAL]);

        Assert.Equal(["MCG", "TF:tf-ai", "RD:AFR"], routes);
    }
}
