using Coordination.Grains.Overlaps;

namespace Coordination.Grains.Tests;

public sealed class InvertedIndexTests
{
    private static OverlapProfile Profile(string id, params string[] terms) => new()
    {
        ActivityId = id,
        Sector = Sector.BDT,
        Title = string.Join(' ', terms),
        Language = "en",
        MaterialHash = "test",
        Terms = terms.Distinct().ToDictionary(t => t, t => terms.Count(x => x == t)),
    };

    [Fact]
    public void Postings_stay_exact_through_random_upserts_updates_and_removals()
    {
        var random = new Random(7);
        var vocabulary = Enumerable.Range(0, 40).Select(i => $"t{i}").ToArray();
        var index = new InvertedIndex();
        var live = new Dictionary<string, OverlapProfile>();
        for (var step = 0; step < 3000; step++)
        {
            var id = $"a{random.Next(300)}";
            if (random.Next(4) == 0)
            {
                Assert.Equal(live.Remove(id), index.Remove(id));
            }
            else
            {
                var profile = Profile(id, [.. Enumerable.Range(0, 1 + random.Next(6)).Select(_ => vocabulary[random.Next(vocabulary.Length)])]);
                index.Upsert(profile);
                live[id] = profile;
            }
        }

        Assert.Equal(live.Count, index.Count);
        foreach (var term in vocabulary)
            Assert.Equal(live.Values.Count(p => p.Terms.ContainsKey(term)), index.DocumentFrequency(term));
        Assert.Equal(live.Values.Sum(p => (long)p.Terms.Count), index.Postings);
        foreach (var (id, profile) in live) Assert.Same(profile, index.Get(id));

        // In a small index every document sharing a term is a candidate; removed ones and the query's own never are.
        foreach (var query in live.Values.Take(50))
        {
            var expected = live.Values.Where(p => p.ActivityId != query.ActivityId && p.Terms.Keys.Intersect(query.Terms.Keys).Any())
                .Select(p => p.ActivityId).Order().ToArray();
            Assert.Equal(expected, index.Candidates(query, 1000).Select(p => p.ActivityId).Order().ToArray());
        }
    }

    /// <param name="statisticsKnown">the documents' weights cached since the statistics from elsewhere came, or summed when asked</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Candidates_that_cover_most_of_both_texts_come_before_longer_ones_sharing_as_much(bool statisticsKnown)
    {
        var index = new InvertedIndex();
        index.Upsert(Profile("long", "spectrum", "rural", "broadband", "satellite", "fibre", "tower", "backhaul", "pricing"));
        if (statisticsKnown) index.SetElsewhere(20, new Dictionary<string, int> { ["spectrum"] = 10, ["rural"] = 5 });
        index.Upsert(Profile("close", "spectrum", "rural", "broadband"));
        index.Upsert(Profile("far", "cybersecurity", "incident"));
        if (statisticsKnown) index.SetElsewhere(20, new Dictionary<string, int> { ["spectrum"] = 10, ["rural"] = 5 });

        var candidates = index.Candidates(Profile("query", "spectrum", "rural", "broadband", "policy"), 2);

        Assert.Equal(["close", "long"], candidates.Select(c => c.ActivityId));
    }

    [Fact]
    public void A_common_term_adds_no_candidates_of_its_own_unless_the_query_has_nothing_rarer()
    {
        var index = new InvertedIndex();
        // 400 documents: "development" is in all of them, "spectrum" in 5, "mentoring" in one.
        for (var i = 0; i < 400; i++)
            index.Upsert(Profile($"d{i}", "development", i < 5 ? "spectrum" : $"other{i}", i == 0 ? "mentoring" : $"more{i}"));

        var specific = index.Candidates(Profile("q1", "development", "spectrum"), 100).Select(c => c.ActivityId).ToArray();
        Assert.Equal(["d0", "d1", "d2", "d3", "d4"], specific.Order());

        var generic = index.Candidates(Profile("q2", "development"), 10);
        Assert.Equal(10, generic.Count);
        Assert.All(generic, c => Assert.Contains("development", c.Terms.Keys));
    }

    [Fact]
    public void Terms_are_weighed_by_the_documents_of_the_whole_collection_once_those_elsewhere_are_known()
    {
        var index = new InvertedIndex();
        index.Upsert(Profile("a", "spectrum", "rural"));
        index.Upsert(Profile("b", "spectrum", "satellite"));
        Assert.Equal(Domain.Overlaps.OverlapScorer.BoundedIdf(2, 2), index.Idf("spectrum"));

        index.SetElsewhere(98, new Dictionary<string, int> { ["spectrum"] = 8, ["fibre"] = 30 });

        Assert.Equal(Domain.Overlaps.OverlapScorer.BoundedIdf(100, 10), index.Idf("spectrum"));
        Assert.Equal(Domain.Overlaps.OverlapScorer.BoundedIdf(100, 30), index.Idf("fibre"));
        Assert.Equal(Domain.Overlaps.OverlapScorer.BoundedIdf(100, 1), index.Idf("rural"));
        // A term new since is weighed with the counts of now.
        index.Upsert(Profile("c", "mentoring"));
        Assert.Equal(Domain.Overlaps.OverlapScorer.BoundedIdf(101, 1), index.Idf("mentoring"));
    }

    private static OverlapProfile French(string id, params string[] concepts) => new()
    {
        ActivityId = id,
        Sector = Sector.BDT,
        Title = id,
        Language = "fr",
        MaterialHash = "test",
        Terms = concepts.ToDictionary(c => $"fr-{c}", _ => 1),
        Concepts = concepts.ToDictionary(c => c, _ => 1f),
    };

    [Fact]
    public void An_activity_in_another_language_is_found_through_its_concepts_and_exactly_after_update_and_removal()
    {
        var index = new InvertedIndex();
        for (var i = 0; i < 20; i++) index.Upsert(Profile($"en{i}", $"filler{i}", "study"));
        var query = Profile("query", "artifici", "intellig", "train");

        index.Upsert(French("fr1", "artifici", "intellig", "train", "africa"));
        Assert.Equal(["fr1"], index.CrossLanguageCandidates(query, 8).Select(p => p.ActivityId));
        Assert.DoesNotContain(index.Candidates(query, 8), p => p.ActivityId == "fr1");
        Assert.Equal(1, index.ConceptFrequencies()["intellig"]);

        index.Upsert(French("fr1", "broadband", "map"));
        Assert.Empty(index.CrossLanguageCandidates(query, 8));
        Assert.False(index.ConceptFrequencies().ContainsKey("intellig"));

        index.Upsert(French("fr1", "artifici", "intellig"));
        index.Remove("fr1");
        Assert.Empty(index.CrossLanguageCandidates(query, 8));
        Assert.Empty(index.ConceptFrequencies());
    }

    [Fact]
    public void A_query_in_another_language_finds_english_activities_by_their_terms_and_not_its_own_language_twice()
    {
        var index = new InvertedIndex();
        index.Upsert(Profile("en1", "artifici", "intellig", "train"));
        index.Upsert(French("fr1", "artifici", "intellig", "train"));
        var query = French("query", "artifici", "intellig", "train");

        Assert.Equal(["en1"], index.CrossLanguageCandidates(query, 8).Select(p => p.ActivityId));
    }
}
