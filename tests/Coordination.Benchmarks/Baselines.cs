using System.Diagnostics;

namespace Coordination.Benchmarks;

/// <summary>
/// The same check without the platform's index: every one of the N profiles scored with the platform's
/// <see cref="OverlapScorer"/>, in-process and on one thread, with the IDF of the N profiles (<see cref="CollectionWeights"/>,
/// weighed as the index weighs them). Profiles are built with the shipped lexicons (<see cref="DataFiles.Lexicons"/>),
/// as the benchmark's silo builds them. Keeps the best <see cref="Limit"/> over the report threshold, as the detector does.
/// </summary>
public sealed class BruteForceDetector
{
    public const int Limit = 10;

    private readonly OverlapScorer _scorer = new(OverlapModel.Default);
    private readonly OverlapProfile[] _profiles;
    private readonly CollectionWeights _weights;

    public BruteForceDetector(IEnumerable<ActivityDraft> corpus)
    {
        _profiles = corpus.Select(ProfileOf).ToArray();
        _weights = new CollectionWeights(_profiles);
    }

    /// <summary>The N profiles scanned.</summary>
    public IReadOnlyList<OverlapProfile> Profiles => _profiles;

    /// <summary>The profile the platform builds of the stored activity: the draft validated as the grain validates it, with the shipped lexicons.</summary>
    public static OverlapProfile ProfileOf(ActivityDraft draft)
    {
        var audit = Audit.New("benchmark", DateTimeOffset.UnixEpoch);
        var validated = ActivityRules.Validate(draft.Id!, draft, KnownReferences.None, audit);
        return validated.IsValid ? OverlapProfiles.Of(validated.Value!, DataFiles.Lexicons)
            : throw new InvalidOperationException($"Corpus activity {draft.Id} is invalid: {string.Join("; ", validated.Errors.SelectMany(e => e.Value))}");
    }

    /// <summary>Milliseconds per query, and each query's matches that raise an alert.</summary>
    public (Percentiles Latency, Dictionary<string, string[]> Alerts) Measure(IReadOnlyList<OverlapProfile> queries)
    {
        var times = new List<double>(queries.Count);
        var alerts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var best = Check(query);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            alerts[query.ActivityId] = [.. best.Where(m => m.RaisesAlert).Select(m => m.ActivityId)];
        }
        return (new Percentiles(times), alerts);
    }

    /// <summary>The best matches of the query among all N profiles, as the detector reports them.</summary>
    public OverlapMatch[] Check(OverlapProfile query)
    {
        var matches = new List<OverlapMatch>();
        foreach (var candidate in _profiles)
        {
            if (candidate.ActivityId == query.ActivityId) continue;
            var match = _scorer.Score(query, candidate, _weights.Terms, _weights.Documents, _weights.Concepts);
            if (match.Score >= _scorer.Model.ReportThreshold) matches.Add(match);
        }
        return matches.OrderByDescending(m => m.Score).ThenBy(m => m.ActivityId, StringComparer.Ordinal).Take(Limit).ToArray();
    }
}

/// <summary>
/// Lucene's MoreLikeThis over the same N texts (title and keywords), as the evaluation's baseline builds it
/// (<see cref="MoreLikeThisIndex"/>). A query is MoreLikeThis.Like on the query's text and a top-10 search, timed together.
/// </summary>
public sealed class MoreLikeThisSearch : IDisposable
{
    private static readonly string[] Languages = ["en", "fr", "es", "ru", "ar", "zh"];

    private readonly MoreLikeThisIndex _index;

    public MoreLikeThisSearch(IEnumerable<ActivityDraft> corpus) =>
        _index = new MoreLikeThisIndex(Languages, corpus.Select(d => (d.Language ?? "en", Corpus.TextOf(d))));

    public Percentiles Measure(IReadOnlyList<ActivityDraft> queries)
    {
        var times = new List<double>(queries.Count);
        foreach (var draft in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var query = _index.Like(Corpus.TextOf(draft), draft.Language ?? "en");
            _index.Search(query, BruteForceDetector.Limit);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new Percentiles(times);
    }

    public void Dispose() => _index.Dispose();
}
