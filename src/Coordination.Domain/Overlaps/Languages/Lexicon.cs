using System.IO.Compression;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Coordination.Domain.Overlaps.Languages;

/// <summary>An English concept term and its weight in a word's translation: 1/k for each of the word's k senses.</summary>
public readonly record struct Concept(string Term, float Weight);

/// <summary>
/// A bilingual dictionary from one language into English, read from a lexicon file of the <c>lexicons</c> folder
/// (<c>headword TAB sense TAB sense...</c>, gzipped). Headwords are keyed by their analysed term in their own language
/// (<see cref="TextAnalysis"/>: the stem, Arabic normalised and stripped of its prefixes), so that a text's inflected words
/// find the entry of their lemma; Chinese headwords are kept whole, for longest-match segmentation. Senses become English
/// concept terms, analysed as English text is, each sense weighing 1/k of a word with k senses (at most
/// <see cref="SensesUsed"/>): a word that means many things says less about any one of them.
/// </summary>
public sealed class Lexicon
{
    /// <summary>Senses of a headword taken into account, the first and most common ones.</summary>
    public const int SensesUsed = 4;

    private readonly Dictionary<string, Concept[]> _entries;
    /// <summary>The same entries keyed by the Snowball stem of the headword, for words the analyzer's light stemmer leaves apart from their lemma.</summary>
    private readonly Dictionary<string, Concept[]> _byStem;

    private Lexicon(string language, Dictionary<string, Concept[]> entries, Dictionary<string, Concept[]> byStem, int longestHeadword)
    {
        Language = language;
        _entries = entries;
        _byStem = byStem;
        LongestHeadword = longestHeadword;
    }

    /// <summary>The language translated from (ISO 639-1).</summary>
    public string Language { get; }

    /// <summary>Distinct keys (analysed headwords).</summary>
    public int Entries => _entries.Count;

    /// <summary>The longest key in characters: how far Chinese segmentation looks ahead.</summary>
    public int LongestHeadword { get; }

    public bool TryTranslate(string key, out Concept[] concepts) => _entries.TryGetValue(key, out concepts!);

    /// <summary>The entries by each English concept they give, built on first use (only searches ask).</summary>
    private Dictionary<string, Concept[][]>? _bySense;

    /// <summary>The entries (their concepts) that give <paramref name="term"/> among their senses: "formación" for "formation".</summary>
    public IReadOnlyList<Concept[]> EntriesGiving(string term)
    {
        var bySense = LazyInitializer.EnsureInitialized(ref _bySense, () => _entries.Values
            .SelectMany(concepts => concepts.Select(c => (c.Term, Concepts: concepts)))
            .GroupBy(e => e.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Concepts).ToArray(), StringComparer.Ordinal));
        return bySense.TryGetValue(term, out var entries) ? entries : [];
    }

    /// <summary>
    /// The word's entry found through its Snowball stem: the French and Spanish analyzers stem lightly (plurals, gender), so a
    /// conjugated verb ("trabajando", "travaillent") misses its infinitive's entry, which the full stemmer reaches. (The
    /// Russian analyzer stems with Snowball already, so its key is that stem.)
    /// </summary>
    public bool TryTranslateWord(string word, out Concept[] concepts)
    {
        concepts = [];
        return StemOf(Language, word) is { } stem && _byStem.TryGetValue(stem, out concepts!);
    }

    [ThreadStatic] private static Dictionary<string, SnowballProgram?>? _stemmers;

    private static string? StemOf(string language, string word)
    {
        var stemmers = _stemmers ??= new(StringComparer.Ordinal);
        if (!stemmers.TryGetValue(language, out var stemmer))
            stemmers[language] = stemmer = language switch
            {
                "fr" => new FrenchStemmer(),
                "es" => new SpanishStemmer(),
                _ => null,
            };
        if (stemmer is null || word.Length < 3) return null;
        stemmer.SetCurrent(word.ToLowerInvariant());
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>Reads a lexicon file; entries whose headword analyses to other than one term (stop words, phrases) are skipped.</summary>
    public static Lexicon Read(string language, Stream gzipped)
    {
        using var reader = new StreamReader(new GZipStream(gzipped, CompressionMode.Decompress), Encoding.UTF8);
        var senses = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var headwordKeys = new List<(string Headword, string Key)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cells = line.Split('\t');
            if (cells.Length < 2) continue;
            var key = KeyOf(language, cells[0]);
            if (key is null) continue;
            headwordKeys.Add((cells[0], key));
            // Inflected headwords share their lemma's key ("formations", "formation"; Arabic "الشبكة", "شبكة").
            if (!senses.TryGetValue(key, out var pooled)) senses[key] = pooled = [];
            pooled.Add([.. cells.Skip(1).Where(c => c.Length > 0)]);
        }
        var analysed = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = new Dictionary<string, Concept[]>(senses.Count, StringComparer.Ordinal);
        var byStem = new Dictionary<string, Concept[]>(StringComparer.Ordinal);
        foreach (var (key, lists) in senses)
        {
            var used = Interleave(lists).Take(SensesUsed).ToArray();
            var weights = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var sense in used)
            {
                if (!analysed.TryGetValue(sense, out var terms)) analysed[sense] = terms = [.. TextAnalysis.Terms(sense, "en").Distinct()];
                foreach (var term in terms) weights[term] = Math.Min(1f, weights.GetValueOrDefault(term) + 1f / used.Length);
            }
            // Chinese has no stop list of its own (the other languages' analyzers drop their stop words before lookup): a
            // word whose first sense is an English stop word ("of", "and", "be") is a function word, and 的, 和, 是 carry no
            // concept; their rarer senses ("taxi" for 的) would only be noise.
            if (language == "zh" && FirstSenseIsStopWord(used, analysed)) entries[key] = [];
            else if (weights.Count > 0) entries[key] = [.. weights.Select(w => new Concept(string.Intern(w.Key), w.Value))];
        }
        foreach (var (headword, key) in headwordKeys)
            if (entries.TryGetValue(key, out var concepts) && StemOf(language, headword) is { } stem) byStem.TryAdd(stem, concepts);
        return new Lexicon(language, entries, byStem, entries.Keys.Count == 0 ? 0 : entries.Keys.Max(k => k.Length));
    }

    private static bool FirstSenseIsStopWord(string[] senses, Dictionary<string, string[]> analysed) =>
        senses.Length > 0 && analysed[senses[0]].Length == 0;

    /// <summary>The pooled headwords' senses, first senses of each first: each headword's own order ranks its senses, not the others'.</summary>
    private static IEnumerable<string> Interleave(List<string[]> lists)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var rank = 0; rank < lists.Max(l => l.Length); rank++)
            foreach (var list in lists)
                if (rank < list.Length && seen.Add(list[rank])) yield return list[rank];
    }

    private static string? KeyOf(string language, string headword)
    {
        if (language == "zh") return headword.Length > 0 && headword.All(TextAnalysis.IsCjk) ? headword : null;
        var terms = TextAnalysis.Terms(headword, language);
        return terms.Count == 1 ? terms[0] : null;
    }
}
