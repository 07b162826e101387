namespace Coordination.Evaluation;

/// <summary>A row of a pairs file (see shared/data/README.md): label 1 duplicate, 0 not, -1 in between.</summary>
public sealed record LabelledPair(string Id, string Language1, string Language2, string Text1, string Text2, int Label);

public static class LabelledPairs
{
    /// <summary>The rows with a definite label; in-between rows (-1) are left out of precision, recall and F1.</summary>
    public static IReadOnlyList<LabelledPair> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !lines[0].StartsWith("id\tlang1\tlang2\ttext1\ttext2\tscore\tlabel", StringComparison.Ordinal))
            throw new FormatException($"{path}: expected the header 'id lang1 lang2 text1 text2 score label' (tab-separated).");
        var pairs = new List<LabelledPair>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var cells = lines[i].Split('\t');
            if (cells.Length < 7 || !int.TryParse(cells[6], out var label))
                throw new FormatException($"{path}:{i + 1}: expected 7 tab-separated cells ending with the label.");
            if (label is 0 or 1) pairs.Add(new(cells[0], cells[1], cells[2], cells[3], cells[4], label));
        }
        return pairs;
    }
}

/// <summary>Precision, recall and F1 of yes/no predictions against labels.</summary>
public readonly record struct Quality(double Precision, double Recall, double F1)
{
    public static Quality Of(IReadOnlyList<bool> predicted, IReadOnlyList<LabelledPair> pairs) =>
        Of(predicted, pairs.Select(p => p.Label).ToArray());

    /// <param name="labels">1 duplicate, 0 not, one per prediction.</param>
    public static Quality Of(IReadOnlyList<bool> predicted, IReadOnlyList<int> labels)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            if (predicted[i] && labels[i] == 1) tp++;
            else if (predicted[i]) fp++;
            else if (labels[i] == 1) fn++;
        }
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /// <summary>
    /// The threshold on scores that gives the best F1, for calibration on dev data. Candidates are the scores
    /// rounded to two decimals, as the configuration stores thresholds, so the F1 found is the F1 shipped.
    /// </summary>
    public static (double Threshold, Quality Quality) BestThreshold(IReadOnlyList<double> scores, IReadOnlyList<LabelledPair> pairs)
    {
        var best = (Threshold: 0.0, Quality: new Quality(0, 0, 0));
        foreach (var threshold in scores.Select(s => Math.Round(s, 2)).Distinct().Order())
        {
            var quality = Of(scores.Select(s => s >= threshold).ToArray(), pairs);
            if (quality.F1 > best.Quality.F1) best = (threshold, quality);
        }
        return best;
    }
}
