namespace Coordination.Abstractions.Model;

/// <summary>
/// What the overlap detector keeps of an activity: its analysed terms, its character trigrams and the
/// structured fields that count as evidence. Built from the activity; never edited on its own, so it is
/// [Immutable]: the shards a check fans out to share one instance instead of each getting a deep copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("coordination.OverlapProfile")]
public sealed record OverlapProfile
{
    [Id(0)] public required string ActivityId { get; init; }
    [Id(1)] public required Sector Sector { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string Language { get; init; }
    /// <summary>Analysed terms (stems, CJK bigrams, whole acronyms) with their weighted counts.</summary>
    [Id(4)] public Dictionary<string, int> Terms { get; init; } = [];
    /// <summary>Hashes of the character trigrams of the normalised text, sorted and distinct.</summary>
    [Id(5)] public int[] Trigrams { get; init; } = [];
    [Id(6)] public string[] Topics { get; init; } = [];
    [Id(7)] public string? ThematicPriority { get; init; }
    [Id(8)] public string[] Targets { get; init; } = [];
    [Id(9)] public Region[] Regions { get; init; } = [];
    [Id(10)] public string[] Countries { get; init; } = [];
    [Id(11)] public DateOnly? StartDate { get; init; }
    [Id(12)] public DateOnly? EndDate { get; init; }
    [Id(13)] public ActivityKind? Kind { get; init; }
    /// <summary>Changes exactly when something that matters to overlap changes (text, topics, places, dates, sector).</summary>
    [Id(14)] public required string MaterialHash { get; init; }
    /// <summary>Countries the title or description names (a regional programme names those it covers), beside <see cref="Countries"/>.</summary>
    [Id(15)] public string[] NamedCountries { get; init; } = [];
    /// <summary>The distinct analysed terms of the title and keywords: what identifies the work, against the description's context.</summary>
    [Id(16)] public string[] HeadlineTerms { get; init; } = [];
    /// <summary>Numbers the title and keywords give (phases, rounds, cycles, years; ordinals and roman numerals as numbers), sorted.</summary>
    [Id(17)] public int[] HeadlineNumbers { get; init; } = [];
    /// <summary>
    /// For a text in a language other than English, its English concept terms (dictionary translations of its words,
    /// weighted as <see cref="Terms"/> are, each sense 1/k of a word with k senses), which compare it with texts in the
    /// other languages. Empty for English, whose terms are its concepts, and for a language without a lexicon.
    /// </summary>
    [Id(18)] public Dictionary<string, float> Concepts { get; init; } = [];
    /// <summary>The family of records of one sector that replicate a programme across countries (ActivityFamilies), if any.</summary>
    [Id(19)] public string? Family { get; init; }
}

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

public enum Severity { Low, Medium, High }

/// <summary>
/// An existing activity that a draft or an activity probably duplicates or overlaps. <see cref="BeyondBudget"/>: it would
/// raise an alert, but the item's more severe overlaps used its alert budget; it is listed as a further possible overlap.
/// <see cref="Family"/>: the programme the activity replicates across countries, if any; <see cref="FamilyMembersFound"/>:
/// how many of its records the check found, shown by this one.
/// </summary>
[GenerateSerializer, Immutable, Alias("coordination.OverlapMatch")]
public sealed record OverlapMatch(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Title,
    [property: Id(2)] Sector Sector,
    [property: Id(3)] double Score,
    [property: Id(4)] Severity Severity,
    [property: Id(5)] bool RaisesAlert,
    [property: Id(6)] OverlapExplanation Explanation,
    [property: Id(7)] bool BeyondBudget = false,
    [property: Id(8)] string? Family = null,
    [property: Id(9)] int FamilyMembersFound = 0);
