using System.Diagnostics;
using System.Globalization;
using Coordination.Evaluation;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const string Usage = """
    Usage:
      dotnet run -c Release --project tests/Coordination.Evaluation -- pairs FILE...           precision, recall, F1 per file (shipped configuration)
      dotnet run -c Release --project tests/Coordination.Evaluation -- pairs --tune DEVFILE    fit the text model and both thresholds on DEVFILE, print them
      dotnet run -c Release --project tests/Coordination.Evaluation -- pairs --tune-cross DEVFILE...   fit the cross-language model and threshold on pairs in two languages
      dotnet run -c Release --project tests/Coordination.Evaluation -- pairs --cross-validate FILE...   each file measured with the cross-language model fitted on the others
      dotnet run -c Release --project tests/Coordination.Evaluation -- pairs --lexicon-coverage FILE...  share of the non-English words the lexicons translate
      dotnet run -c Release --project tests/Coordination.Evaluation -- events FILE.csv --out PAIRS.tsv    duplicates and clashes of a conference listing
      dotnet run -c Release --project tests/Coordination.Evaluation -- activities FILE.jsonl [--errors]   alerts on labelled activity pairs
      dotnet run -c Release --project tests/Coordination.Evaluation -- activities --tune DEVFILE.jsonl    fit the identity thresholds for precision >= 0.85
    Pairs files: TSV with header 'id lang1 lang2 text1 text2 score label' (shared/data/README.md).
    The shipped configuration (OverlapModel's defaults, MoreLikeThisBaseline.Threshold) comes from --tune on
    stsb-dev-de.tsv, copied in by hand; never tune on a file you then measure.
    """;

if (args.Length == 4 && args[0] == "events" && args[2] == "--out")
{
    try
    {
        return await EventsEvaluation.RunAsync(args[1], args[3]);
    }
    catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException)
    {
        return Fail(e.Message);
    }
}
if (args.Length is 2 or 3 && args[0] == "activities" && (args.Length == 2 || args[1] == "--tune" || args[2] == "--errors"))
{
    try
    {
        if (args[1] == "--tune") return TuneActivities(args[2]);
        MeasureActivities(args[1], listErrors: args.Length == 3);
        return 0;
    }
    catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException)
    {
        return Fail(e.Message);
    }
}
if (args.Length < 2 || args[0] != "pairs")
{
    Console.Error.WriteLine(Usage);
    return 2;
}
try
{
    if (args[1] == "--tune") return args.Length == 3 ? Tune(args[2]) : Fail(Usage);
    if (args[1] == "--lexicon-coverage") return LexiconCoverage(args[2..]);
    if (args[1] == "--tune-cross") return args.Length >= 3 ? TuneCrossLanguage(args[2..]) : Fail(Usage);
    if (args[1] == "--cross-validate") return args.Length >= 4 ? CrossValidate(args[2..]) : Fail(Usage);
    foreach (var file in args.Skip(1)) Measure(file);
    return 0;
}
catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or FormatException)
{
    return Fail(e.Message);
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}

static void Measure(string path)
{
    var watch = Stopwatch.StartNew();
    var pairs = LabelledPairs.Read(path);
    var scorer = new OverlapScorer(OverlapModel.Default);
    var predicted = PlatformPairScorer.Compare(scorer, pairs).Select(p => PlatformPairScorer.IsDuplicate(scorer, p)).ToArray();
    var quality = Quality.Of(predicted, pairs);
    var baseline = Quality.Of(MoreLikeThisBaseline.Score(pairs).Select(s => s >= MoreLikeThisBaseline.Threshold).ToArray(), pairs);
    Console.WriteLine($"pairs file={Path.GetFileName(path)} n={pairs.Count} precision={quality.Precision:F3} recall={quality.Recall:F3} f1={quality.F1:F3} mlt_f1={baseline.F1:F3}");
    Console.Error.WriteLine($"  ({watch.Elapsed.TotalSeconds:F1} s)");
}

