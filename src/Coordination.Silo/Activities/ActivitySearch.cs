using System.Collections.Concurrent;
using Coordination.Grains.Records;

namespace Coordination.Silo.Activities;

/// <summary>A type-ahead hit: enough to show the activity and link to it.</summary>
public sealed record ActivityHit(string Id, string Title, Sector Sector, ActivityStatus Status);

/// <summary>
/// Finds activities by title in any UN language, for linking as a person types (<see cref="ActivityTitleSearch"/>). A
/// title's concepts are analysed once and kept by title and language, so a keystroke analyses only the query.
/// </summary>
public sealed class ActivitySearch(IGrainFactory grains, Lexicons lexicons)
{
    public const int MaxLimit = 50;
    public const int MaxQueryLength = 200;

    /// <summary>More titles than any registry holds; past it the cache starts afresh rather than grow without bound.</summary>
    private const int CachedTitles = 100_000;

    private readonly ActivityTitleSearch _search = new(lexicons);
    private readonly ConcurrentDictionary<(string Title, string? Language), HashSet<string>> _titles = new();

    public async Task<ActivityHit[]> SearchAsync(string query, int limit, string? excluding = null)
    {
        var concepts = _search.QueryConcepts(query);
        var prefix = ActivityTitleSearch.TypedPrefix(query);
        var activities = await Listings.ActivitiesAsync(grains, Enum.GetValues<Sector>());
        return [.. activities
            .Where(a => a.Id != excluding)
            .Select(a => (Activity: a, Score: ActivityTitleSearch.Score(concepts, TitleConcepts(a), a.Title, prefix)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score).ThenBy(h => h.Activity.Title.Length).ThenBy(h => h.Activity.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => new ActivityHit(h.Activity.Id, h.Activity.Title, h.Activity.Sector, h.Activity.Status))];
    }

    private HashSet<string> TitleConcepts(ActivitySummary activity)
    {
        if (_titles.Count > CachedTitles) _titles.Clear();
        return _titles.GetOrAdd((activity.Title, activity.Language), key => _search.TitleConcepts(key.Title, key.Language));
    }
}
