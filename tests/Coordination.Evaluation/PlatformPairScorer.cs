namespace Coordination.Evaluation;

/// <summary>What the detector compares of a pair: its text signals, and whether it compared them across languages.</summary>
public readonly record struct ComparedPair(TextSignals Signals, bool CrossLanguage);

/// <summary>
/// The platform's text detector on a pairs file: every text of the file forms the collection that
/// document frequencies come from, as registered activities do in the platform.
/// </summary>
public static class PlatformPairScorer
{
    /// <summary>The lexicons of the repository's lexicons folder (run from the repository root), read once.</summary>
    public static Lexicons Lexicons => LoadedLexicons.Value;

    private static readonly Lazy<Lexicons> LoadedLexicons = new(() => Lexicons.Load(Path.GetFullPath("lexicons")));

    public static IReadOnlyList<ComparedPair> Compare(OverlapScorer scorer, IReadOnlyList<LabelledPair> pairs)
    {
        var lexicons = Lexicons;
        var profiles = pairs.Select(p => (A: OverlapProfiles.OfText(p.Text1, p.Language1, lexicons), B: OverlapProfiles.OfText(p.Text2, p.Language2, lexicons))).ToArray();
        var weights = new CollectionWeights([.. profiles.SelectMany(p => new[] { p.A, p.B })]);
        return profiles.Select(p =>
        {
            if (OverlapScorer.IsCrossLanguage(p.A, p.B)) return new ComparedPair(scorer.CompareTexts(p.A, p.B, weights.Terms, weights.Concepts).Signals, true);
            return new ComparedPair(scorer.CompareText(p.A.Terms, p.A.Trigrams, p.B.Terms, p.B.Trigrams, weights.Terms), false);
        }).ToArray();
    }

    /// <summary>The detector's verdict on the texts alone, by the model of the comparison made.</summary>
    public static bool IsDuplicate(OverlapScorer scorer, ComparedPair pair) => pair.CrossLanguage
        ? scorer.CrossLanguageTextScore(pair.Signals) >= scorer.Model.CrossLanguageThreshold
        : scorer.IsTextDuplicate(scorer.TextScore(pair.Signals));
}
