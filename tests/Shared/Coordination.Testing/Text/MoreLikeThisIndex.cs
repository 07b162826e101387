using Coordination.Domain.Overlaps;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Coordination.Testing.Text;

/// <summary>
/// The baseline the detectors are measured against: Lucene's MoreLikeThis over a RAMDirectory of texts, one field per
/// language analysed with the platform's analyzers (<see cref="TextAnalysis.CreateAnalyzer"/>). Documents are numbered
/// from 0 in the order given.
/// </summary>
public sealed class MoreLikeThisIndex : IDisposable
{
    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly MoreLikeThis _moreLikeThis;

    /// <param name="languages">The languages of the fields, in the order MoreLikeThis looks at them.</param>
    public MoreLikeThisIndex(IReadOnlyList<string> languages, IEnumerable<(string Language, string Text)> documents)
    {
        _analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(LuceneVersion.LUCENE_48), languages.ToDictionary(FieldOf, TextAnalysis.CreateAnalyzer));
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)))
        {
            foreach (var (language, text) in documents)
                writer.AddDocument([new TextField(FieldOf(language), text, Field.Store.NO)]);
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _moreLikeThis = new MoreLikeThis(_reader)
        {
            Analyzer = _analyzer,
            FieldNames = languages.Select(FieldOf).ToArray(),
            MinTermFreq = 1,
            MinDocFreq = 1,
            MinWordLen = 1,
        };
    }

    /// <summary>The MoreLikeThis query of a text. Like(docId) would need stored fields or term vectors; the text itself gives the same query.</summary>
    public Query Like(string text, string language) => _moreLikeThis.Like(new StringReader(text), FieldOf(language));

    /// <summary>The score of one document for the query.</summary>
    public float Score(Query query, int document) => _searcher.Explain(query, document).Value;

    public TopDocs Search(Query query, int count) => _searcher.Search(query, count);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static string FieldOf(string language) => $"text_{language}";
}
