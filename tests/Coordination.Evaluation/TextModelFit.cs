namespace Coordination.Evaluation;

/// <summary>Fits the text model of <see cref="OverlapModel"/> by logistic regression on labelled pairs, for --tune.</summary>
public static class TextModelFit
{
    private sealed record Input(string Weight, Func<TextSignals, double> Value, Func<OverlapModel, double> Get, Func<OverlapModel, double, OverlapModel> Set);

    /// <summary>What <see cref="OverlapScorer.TextScore"/> weighs, each with its weight in the model.</summary>
    private static readonly Input[] Inputs =
    [
        new(nameof(OverlapModel.CoverageWeight), s => s.Coverage, m => m.CoverageWeight, (m, w) => m with { CoverageWeight = w }),
        new(nameof(OverlapModel.CoverageSquaredWeight), s => s.Coverage * s.Coverage, m => m.CoverageSquaredWeight, (m, w) => m with { CoverageSquaredWeight = w }),
        new(nameof(OverlapModel.WiderCoverageWeight), s => s.WiderCoverage, m => m.WiderCoverageWeight, (m, w) => m with { WiderCoverageWeight = w }),
        new(nameof(OverlapModel.UnsharedRarityWeight), s => s.UnsharedRarity, m => m.UnsharedRarityWeight, (m, w) => m with { UnsharedRarityWeight = w }),
        new(nameof(OverlapModel.NumbersOnlyInOneWeight), s => s.NumbersOnlyInOne ? 1 : 0, m => m.NumbersOnlyInOneWeight, (m, w) => m with { NumbersOnlyInOneWeight = w }),
        new(nameof(OverlapModel.NumbersConflictWeight), s => s.NumbersConflict ? 1 : 0, m => m.NumbersConflictWeight, (m, w) => m with { NumbersConflictWeight = w }),
    ];

    /// <summary>A light ridge penalty on the standardised weights, so that rare signals (numbers) get no extreme weight.</summary>
    private const double Ridge = 1e-3;

    /// <summary>What <see cref="OverlapScorer.CrossLanguageTextScore"/> weighs, each with its weight in the model.</summary>
    private static readonly Input[] CrossLanguageInputs =
    [
        new(nameof(OverlapModel.CrossLanguageCosineWeight), s => s.Cosine, m => m.CrossLanguageCosineWeight, (m, w) => m with { CrossLanguageCosineWeight = w }),
        new(nameof(OverlapModel.CrossLanguageCoverageWeight), s => s.Coverage, m => m.CrossLanguageCoverageWeight, (m, w) => m with { CrossLanguageCoverageWeight = w }),
        new(nameof(OverlapModel.CrossLanguageWiderCoverageWeight), s => s.WiderCoverage, m => m.CrossLanguageWiderCoverageWeight, (m, w) => m with { CrossLanguageWiderCoverageWeight = w }),
        new(nameof(OverlapModel.CrossLanguageCoverageSquaredWeight), s => s.Coverage * s.Coverage, m => m.CrossLanguageCoverageSquaredWeight, (m, w) => m with { CrossLanguageCoverageSquaredWeight = w }),
        new(nameof(OverlapModel.CrossLanguageUnsharedRarityWeight), s => s.UnsharedRarity, m => m.CrossLanguageUnsharedRarityWeight, (m, w) => m with { CrossLanguageUnsharedRarityWeight = w }),
        new(nameof(OverlapModel.CrossLanguageNumbersConflictWeight), s => s.NumbersConflict ? 1 : 0, m => m.CrossLanguageNumbersConflictWeight, (m, w) => m with { CrossLanguageNumbersConflictWeight = w }),
    ];

    /// <summary>The model with its same-language text weights fitted, rounded to two decimals as the configuration stores them.</summary>
    public static OverlapModel Fit(IReadOnlyList<TextSignals> signals, IReadOnlyList<LabelledPair> pairs, OverlapModel start)
    {
        var (bias, weights) = FitLogistic(Inputs, signals, pairs);
        var model = start with { Bias = bias };
        for (var j = 0; j < Inputs.Length; j++) model = Inputs[j].Set(model, weights[j]);
        return model;
    }

