namespace Coordination.Domain.Tests;

/// <summary>Type-ahead title search across the UN languages, on the shipped lexicons.</summary>
public class ActivityTitleSearchTests
{
    private static readonly ActivityTitleSearch Search = new(CrossLanguageTests.Shipped);

    private static double Score(string query, string title, string language) =>
        ActivityTitleSearch.Score(Search.QueryConcepts(query), Search.TitleConcepts(title, language), title, ActivityTitleSearch.TypedPrefix(query));

    [Fact]
    public void A_french_query_finds_an_english_title_through_the_concepts_the_lexicons_pair()
    {
        Assert.True(Score("formation ", "Training of trainers", "en") > 0);
        Assert.Equal(0, Score("formation ", "Spectrum monitoring", "en"));
    }

    [Fact]
    public void A_query_finds_a_title_in_another_language_through_its_lexicon()
    {
        Assert.True(Score("network ", "Réseaux communautaires", "fr") > 0);
        Assert.True(Score("réseau ", "Community networks", "en") > 0);
        Assert.True(Score("artificial intelligence ", "人工智能准备评估", "zh") > 0);
    }

    [Fact]
    public void The_word_being_typed_matches_the_start_of_a_title_word_and_a_space_ends_it()
    {
        Assert.Equal("cybers", ActivityTitleSearch.TypedPrefix("national cyberS"));
        Assert.Null(ActivityTitleSearch.TypedPrefix("national cyber "));
        Assert.Null(ActivityTitleSearch.TypedPrefix("c"));
        Assert.True(Score("cybers", "Cybersecurity drills", "en") >= ActivityTitleSearch.PrefixWeight);
        Assert.Equal(0, Score("cybers ", "Cybersecurity drills", "en"));
    }

    [Fact]
    public void A_title_that_shares_more_of_the_query_ranks_higher()
    {
        Assert.True(Score("spectrum monitoring ", "Spectrum monitoring handbook", "en") > Score("spectrum monitoring ", "Spectrum auctions", "en"));
    }
}
