namespace Coordination.Domain.Overlaps;

/// <summary>
/// Term weights of a collection of profiles held whole in memory, as the evaluation and the benchmark's full scan hold them
/// (the index weighs its shards' terms itself, the same way): IDF of each text's own terms, and of concept terms across
/// languages, counted in the texts holding them as a term (English texts' terms are their concepts) plus the texts of other
/// languages holding them as a concept.
/// </summary>
public sealed class CollectionWeights
{
    private readonly int _documents;
    private readonly Dictionary<string, int> _terms;
    private readonly Dictionary<string, int> _concepts;

    public CollectionWeights(IReadOnlyCollection<OverlapProfile> profiles)
    {
        _documents = profiles.Count;
        _terms = profiles.SelectMany(p => p.Terms.Keys).CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        _concepts = profiles.SelectMany(p => p.Concepts.Keys).CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        Terms = term => OverlapScorer.BoundedIdf(_documents, _terms.GetValueOrDefault(term));
        Concepts = concept => OverlapScorer.BoundedIdf(_documents, _terms.GetValueOrDefault(concept) + _concepts.GetValueOrDefault(concept));
    }

    public int Documents => _documents;
    public InverseDocumentFrequency Terms { get; }
    public InverseDocumentFrequency Concepts { get; }
}
