using System.Diagnostics;
using System.Globalization;
using Coordination.Domain.Overlaps;
using Coordination.Evaluation;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

const string Usage = """
    Usage:
      dotnet run -c Release --project tests/Coordination.Evaluation -- pairs FILE...           precision, recall, F1 per file (shipped configuration)
      dotnet run -c Release --project tests/Coordination.Evaluation -- pairs --tune DEVFILE    fit the text model and both thresholds on DEVFILE, print them
      dotnet run -c Release --project tests/Coordination.Evaluation -- events FILE.csv --out PAIRS.tsv    duplicates and clashes of a conference listing
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
if (args.Length < 2 || args[0] != "pairs")
{
    Console.Error.WriteLine(Usage);
    return 2;
}
try
{
    if (args[1] == "--tune") return args.Length == 3 ? Tune(args[2]) : Fail(Usage);
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
    var predicted = PlatformPairScorer.Compare(scorer, pairs).Select(s => scorer.IsTextDuplicate(scorer.TextScore(s))).ToArray();
    var quality = Quality.Of(predicted, pairs);
    var baseline = Quality.Of(MoreLikeThisBaseline.Score(pairs).Select(s => s >= MoreLikeThisBaseline.Threshold).ToArray(), pairs);
    Console.WriteLine($"pairs file={Path.GetFileName(path)} n={pairs.Count} precision={quality.Precision:F3} recall={quality.Recall:F3} f1={quality.F1:F3} mlt_f1={baseline.F1:F3}");
    Console.Error.WriteLine($"  ({watch.Elapsed.TotalSeconds:F1} s)");
}

static int Tune(string path)
{
    var pairs = LabelledPairs.Read(path);
    if (!pairs.Any(p => p.Label == 1) || !pairs.Any(p => p.Label == 0))
        return Fail($"{path}: tuning needs pairs labelled 1 (duplicate) and pairs labelled 0 (not).");
    var signals = PlatformPairScorer.Compare(new OverlapScorer(OverlapModel.Default), pairs);
    var fitted = new OverlapScorer(TextModelFit.Fit(signals, pairs, OverlapModel.Default));
    var (threshold, quality) = Quality.BestThreshold(signals.Select(fitted.TextScore).ToArray(), pairs);
    var (mltThreshold, mlt) = Quality.BestThreshold(MoreLikeThisBaseline.Score(pairs), pairs);
    Console.WriteLine($"tuned file={Path.GetFileName(path)} n={pairs.Count}");
    Console.WriteLine($"  {TextModelFit.Describe(fitted.Model)}");
    Console.WriteLine($"  TextThreshold = {threshold:F2}  (f1 {quality.F1:F3} on this file)");
    Console.WriteLine($"  MoreLikeThis threshold = {mltThreshold:F2}  (f1 {mlt.F1:F3} on this file)");
    return 0;
}
