using Coordination.Abstractions.Model;
using Coordination.Domain.Overlaps;

namespace Coordination.Grains.Overlaps;

/// <summary>
/// The in-memory inverted index of one overlap shard: profiles in numbered slots, a posting list of slots
/// per term, and the candidates of a query gathered term at a time into a reused array of scores.
/// Not thread-safe: a shard grain owns one and calls it from its own turn.
/// </summary>
public sealed class InvertedIndex
{
    /// <summary>
    /// A term in more than this share of the documents adds no new candidates of its own: its posting list
    /// is long and its weight small. It still adds weight to the candidates the rarer terms found, and the
    /// full score counts it as any other term. A query made only of such terms still finds candidates
    /// through its rarest term.
    /// </summary>
    public const double CommonTermShare = 0.2;

    /// <summary>Below this many documents every term adds candidates: shares mean little in a small shard.</summary>
    private const int CommonTermFloor = 200;

    /// <summary>The first cut of candidates is this many times wider than the candidates finally returned.</summary>
    private const int WideCut = 4;

    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<OverlapProfile?> _profiles = [];
    private readonly Stack<int> _free = new();
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private double[] _scores = [];
    private readonly List<int> _touched = [];

    public int Count => _slots.Count;

    public int Terms => _postings.Count;

    public long Postings => _postings.Values.Sum(p => (long)p.Count);

    public int DocumentFrequency(string term) => _postings.TryGetValue(term, out var slots) ? slots.Count : 0;

    public double Idf(string term) => OverlapScorer.BoundedIdf(Count, DocumentFrequency(term));

    public OverlapProfile? Get(string activityId) => _slots.TryGetValue(activityId, out var slot) ? _profiles[slot] : null;

    /// <summary>Adds the profile, replacing the one stored under its activity if any.</summary>
    public void Upsert(OverlapProfile profile)
    {
        Remove(profile.ActivityId);
        var slot = _free.Count > 0 ? _free.Pop() : NewSlot();
        _profiles[slot] = profile;
        _slots[profile.ActivityId] = slot;
        foreach (var term in profile.Terms.Keys)
        {
            if (!_postings.TryGetValue(term, out var slots)) _postings[term] = slots = [];
            slots.Add(slot);
        }
    }

    public bool Remove(string activityId)
    {
        if (!_slots.Remove(activityId, out var slot)) return false;
        foreach (var term in _profiles[slot]!.Terms.Keys)
        {
            if (!_postings.TryGetValue(term, out var slots)) continue;
            var at = slots.IndexOf(slot);
            if (at < 0) continue;
            slots[at] = slots[^1]; // order within a posting list does not matter
            slots.RemoveAt(slots.Count - 1);
            if (slots.Count == 0) _postings.Remove(term);
        }
        _profiles[slot] = null;
        _free.Push(slot);
        return true;
    }

    /// <summary>
    /// The documents most likely to match the query, at most <paramref name="limit"/>, best first; the query's
    /// own activity is left out. Each document gathers the IDF of the terms it shares with the query, rarest
    /// terms first (see <see cref="CommonTermShare"/>); then <see cref="Best"/> picks by how much of both texts that covers.
    /// </summary>
    public IReadOnlyList<OverlapProfile> Candidates(OverlapProfile query, int limit)
    {
        var commonAbove = Count < CommonTermFloor ? int.MaxValue : (int)(Count * CommonTermShare);
        var terms = query.Terms.Keys
            .Select(term => (Term: term, Slots: _postings.GetValueOrDefault(term)))
            .Where(t => t.Slots is not null)
            .OrderBy(t => t.Slots!.Count)
            .ToArray();
        try
        {
            for (var i = 0; i < terms.Length; i++)
            {
                var (term, slots) = terms[i];
                // Always positive, so a score of 0 means "not touched yet".
                var contribution = OverlapScorer.BoundedIdf(Count, slots!.Count);
                if (i == 0 || slots.Count <= commonAbove)
                {
                    foreach (var slot in slots)
                    {
                        if (_scores[slot] == 0) _touched.Add(slot);
                        _scores[slot] += contribution;
                    }
                }
                else
                {
                    // A common term: only the candidates already found gain from it, looked up in their own terms.
                    foreach (var slot in _touched)
                        if (_profiles[slot]!.Terms.ContainsKey(term)) _scores[slot] += contribution;
                }
            }
            if (_slots.TryGetValue(query.ActivityId, out var own)) _scores[own] = 0;
            return Best(query, limit);
        }
        finally
        {
            foreach (var slot in _touched) _scores[slot] = 0;
            _touched.Clear();
        }
    }

    /// <summary>
    /// The candidates with the most shared weight favour long documents; of a wider first cut, those whose
    /// shared weight covers most of both texts (the detector's main signal) go on to be scored in full.
    /// </summary>
    private List<OverlapProfile> Best(OverlapProfile query, int limit)
    {
        var queryWeight = query.Terms.Keys.Sum(Idf);
        var wide = Top(_touched, slot => _scores[slot], limit * WideCut);
        var ranked = Top(wide, slot => _scores[slot] / Math.Max(queryWeight, _profiles[slot]!.Terms.Keys.Sum(Idf)), limit);
        return ranked.ConvertAll(slot => _profiles[slot]!);
    }

    /// <summary>The best <paramref name="limit"/> of the slots by a rank, best first; a min-heap, O(n log limit).</summary>
    private List<int> Top(List<int> slots, Func<int, double> rank, int limit)
    {
        var best = new PriorityQueue<int, double>(limit + 1);
        foreach (var slot in slots)
        {
            if (_scores[slot] <= 0) continue;
            var value = rank(slot);
            if (best.Count < limit) best.Enqueue(slot, value);
            else if (best.TryPeek(out _, out var lowest) && value > lowest) best.EnqueueDequeue(slot, value);
        }
        var result = new List<int>(best.Count);
        while (best.TryDequeue(out var slot, out _)) result.Add(slot);
        result.Reverse();
        return result;
    }

    private int NewSlot()
    {
        _profiles.Add(null);
        if (_scores.Length < _profiles.Count) Array.Resize(ref _scores, Math.Max(64, _scores.Length * 2));
        return _profiles.Count - 1;
    }
}
