namespace Coordination.Abstractions.Overlaps;

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
