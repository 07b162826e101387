namespace Coordination.Abstractions.Overlaps;

/// <summary>
/// A term two texts share and its share of their similarity. <see cref="Words"/>: the words the texts use for it
/// ("networks"; across languages the bridge "formation ↔ training"), set where the texts are at hand.
/// </summary>
[GenerateSerializer, Alias("coordination.SharedTerm")]
public sealed record SharedTerm([property: Id(0)] string Term, [property: Id(1)] double Weight, [property: Id(2)] string? Words = null);

/// <summary>One piece of structured evidence and what it added to the score.</summary>
[GenerateSerializer, Alias("coordination.EvidenceItem")]
public sealed record EvidenceItem(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Detail,
    [property: Id(2)] double Contribution);

/// <summary>Why two activities look alike: the text signals, the shared terms and the structured matches.</summary>
[GenerateSerializer, Alias("coordination.OverlapExplanation")]
public sealed record OverlapExplanation(
    [property: Id(0)] double TextScore,
    [property: Id(1)] double WordCosine,
    [property: Id(2)] double WeightedJaccard,
    [property: Id(3)] double TrigramDice,
    [property: Id(4)] SharedTerm[] SharedTerms,
    [property: Id(5)] EvidenceItem[] Evidence,
    [property: Id(6)] Sector[] Sectors,
    [property: Id(7)] bool CrossSector,
    [property: Id(8)] bool CrossLanguage = false);
