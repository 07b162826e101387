using System.Diagnostics;

namespace Coordination.Domain.Overlaps.Languages;

/// <summary>
/// The lexicons into English that give texts in the other UN languages a language-neutral representation: English concept
/// terms, compared with English texts' own terms and with each other (see <see cref="Concepts"/>). Without a lexicon for a
/// language, its texts match texts of their own language only (and others through names, codes and numbers).
/// </summary>
public sealed class Lexicons
{
    /// <summary>The file of a language's lexicon in the lexicon folder.</summary>
    public static string FileName(string language) => $"{language}-en.tsv.gz";

    /// <summary>The languages a lexicon is shipped for: the UN languages other than English.</summary>
    public static readonly string[] Languages = ["ar", "es", "fr", "ru", "zh"];

    private readonly Dictionary<string, Lexicon> _byLanguage;

    public Lexicons(IEnumerable<Lexicon> lexicons) => _byLanguage = lexicons.ToDictionary(l => l.Language, StringComparer.Ordinal);

    /// <summary>No lexicon: same-language detection only.</summary>
    public static Lexicons None { get; } = new([]);

    public IReadOnlyCollection<string> Loaded => _byLanguage.Keys;

    public IReadOnlyList<string> Missing => [.. Languages.Where(l => !_byLanguage.ContainsKey(l))];

    public Lexicon? For(string language) => _byLanguage.GetValueOrDefault(language);

    /// <summary>How long reading the lexicons took and what they added to the managed heap.</summary>
    public TimeSpan LoadTime { get; private init; }
    public long LoadBytes { get; private init; }

    /// <summary>Reads the lexicons of <paramref name="folder"/>, in parallel; a language whose file is absent is left out.</summary>
    public static Lexicons Load(string folder)
    {
        var watch = Stopwatch.StartNew();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var loaded = Languages.AsParallel()
            .Select(language => (language, path: Path.Combine(folder, FileName(language))))
            .Where(l => File.Exists(l.path))
            .Select(l =>
            {
                using var file = File.OpenRead(l.path);
                return Lexicon.Read(l.language, file);
            })
            .ToArray();
        return new Lexicons(loaded) { LoadTime = watch.Elapsed, LoadBytes = GC.GetTotalMemory(forceFullCollection: true) - before };
    }

