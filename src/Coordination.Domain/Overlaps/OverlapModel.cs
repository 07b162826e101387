namespace Coordination.Domain.Overlaps;

/// <summary>
/// The detector's calibrated configuration. The text weights and threshold come from
/// <c>dotnet run --project tests/Coordination.Evaluation -- pairs --tune</c> on labelled dev pairs
/// (see docs/benchmarks.md); the evidence weights are the platform's policy.
/// </summary>
public sealed record OverlapModel
{
    // Text score = logistic(Bias + weights · signals of TextSignals), the probability that two texts say the same thing.
    public double Bias { get; init; } = -7.67;
    public double CoverageWeight { get; init; } = 3.16;
    /// <summary>Coverage counts more as it nears 1: the last few unshared words decide most.</summary>
    public double CoverageSquaredWeight { get; init; } = 1.31;
    public double WiderCoverageWeight { get; init; } = 6.40;
    public double UnsharedRarityWeight { get; init; } = 0.38;
    public double NumbersOnlyInOneWeight { get; init; } = -1.06;
    public double NumbersConflictWeight { get; init; } = -2.30;

    /// <summary>Text score from which two texts count as duplicates on their own.</summary>
    public double TextThreshold { get; init; } = 0.42;

    // Across languages, score = logistic(CrossLanguageBias + weights · signals of OverlapScorer.CompareConcepts): texts compared
    // through their English concept terms (dictionary translations) score far lower than texts in one language, so they have
    // their own model and threshold, fitted by `pairs --tune-cross` on the four cross-language STS dev files together
    // (stsb-dev-en-{fr,es,ru,zh}); `pairs --cross-validate` measures each file with the model fitted on the other three.
    public double CrossLanguageBias { get; init; } = -5.69;
    public double CrossLanguageCosineWeight { get; init; } = 1.01;
    public double CrossLanguageCoverageWeight { get; init; } = 7.26;
    public double CrossLanguageWiderCoverageWeight { get; init; } = 4.62;
    /// <summary>Negative: coverage counts less as it nears 1, where translation noise no longer tells texts apart.</summary>
    public double CrossLanguageCoverageSquaredWeight { get; init; } = -4.91;
    public double CrossLanguageUnsharedRarityWeight { get; init; } = 0.3;
    public double CrossLanguageNumbersConflictWeight { get; init; } = -0.92;

    /// <summary>Cross-language text score from which two texts in different languages count as duplicates (and identify the same work).</summary>
    public double CrossLanguageThreshold { get; init; } = 0.30;

    // Subject score = logistic(SubjectBias + SubjectCosineWeight · cosine + SubjectTrigramWeight · trigram Dice): how much
    // subject matter two texts share, even when they do not say the same thing sentence for sentence, as two activities
    // on one piece of work seldom do. Fitted by logistic regression on the same calibration file (stsb-dev-de).
    public double SubjectBias { get; init; } = -5.45;
    public double SubjectCosineWeight { get; init; } = 3.93;
    public double SubjectTrigramWeight { get; init; } = 5.93;

    // The platform's policy for activities: overall score = the larger of the two text scores plus the structured
    // evidence, for and against. An alert needs a distinctive shared word, no decisive evidence against (different
    // places, different phases), and either texts that alone identify the same work (the identity thresholds, fitted on
    // labelled activity pairs) or shared context a task force registered (topic, priority, targets) that lifts the
    // overall score over AlertThreshold (set so that the overlaps planted in the demo data alert and no other demo pair
    // does). docs/benchmarks.md gives the figures and what was fitted on what.

    /// <summary>Overall score from which an overlap corroborated by shared context (topic, priority, targets) raises an alert.</summary>
    public double AlertThreshold { get; init; } = 0.40;

    /// <summary>Text score from which two activities' texts alone identify the same work (with <see cref="HeadlineCoverageThreshold"/>).</summary>
    public double IdentityTextThreshold { get; init; } = 0.60;

    /// <summary>
    /// The share of each title's weight (its words' IDF, title and keywords) that the other activity's text holds, from
    /// which the titles name the same work: "Fortalecimiento ISFODOSU" and "Fortalecimiento IDEICE" share one word, not the work.
    /// </summary>
    public double HeadlineCoverageThreshold { get; init; } = 0.50;

    /// <summary>
    /// A term in more than this share of the registered activities (and more than <see cref="GenericFloor"/> of them) is
    /// generic ("support", "programme", "capacity"): a match made only of such terms never raises an alert.
    /// </summary>
    public double GenericShare { get; init; } = 0.03;

    /// <summary>In a small collection a share means little: a term in this many activities or fewer is never generic.</summary>
    public int GenericFloor { get; init; } = 10;

    /// <summary>Structured evidence can lift a pair over the threshold, but never a pair whose texts share less than this.</summary>
    public double MinimumTextScore { get; init; } = 0.10;

    /// <summary>Matches from this overall score are shown to a user checking a draft, below the alert threshold too.</summary>
    public double ReportThreshold { get; init; } = 0.30;

    /// <summary>Overall score from which an overlap is of high severity.</summary>
    public double HighSeverity { get; init; } = 0.75;

    public double SameTopic { get; init; } = 0.10;
    public double SameThematicPriority { get; init; } = 0.03;
    public double SharedTargets { get; init; } = 0.03;
    public double SharedRegions { get; init; } = 0.05;
    public double SharedCountries { get; init; } = 0.05;
    public double OverlappingDates { get; init; } = 0.05;
    public double SameKind { get; init; } = 0.02;

    // Evidence against. Different places and different phases are decisive (the same kind of work elsewhere, or the
    // next stage of one programme, is not a duplicate): such a pair never raises an alert, and its score drops with them.
    /// <summary>Both say where they work, and neither's places meet the other's (countries, or regions covering them).</summary>
    public double DifferentPlaces { get; init; } = -1.0;
    /// <summary>Both titles give numbers, and not the same ones: another phase, round, cycle or year.</summary>
    public double DifferentNumbers { get; init; } = -0.5;
    /// <summary>Their dates do not overlap: often the next cycle of the same work.</summary>
    public double DisjointDates { get; init; } = -0.15;

    public static OverlapModel Default { get; } = new();
}
