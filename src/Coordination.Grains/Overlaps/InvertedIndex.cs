// Long because the index, its term weights and both candidate searches share slots and reused buffers a split would expose.
namespace Coordination.Grains.Overlaps;

/// <summary>
/// The in-memory inverted index of one overlap shard: profiles in numbered slots, a posting list of slots
/// per term, and the candidates of a query gathered term at a time into a reused array of scores.
/// Texts in languages other than English also post their concept terms (<see cref="OverlapProfile.Concepts"/>), in a
/// second set of posting lists, through which a query finds candidates in the other languages; an English text's terms are
/// its concepts, so it posts nothing more.
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
    /// <summary>Posting lists of the concept terms of texts not in English.</summary>
    private readonly Dictionary<string, List<int>> _conceptPostings = new(StringComparer.Ordinal);
    private double[] _scores = [];
    /// <summary>
    /// Per slot, the summed weight of the document's terms (the denominator of <see cref="Best"/>), cached rather than
    /// summed per query; NaN for a document with a term weighed live (see <see cref="Idf"/>), whose weight changes as the
    /// shard grows: that one is summed when it is a candidate.
    /// </summary>
    private double[] _documentWeights = [];
    private readonly List<int> _touched = [];
    // Working space of a query, reused by the next.
    private readonly List<(string Term, List<int> Slots)> _queryTerms = [];
    private readonly PriorityQueue<int, double> _heap = new();
    private int _documentsElsewhere;
    private IReadOnlyDictionary<string, int> _frequenciesElsewhere = new Dictionary<string, int>();
    private IReadOnlyDictionary<string, int> _conceptFrequenciesElsewhere = new Dictionary<string, int>();
    private Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private Dictionary<string, double> _conceptWeights = new(StringComparer.Ordinal);

    public InvertedIndex()
    {
        Idf = TermWeight;
        ConceptIdf = ConceptWeight;
    }

    public int Count => _slots.Count;

    /// <summary>The documents of the whole collection, as last gathered: this index's and those counted elsewhere.</summary>
    public int CollectionSize => Count + _documentsElsewhere;

    public int Terms => _postings.Count;

    public long Postings => _postings.Values.Sum(p => (long)p.Count);

    public int DocumentFrequency(string term) => _postings.TryGetValue(term, out var slots) ? slots.Count : 0;

    /// <summary>
    /// The term's weight in the whole collection: this index's documents and those counted elsewhere (the
    /// other shards), so that a pair scores the same whichever shard holds it, and as a scan of all would.
    /// Weights are computed when the statistics from elsewhere arrive and kept until the next ones (a check
    /// looks up hundreds); a term new since then is weighed as it is now. One delegate, made once: a check hands it
    /// to hundreds of comparisons.
    /// </summary>
    public InverseDocumentFrequency Idf { get; }

    /// <inheritdoc cref="Idf"/>
    private double TermWeight(string term) =>
        _weights.TryGetValue(term, out var weight) ? weight
        : OverlapScorer.BoundedIdf(Count + _documentsElsewhere, DocumentFrequency(term) + _frequenciesElsewhere.GetValueOrDefault(term));

    /// <summary>
    /// A concept term's weight across languages: from the English texts holding it as a term and the others holding it as a
    /// concept. English texts are counted by the term's document frequency, which also counts a text of another language
    /// whose own term is spelled alike: a small excess, on words such as codes and names that most languages share.
    /// </summary>
    public InverseDocumentFrequency ConceptIdf { get; }

    /// <inheritdoc cref="ConceptIdf"/>
    private double ConceptWeight(string concept) =>
        _conceptWeights.TryGetValue(concept, out var weight) ? weight
        : _weights.TryGetValue(concept, out weight) && !_conceptPostings.ContainsKey(concept) ? weight
        : OverlapScorer.BoundedIdf(Count + _documentsElsewhere, DocumentFrequency(concept) + _frequenciesElsewhere.GetValueOrDefault(concept)
            + ConceptFrequency(concept) + _conceptFrequenciesElsewhere.GetValueOrDefault(concept));

    private int ConceptFrequency(string concept) => _conceptPostings.TryGetValue(concept, out var slots) ? slots.Count : 0;

    /// <summary>The other shards' statistics (<see cref="Statistics"/> of each), summed: the rest of the collection.</summary>
    public void SetElsewhere(IReadOnlyCollection<ShardTermStatistics> others)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var conceptFrequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var other in others)
        {
            foreach (var (term, count) in other.DocumentFrequencies)
                frequencies[term] = frequencies.GetValueOrDefault(term) + count;
            foreach (var (concept, count) in other.ConceptFrequencies ?? [])
                conceptFrequencies[concept] = conceptFrequencies.GetValueOrDefault(concept) + count;
        }
        SetElsewhere(others.Sum(o => o.Documents), frequencies, conceptFrequencies);
    }

    /// <summary>The documents and document frequencies (of terms, and of concepts) of the rest of the collection, replacing the earlier ones.</summary>
    public void SetElsewhere(int documents, IReadOnlyDictionary<string, int> frequencies, IReadOnlyDictionary<string, int>? conceptFrequencies = null)
    {
        _documentsElsewhere = documents;
        _frequenciesElsewhere = frequencies;
        _conceptFrequenciesElsewhere = conceptFrequencies ?? new Dictionary<string, int>();
        var total = Count + documents;
        var weights = new Dictionary<string, double>(frequencies.Count + _postings.Count, StringComparer.Ordinal);
        foreach (var (term, count) in frequencies) weights[term] = OverlapScorer.BoundedIdf(total, count + DocumentFrequency(term));
        foreach (var (term, slots) in _postings)
            if (!frequencies.ContainsKey(term)) weights[term] = OverlapScorer.BoundedIdf(total, slots.Count);
        _weights = weights;
        var conceptWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var concept in _conceptFrequenciesElsewhere.Keys.Concat(_conceptPostings.Keys))
            conceptWeights[concept] = OverlapScorer.BoundedIdf(total, DocumentFrequency(concept) + frequencies.GetValueOrDefault(concept)
                + ConceptFrequency(concept) + _conceptFrequenciesElsewhere.GetValueOrDefault(concept));
        _conceptWeights = conceptWeights;
        for (var slot = 0; slot < _profiles.Count; slot++)
            if (_profiles[slot] is { } profile) _documentWeights[slot] = CachedWeightOf(profile);
    }

    private double WeightOf(OverlapProfile profile)
    {
        double weight = 0;
        foreach (var term in profile.Terms.Keys) weight += TermWeight(term);
        return weight;
    }

    /// <summary>The document's weight from the cached term weights, or NaN when one of its terms has none.</summary>
    private double CachedWeightOf(OverlapProfile profile)
    {
        double weight = 0;
        foreach (var term in profile.Terms.Keys)
        {
            if (!_weights.TryGetValue(term, out var termWeight)) return double.NaN;
            weight += termWeight;
        }
        return weight;
    }

    /// <summary>This index's own statistics, a copy.</summary>
    public Dictionary<string, int> DocumentFrequencies() => _postings.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);

    /// <summary>This index's concept statistics (texts not in English), a copy.</summary>
    public Dictionary<string, int> ConceptFrequencies() => _conceptPostings.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);

    /// <summary>This index's statistics as the other shards gather them.</summary>
    public ShardTermStatistics Statistics() => new(Count, DocumentFrequencies(), ConceptFrequencies());

    public OverlapProfile? Get(string activityId) => _slots.TryGetValue(activityId, out var slot) ? _profiles[slot] : null;

    /// <summary>Adds the profile, replacing the one stored under its activity if any.</summary>
    public void Upsert(OverlapProfile profile)
    {
        Remove(profile.ActivityId);
        var slot = _free.Count > 0 ? _free.Pop() : NewSlot();
        _profiles[slot] = profile;
        _slots[profile.ActivityId] = slot;
        foreach (var term in profile.Terms.Keys) Post(_postings, term, slot);
        foreach (var concept in profile.Concepts.Keys) Post(_conceptPostings, concept, slot);
        _documentWeights[slot] = CachedWeightOf(profile);
    }

    private static void Post(Dictionary<string, List<int>> postings, string term, int slot)
    {
        if (!postings.TryGetValue(term, out var slots)) postings[term] = slots = [];
        slots.Add(slot);
    }

    private static void Unpost(Dictionary<string, List<int>> postings, string term, int slot)
    {
        if (!postings.TryGetValue(term, out var slots)) return;
        var at = slots.IndexOf(slot);
        if (at < 0) return;
        slots[at] = slots[^1]; // order within a posting list does not matter
        slots.RemoveAt(slots.Count - 1);
        if (slots.Count == 0) postings.Remove(term);
    }

    public bool Remove(string activityId)
    {
        if (!_slots.Remove(activityId, out var slot)) return false;
        var profile = _profiles[slot]!;
        foreach (var term in profile.Terms.Keys) Unpost(_postings, term, slot);
        foreach (var concept in profile.Concepts.Keys) Unpost(_conceptPostings, concept, slot);
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
        var terms = _queryTerms;
        terms.Clear();
        foreach (var term in query.Terms.Keys)
            if (_postings.TryGetValue(term, out var posted)) terms.Add((term, posted));
        terms.Sort((a, b) => a.Slots.Count.CompareTo(b.Slots.Count));
        try
        {
            for (var i = 0; i < terms.Count; i++)
            {
                var (term, slots) = terms[i];
                // Always positive, so a score of 0 means "not touched yet".
                var contribution = TermWeight(term);
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
                    // A common term: only the candidates already found (a score above 0) gain from it. Its posting
                    // list is walked rather than each candidate's terms looked up: integers, not strings.
                    foreach (var slot in slots)
                        if (_scores[slot] > 0) _scores[slot] += contribution;
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
    /// The documents in other languages most likely to match the query, at most <paramref name="limit"/>, best first: those
    /// sharing most concept weight with it (an English query's terms with other languages' concepts; another language's
    /// concepts with English texts' terms and other languages' concepts), then by how much of both that covers.
    /// </summary>
    public IReadOnlyList<OverlapProfile> CrossLanguageCandidates(OverlapProfile query, int limit)
    {
        var english = query.Language == "en";
        if (english ? _conceptPostings.Count == 0 : query.Concepts.Count == 0) return [];
        try
        {
            double queryWeight = 0;
            if (english)
                foreach (var term in query.Terms.Keys)
                {
                    var weight = ConceptWeight(term);
                    queryWeight += weight;
                    if (_conceptPostings.TryGetValue(term, out var slots)) Gather(slots, weight, query.Language);
                }
            else
                foreach (var concept in query.Concepts.Keys)
                {
                    var weight = ConceptWeight(concept);
                    queryWeight += weight;
                    if (_postings.TryGetValue(concept, out var slots)) Gather(slots, weight, query.Language);
                    if (_conceptPostings.TryGetValue(concept, out slots)) Gather(slots, weight, query.Language);
                }
            var wide = Top(_touched, slot => _scores[slot], limit * WideCut);
            var ranked = Top(wide, slot => _scores[slot] / Math.Max(queryWeight, ConceptWeightOf(_profiles[slot]!)), limit);
            return ranked.ConvertAll(slot => _profiles[slot]!);
        }
        finally
        {
            foreach (var slot in _touched) _scores[slot] = 0;
            _touched.Clear();
        }
    }

    /// <summary>Adds the concept's weight to each document of another language than the query's (the query's own are found by its terms).</summary>
    private void Gather(List<int> slots, double weight, string queryLanguage)
    {
        foreach (var slot in slots)
        {
            if (_profiles[slot]!.Language == queryLanguage) continue;
            if (_scores[slot] == 0) _touched.Add(slot);
            _scores[slot] += weight;
        }
    }

    private double ConceptWeightOf(OverlapProfile profile)
    {
        double weight = 0;
        foreach (var concept in profile.Language == "en" ? (IEnumerable<string>)profile.Terms.Keys : profile.Concepts.Keys) weight += ConceptWeight(concept);
        return weight;
    }

    /// <summary>
    /// The candidates with the most shared weight favour long documents; of a wider first cut, those whose
    /// shared weight covers most of both texts (the detector's main signal) go on to be rated by the scorer.
    /// </summary>
    private List<OverlapProfile> Best(OverlapProfile query, int limit)
    {
        var queryWeight = WeightOf(query);
        var wide = Top(_touched, slot => _scores[slot], limit * WideCut);
        var ranked = Top(wide, slot => _scores[slot] / Math.Max(queryWeight, DocumentWeight(slot)), limit);
        return ranked.ConvertAll(slot => _profiles[slot]!);
    }

    private double DocumentWeight(int slot) => _documentWeights[slot] is var cached && double.IsNaN(cached) ? WeightOf(_profiles[slot]!) : cached;

    /// <summary>The best <paramref name="limit"/> of the slots by a rank, best first; a min-heap, O(n log limit).</summary>
    private List<int> Top(List<int> slots, Func<int, double> rank, int limit)
    {
        var best = _heap;
        best.Clear();
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
        if (_scores.Length < _profiles.Count)
        {
            Array.Resize(ref _scores, Math.Max(64, _scores.Length * 2));
            Array.Resize(ref _documentWeights, _scores.Length);
        }
        return _profiles.Count - 1;
    }
}