    /// <summary>
    /// The English concept terms of a text in another language, with their weights times <paramref name="weight"/>: each word
    /// its dictionary translations; a word the dictionary lacks its English analysis (names, cognates, codes and numbers
    /// read alike in both: "Kigali", "infrastructure", "5G"); Chinese segmented by longest match. Null for English, whose
    /// terms are its concepts; empty for a language without a lexicon. <paramref name="analysed"/>: the text's
    /// <see cref="TextAnalysis.AnalysedWords"/> when the caller has them already.
    /// </summary>
    public Dictionary<string, float>? Concepts(string? text, string language, int weight = 1, IReadOnlyList<TextAnalysis.AnalysedWord>? analysed = null)
    {
        if (language == "en") return null;
        var concepts = new Dictionary<string, float>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text) || For(language) is not { } lexicon) return concepts;
        foreach (var word in Words(text, lexicon, analysed))
            foreach (var concept in word.Concepts)
                concepts[concept.Term] = concepts.GetValueOrDefault(concept.Term) + concept.Weight * weight;
        return concepts;
    }

    /// <summary>
    /// For each term of the text (and, across languages, each concept), the first word of the text that carries it, as the
    /// text writes it: "networks" for "network"; in a French text "réseaux" for the concept "network".
    /// </summary>
    public Dictionary<string, string> WordsOf(string? text, string language)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return words;
        var analysed = TextAnalysis.AnalysedWords(text, language);
        foreach (var (term, word) in analysed) words.TryAdd(term, word);
        if (language != "en" && For(language) is { } lexicon)
            foreach (var translated in Words(text, lexicon, analysed))
                foreach (var concept in translated.Concepts)
                    words.TryAdd(concept.Term, translated.Word);
        return words;
    }

    /// <summary>
    /// The shared terms with the words the two texts use for them (<see cref="SharedTerm.Words"/>): the word itself in one
    /// language ("networks"), the bridge across two ("formation ↔ training", "人工智能 ↔ artificial intelligence").
    /// </summary>
    public SharedTerm[] Worded(SharedTerm[] terms, (string? Text, string Language) a, (string? Text, string Language) b)
    {
        if (terms.Length == 0) return terms;
        var (wordsA, wordsB) = (WordsOf(a.Text, a.Language), WordsOf(b.Text, b.Language));
        if (a.Language == b.Language)
            return [.. terms.Select(t => t with { Words = wordsA.GetValueOrDefault(t.Term) ?? wordsB.GetValueOrDefault(t.Term) ?? t.Term })];
        // One word may bridge to several: 人工智能 carries "artificial" and "intelligence", shown as one bridge.
        return [.. terms
            .Select(t => (Term: t, A: wordsA.GetValueOrDefault(t.Term) ?? t.Term, B: wordsB.GetValueOrDefault(t.Term) ?? t.Term))
            .GroupBy(t => t.A, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var across = string.Join(" ", g.Select(t => t.B).Distinct(StringComparer.OrdinalIgnoreCase));
                var words = string.Equals(g.Key, across, StringComparison.OrdinalIgnoreCase) ? g.Key : $"{g.Key} ↔ {across}";
                return g.First().Term with { Weight = Math.Round(g.Sum(t => t.Term.Weight), 3), Words = words };
            })];
    }

    /// <summary>
    /// English terms that a lexicon gives as translations of the same word as <paramref name="term"/>, each weighing the
    /// lesser of the two senses: "training" for "formation", both senses of Spanish "formación". It bridges a word the
    /// lexicon of its own language lacks (French "formation") to the concept another lexicon pairs it with. Chinese is
    /// left out: its many short senses would relate nearly everything.
    /// </summary>
    public Dictionary<string, float> Related(string term)
    {
        var related = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var lexicon in _byLanguage.Values.Where(l => l.Language != "zh"))
            foreach (var concepts in lexicon.EntriesGiving(term))
            {
                var own = concepts.First(c => c.Term == term).Weight;
                foreach (var other in concepts.Where(c => c.Term != term))
                    related[other.Term] = Math.Max(related.GetValueOrDefault(other.Term), Math.Min(own, other.Weight));
            }
        return related;
    }

    /// <summary>The words of a text, and how many of them the lexicon translates (the rest read as English): a lexicon's coverage.</summary>
    public (int Words, int Translated) Coverage(string? text, string language)
    {
        if (string.IsNullOrWhiteSpace(text) || For(language) is not { } lexicon) return (0, 0);
        // Chinese runs of other scripts are read as English, not looked up: they are not the lexicon's to cover.
        var words = Words(text, lexicon, analysed: null).Where(w => language != "zh" || w.Word.All(TextAnalysis.IsCjk)).ToArray();
        return (words.Length, words.Count(w => w.Translated));
    }

    /// <summary>A word of a text, its concepts, and whether the lexicon gave them (rather than its reading as English).</summary>
    private readonly record struct TranslatedWord(string Word, IReadOnlyList<Concept> Concepts, bool Translated);

    private static IEnumerable<TranslatedWord> Words(string text, Lexicon lexicon, IReadOnlyList<TextAnalysis.AnalysedWord>? analysed) =>
        lexicon.Language == "zh" ? ChineseWords(text, lexicon) : AnalysedWords(analysed ?? TextAnalysis.AnalysedWords(text, lexicon.Language), lexicon);

    private static IEnumerable<TranslatedWord> AnalysedWords(IReadOnlyList<TextAnalysis.AnalysedWord> analysed, Lexicon lexicon)
    {
        foreach (var (term, word) in analysed)
            yield return lexicon.TryTranslate(term, out var concepts) || lexicon.TryTranslateWord(word, out concepts)
                ? new(word, concepts, true) : new(word, Untranslated(word, lexicon.Language), false);
    }

    /// <summary>
    /// Runs of Chinese characters cut into the fewest headwords the lexicon knows (other runs read as English): greedy longest
    /// match cuts 非洲人工智能 into 非洲人 / 工 / 智能 ("African", "work", "smart"), the fewest words into 非洲 / 人工智能.
    /// </summary>
    private static IEnumerable<TranslatedWord> ChineseWords(string text, Lexicon lexicon)
    {
        var at = 0;
        while (at < text.Length)
        {
            var end = at;
            var cjk = TextAnalysis.IsCjk(text[at]);
            while (end < text.Length && TextAnalysis.IsCjk(text[end]) == cjk) end++;
            if (cjk)
                foreach (var word in Segment(text[at..end], lexicon)) yield return word;
            else
                foreach (var (term, word) in TextAnalysis.AnalysedWords(text[at..end], "en")) yield return new(word, [new(term, 1f)], false);
            at = end;
        }
    }

    /// <summary>A run of Chinese characters as the fewest words (ties: the longer first word), by dynamic programming from its end.</summary>
    private static IEnumerable<TranslatedWord> Segment(string run, Lexicon lexicon)
    {
        // words[i]: the fewest words run[i..] cuts into; cut[i]: the length of the first of them (0: a character the lexicon
        // lacks) and found[i] its concepts.
        var words = new int[run.Length + 1];
        var cut = new int[run.Length];
        var found = new Concept[run.Length][];
        for (var i = run.Length - 1; i >= 0; i--)
        {
            words[i] = words[i + 1] + 1;
            for (var length = Math.Min(lexicon.LongestHeadword, run.Length - i); length >= 1; length--)
                if (words[i + length] + 1 < words[i] || cut[i] == 0 && words[i + length] + 1 == words[i])
                    if (lexicon.TryTranslate(run.Substring(i, length), out var concepts))
                    {
                        words[i] = words[i + length] + 1;
                        cut[i] = length;
                        found[i] = concepts;
                    }
        }
        for (var i = 0; i < run.Length;)
        {
            if (cut[i] == 0)
            {
                // A character the lexicon lacks stays itself: it still matches Chinese texts, and counts as unshared.
                yield return new(run[i].ToString(), [new(run[i].ToString(), 1f)], false);
                i++;
                continue;
            }
            yield return new(run.Substring(i, cut[i]), found[i], true);
            i += cut[i];
        }
    }

    /// <summary>
    /// A word the lexicon lacks, read as English: names, codes and numbers are written alike, and French and Spanish words
    /// of Latin origin are mostly English ones with their accents and endings changed ("préparation", "évaluation",
    /// "sécurité", "tecnología"), which <see cref="Cognates.English"/> undoes.
    /// </summary>
    private static Concept[] Untranslated(string word, string language) =>
        [.. TextAnalysis.Terms(Cognates.English(word, language), "en").Select(t => new Concept(t, 1f))];
}