static void MeasureActivities(string path, bool listErrors)
{
    var pairs = ActivityPairs.Read(path);
    var matches = ActivityPairs.Score(new OverlapScorer(OverlapModel.Default), ActivityPairs.Profile(pairs));
    var alerted = matches.Select(m => m.RaisesAlert).ToArray();
    var quality = Quality.Of(alerted, pairs.Select(p => p.Label).ToArray());
    Console.WriteLine($"activities file={Path.GetFileName(path)} n={pairs.Count} precision={quality.Precision:F3} recall={quality.Recall:F3} f1={quality.F1:F3} alerted={alerted.Count(a => a)}");
    if (!listErrors) return;
    for (var i = 0; i < pairs.Count; i++)
    {
        if (alerted[i] == (pairs[i].Label == 1)) continue;
        var (pair, match) = (pairs[i], matches[i]);
        Console.WriteLine($"  {(alerted[i] ? "false alert" : "missed")} {pair.Id} score={match.Score:F3} text={match.Explanation.TextScore:F3}: " +
            $"{pair.A.Title} [{string.Join(',', pair.A.Countries ?? [])}] ~ {pair.B.Title} [{string.Join(',', pair.B.Countries ?? [])}]" +
            $" ({string.Join("; ", match.Explanation.Evidence.Select(e => $"{e.Kind} {e.Contribution:+0.00;-0.00}"))})");
    }
}

static int TuneActivities(string path)
{
    const double PrecisionTarget = 0.85;
    var pairs = ActivityPairs.Read(path);
    var labels = pairs.Select(p => p.Label).ToArray();
    var profiled = ActivityPairs.Profile(pairs);
    var grid = from text in Steps(0.30, 0.95) from headline in Steps(0.30, 0.90) select (Text: text, Headline: headline);
    var fits = grid.Select(g =>
    {
        var model = OverlapModel.Default with { IdentityTextThreshold = g.Text, HeadlineCoverageThreshold = g.Headline };
        return (g.Text, g.Headline, Quality: Quality.Of(ActivityPairs.Score(new OverlapScorer(model), profiled).Select(m => m.RaisesAlert).ToArray(), labels));
    }).ToArray();
    // The most recall at the precision target, then the most precision; thresholds that do equally well form a plateau,
    // and its middle is taken: an edge of it is where the next, unseen pair is likeliest to fall on the wrong side.
    var reaching = fits.Where(f => f.Quality.Precision >= PrecisionTarget).ToArray();
    if (reaching.Length == 0) return Fail($"{path}: no thresholds reach precision {PrecisionTarget}.");
    var top = reaching.MaxBy(f => (f.Quality.Recall, f.Quality.Precision)).Quality;
    var plateau = reaching.Where(f => f.Quality == top).ToArray();
    var (centreText, centreHeadline) = (plateau.Average(f => f.Text), plateau.Average(f => f.Headline));
    var best = plateau.MinBy(f => Math.Abs(f.Text - centreText) + Math.Abs(f.Headline - centreHeadline));
    Console.WriteLine($"tuned file={Path.GetFileName(path)} n={pairs.Count} target_precision={PrecisionTarget}");
    Console.WriteLine($"  plateau: {plateau.Length} threshold pairs, text {plateau.Min(f => f.Text):F2}-{plateau.Max(f => f.Text):F2}, headline {plateau.Min(f => f.Headline):F2}-{plateau.Max(f => f.Headline):F2}");
    Console.WriteLine($"  IdentityTextThreshold = {best.Text:F2}, HeadlineCoverageThreshold = {best.Headline:F2}" +
        $"  (precision {best.Quality.Precision:F3}, recall {best.Quality.Recall:F3}, f1 {best.Quality.F1:F3} on this file)");
    return 0;

    static IEnumerable<double> Steps(double from, double to)
    {
        for (var value = from; value <= to + 1e-9; value += 0.05) yield return Math.Round(value, 2);
    }
}

