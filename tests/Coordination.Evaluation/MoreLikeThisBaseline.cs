namespace Coordination.Evaluation;

/// <summary>
/// The baseline: Lucene's MoreLikeThis query built from one text, scored against the other and
/// normalised by the first text's score against itself, with the same language analyzers as the
/// platform. Its threshold is calibrated on dev data, as the platform's is.
/// </summary>
public sealed class MoreLikeThisBaseline
{
    /// <summary>Best-F1 threshold on the calibration file (stsb-dev-de), from --tune.</summary>
    public const double Threshold = 0.19;

    public static IReadOnlyList<double> Score(IReadOnlyList<LabelledPair> pairs)
    {
        var languages = pairs.SelectMany(p => new[] { p.Language1, p.Language2 }).Distinct().ToArray();
        // Pair i is documents 2i and 2i + 1.
        using var index = new MoreLikeThisIndex(languages, pairs.SelectMany(p => new[] { (p.Language1, p.Text1), (p.Language2, p.Text2) }));
        var scores = new double[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var query = index.Like(pairs[i].Text1, pairs[i].Language1);
            var self = index.Score(query, 2 * i);
            scores[i] = self > 0 ? index.Score(query, 2 * i + 1) / self : 0;
        }
        return scores;
    }
}
