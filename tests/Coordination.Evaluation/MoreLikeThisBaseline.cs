using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

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
        using var analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(LuceneVersion.LUCENE_48),
            languages.ToDictionary(l => FieldOf(l), TextAnalysis.CreateAnalyzer));
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            foreach (var pair in pairs)
            {
                writer.AddDocument([new TextField(FieldOf(pair.Language1), pair.Text1, Field.Store.NO)]);
                writer.AddDocument([new TextField(FieldOf(pair.Language2), pair.Text2, Field.Store.NO)]);
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var scores = new double[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var mlt = new MoreLikeThis(reader)
            {
                Analyzer = analyzer,
                FieldNames = languages.Select(FieldOf).ToArray(),
                MinTermFreq = 1,
                MinDocFreq = 1,
                MinWordLen = 1,
            };
            // Like(docId) would need stored fields or term vectors; the text itself gives the same query.
            var query = mlt.Like(new StringReader(pairs[i].Text1), FieldOf(pairs[i].Language1));
            var self = searcher.Explain(query, 2 * i).Value;
            scores[i] = self > 0 ? searcher.Explain(query, 2 * i + 1).Value / self : 0;
        }
        return scores;
    }

    private static string FieldOf(string language) => $"text_{language}";
}