static int Tune(string path)
{
    var pairs = LabelledPairs.Read(path);
    if (!pairs.Any(p => p.Label == 1) || !pairs.Any(p => p.Label == 0))
        return Fail($"{path}: tuning needs pairs labelled 1 (duplicate) and pairs labelled 0 (not).");
    var signals = PlatformPairScorer.Compare(new OverlapScorer(OverlapModel.Default), pairs).Select(p => p.Signals).ToArray();
    var fitted = new OverlapScorer(TextModelFit.Fit(signals, pairs, OverlapModel.Default));
    var (threshold, quality) = Quality.BestThreshold(signals.Select(fitted.TextScore).ToArray(), pairs);
    var (mltThreshold, mlt) = Quality.BestThreshold(MoreLikeThisBaseline.Score(pairs), pairs);
    Console.WriteLine($"tuned file={Path.GetFileName(path)} n={pairs.Count}");
    Console.WriteLine($"  {TextModelFit.Describe(fitted.Model)}");
    Console.WriteLine($"  TextThreshold = {threshold:F2}  (f1 {quality.F1:F3} on this file)");
    Console.WriteLine($"  MoreLikeThis threshold = {mltThreshold:F2}  (f1 {mlt.F1:F3} on this file)");
    return 0;
}

static (OverlapModel Model, Quality Quality) FitCrossLanguage(IReadOnlyList<LabelledPair> pairs)
{
    var compared = PlatformPairScorer.Compare(new OverlapScorer(OverlapModel.Default), pairs);
    var crossPairs = pairs.Where((_, i) => compared[i].CrossLanguage).ToArray();
    var signals = compared.Where(c => c.CrossLanguage).Select(c => c.Signals).ToArray();
    var fitted = TextModelFit.FitCrossLanguage(signals, crossPairs, OverlapModel.Default);
    var scorer = new OverlapScorer(fitted);
    var (threshold, quality) = Quality.BestThreshold(signals.Select(scorer.CrossLanguageTextScore).ToArray(), crossPairs);
    return (fitted with { CrossLanguageThreshold = threshold }, quality);
}

static IReadOnlyList<LabelledPair> ReadAll(IEnumerable<string> paths) => [.. paths.SelectMany(LabelledPairs.Read)];

static int TuneCrossLanguage(string[] paths)
{
    var (model, quality) = FitCrossLanguage(ReadAll(paths));
    Console.WriteLine($"tuned cross-language files={string.Join(',', paths.Select(Path.GetFileName))}");
    Console.WriteLine($"  {TextModelFit.DescribeCrossLanguage(model)}");
    Console.WriteLine($"  CrossLanguageThreshold = {model.CrossLanguageThreshold:F2}  (f1 {quality.F1:F3} on these files)");
    return 0;
}

/// <summary>Each file measured with the cross-language model and threshold fitted on all the others: figures no file was fitted on.</summary>
static int CrossValidate(string[] paths)
{
    var f1s = new List<double>();
    foreach (var held in paths)
    {
        var (model, _) = FitCrossLanguage(ReadAll(paths.Where(p => p != held)));
        var pairs = LabelledPairs.Read(held);
        var scorer = new OverlapScorer(model);
        var quality = Quality.Of(PlatformPairScorer.Compare(scorer, pairs).Select(p => PlatformPairScorer.IsDuplicate(scorer, p)).ToArray(), pairs);
        f1s.Add(quality.F1);
        Console.WriteLine($"held-out file={Path.GetFileName(held)} n={pairs.Count} precision={quality.Precision:F3} recall={quality.Recall:F3} f1={quality.F1:F3} threshold={model.CrossLanguageThreshold:F2} (fitted on the other {paths.Length - 1})");
    }
    Console.WriteLine($"held-out mean f1={f1s.Average():F3} min={f1s.Min():F3}");
    return 0;
}

/// <summary>The share of the words of each file's texts in other languages than English that the lexicons translate.</summary>
static int LexiconCoverage(string[] paths)
{
    foreach (var path in paths)
    {
        var texts = LabelledPairs.Read(path).SelectMany(p => new[] { (p.Text1, p.Language1), (p.Text2, p.Language2) }).Where(t => t.Item2 != "en").ToArray();
        var counts = texts.Select(t => PlatformPairScorer.Lexicons.Coverage(t.Item1, t.Item2)).ToArray();
        var (words, translated) = (counts.Sum(c => c.Words), counts.Sum(c => c.Translated));
        Console.WriteLine($"lexicon-coverage file={Path.GetFileName(path)} words={words} translated={(words == 0 ? 0 : (double)translated / words):F3}");
    }
    return 0;
}