    /// <summary>The model with its cross-language weights fitted on pairs in two languages.</summary>
    public static OverlapModel FitCrossLanguage(IReadOnlyList<TextSignals> signals, IReadOnlyList<LabelledPair> pairs, OverlapModel start)
    {
        var (bias, weights) = FitLogistic(CrossLanguageInputs, signals, pairs);
        var model = start with { CrossLanguageBias = bias };
        for (var j = 0; j < CrossLanguageInputs.Length; j++) model = CrossLanguageInputs[j].Set(model, weights[j]);
        return model;
    }

    public static string DescribeCrossLanguage(OverlapModel model) =>
        string.Join(", ", CrossLanguageInputs.Select(i => $"{i.Weight} = {i.Get(model)}").Prepend($"CrossLanguageBias = {model.CrossLanguageBias}"));

    private static (double Bias, double[] Weights) FitLogistic(Input[] inputs, IReadOnlyList<TextSignals> signals, IReadOnlyList<LabelledPair> pairs)
    {
        var n = signals.Count;
        var d = inputs.Length;
        // Standardised inputs make the ridge penalty even-handed and Newton's steps well conditioned.
        var raw = signals.Select(s => inputs.Select(i => i.Value(s)).ToArray()).ToArray();
        var mean = Enumerable.Range(0, d).Select(j => raw.Average(x => x[j])).ToArray();
        var spread = Enumerable.Range(0, d).Select(j => Math.Sqrt(raw.Average(x => (x[j] - mean[j]) * (x[j] - mean[j])))).Select(s => s > 1e-12 ? s : 1).ToArray();
        var x = raw.Select(r => new[] { 1.0 }.Concat(r.Select((v, j) => (v - mean[j]) / spread[j])).ToArray()).ToArray();
        var w = new double[d + 1];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var gradient = new double[d + 1];
            var hessian = new double[d + 1, d + 1];
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-x[i].Select((v, j) => v * w[j]).Sum()));
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var j = 0; j <= d; j++)
                {
                    gradient[j] += (p - pairs[i].Label) * x[i][j];
                    for (var k = 0; k <= d; k++) hessian[j, k] += curvature * x[i][j] * x[i][k];
                }
            }
            for (var j = 1; j <= d; j++)
            {
                gradient[j] += Ridge * n * w[j];
                hessian[j, j] += Ridge * n;
            }
            var step = Solve(hessian, gradient);
            for (var j = 0; j <= d; j++) w[j] -= step[j];
            if (step.Max(Math.Abs) < 1e-9) break;
        }
        var bias = Math.Round(w[0] - Enumerable.Range(0, d).Sum(j => w[j + 1] * mean[j] / spread[j]), 2);
        return (bias, [.. Enumerable.Range(0, d).Select(j => Math.Round(w[j + 1] / spread[j], 2))]);
    }

    public static string Describe(OverlapModel model) =>
        string.Join(", ", Inputs.Select(i => $"{i.Weight} = {i.Get(model)}").Prepend($"Bias = {model.Bias}"));

    /// <summary>Solves the small dense system a·x = b by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        a = (double[,])a.Clone();
        b = (double[])b.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column])) pivot = row;
            for (var k = 0; k < n; k++) (a[column, k], a[pivot, k]) = (a[pivot, k], a[column, k]);
            (b[column], b[pivot]) = (b[pivot], b[column]);
            for (var row = column + 1; row < n; row++)
            {
                var factor = a[row, column] / a[column, column];
                for (var k = column; k < n; k++) a[row, k] -= factor * a[column, k];
                b[row] -= factor * b[column];
            }
        }
        var solution = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = b[row];
            for (var k = row + 1; k < n; k++) sum -= a[row, k] * solution[k];
            solution[row] = sum / a[row, row];
        }
        return solution;
    }
}
