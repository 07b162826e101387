using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Coordination.Domain.Overlaps;

/// <summary>
/// Turns text in any of the six UN languages into terms with Lucene's analyzers (stemming, stop
/// words, CJK bigrams for Chinese), keeping numbers, and acronyms and codes such as WTDC, SG13 or
/// IMT-2030 whole. Analyzers are thread-safe and built once per language.
/// </summary>
public static partial class TextAnalysis
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly ConcurrentDictionary<string, Analyzer> Analyzers = new();

    /// <summary>Upper-case acronyms and codes with digits: WTDC, ITU-T, SG13, IMT-2030, 5G, H.264.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\p{Lu}{2,}[\p{Lu}\p{N}]*(?:[-.]\p{Lu}*\p{N}+[\p{Lu}\p{N}]*|-\p{Lu}{1,4})*|\p{Lu}+\p{N}+[\p{Lu}\p{N}]*|\p{N}+G|\p{Lu}\.\p{N}+)(?![\p{L}\p{N}])")]
    private static partial Regex CodePattern();

    public static IReadOnlyList<string> Terms(string? text, string language) =>
        [.. AnalysedWords(text, language).Select(w => w.Term)];

    /// <summary>A term and the word of the text it comes from: "networks" for the term "network".</summary>
    public readonly record struct AnalysedWord(string Term, string Word);

    /// <summary>The terms of <see cref="Terms"/>, each with the word of the text that produced it (codes first, then words in order).</summary>
    public static IReadOnlyList<AnalysedWord> AnalysedWords(string? text, string language)
    {
        var words = new List<AnalysedWord>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        // Codes are blanked with as many spaces, so that the analyzer's offsets still point into the text.
        var rest = CodePattern().Replace(text, match =>
        {
            words.Add(new(match.Value.ToLowerInvariant(), match.Value));
            return new string(' ', match.Length);
        });
        var analyzer = Analyzers.GetOrAdd(language, CreateAnalyzer);
        using var stream = analyzer.GetTokenStream("text", new StringReader(rest));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            // Single letters say nothing, but single digits do: "5 killed" is not "7 killed".
            if (value.Length > 1 || IsCjk(value[0]) || char.IsDigit(value[0]))
                words.Add(new(value, rest[offset.StartOffset..Math.Min(offset.EndOffset, rest.Length)]));
        }
        stream.End();
        return words;
    }

    /// <summary>Numbers written with digits, with an ordinal suffix or not: 2012, 5th, 3rd, 2e, 4ème, 1º, 3ª.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(\p{N}{1,6})(?:st|nd|rd|th|e|er|re|ème|eme|º|ª|o|a)?(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    /// <summary>A word of Roman numeral letters, with the word before it when that word counts stages ("Phase II", "fase iv").</summary>
    [GeneratedRegex(@"(?:(?<stage>phase|round|cycle|stage|fase|etapa|ronda|tranche|étape|этап)\s+)?(?<![\p{L}\p{N}])(?<numeral>[IVXivx]{1,5})(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex RomanPattern();

    private static readonly Dictionary<string, int> RomanNumerals = Enumerable.Range(1, 20)
        .ToDictionary(n => new[] { "", "X", "XX" }[n / 10] + new[] { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" }[n % 10], n => n, StringComparer.Ordinal);

    /// <summary>
    /// The numbers a title gives, sorted and distinct: phases, rounds, cycles and years tell one programme's successive
    /// stages apart ("GEF Small Grants Programme, 4th Operational Phase" and "..., 5th ..."), which share every other word.
    /// Roman numerals count in capitals from II ("HSSP II"); "I", and numerals in lower case, only after a word such as
    /// "phase" ("I" is a pronoun, "vi" a word).
    /// </summary>
    public static int[] Numbers(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var numbers = new SortedSet<int>();
        foreach (Match match in NumberPattern().Matches(text))
            if (int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) numbers.Add(number);
        foreach (Match match in RomanPattern().Matches(text))
        {
            var numeral = match.Groups["numeral"].Value;
            var afterStage = match.Groups["stage"].Success;
            if (!RomanNumerals.TryGetValue(numeral.ToUpperInvariant(), out var value)) continue;
            var capitals = numeral == numeral.ToUpperInvariant();
            if (afterStage || (capitals && value > 1)) numbers.Add(value);
        }
        return [.. numbers];
    }

    /// <summary>Character trigrams of the text with case and accents folded, hashed; they carry similarity across spelling, inflection and cognates.</summary>
    public static int[] Trigrams(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var folded = Fold(text);
        var grams = new HashSet<int>();
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length == 1 && !IsCjk(word[0])) continue;
            var padded = $"^{word}$";
            for (var i = 0; i + 3 <= padded.Length; i++) grams.Add(StableHash(padded.AsSpan(i, 3)));
        }
        var result = grams.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Lower case, accents dropped, every character but letters and digits a space: "Côte d'Ivoire" and "Cote d?Ivoire" fold alike.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString();
    }

    private static int StableHash(ReadOnlySpan<char> gram)
    {
        var hash = 2166136261u;
        foreach (var c in gram)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)hash;
    }

    /// <summary>A term that is a number (digits with their separators): numbers that differ are strong evidence against a duplicate.</summary>
    public static bool IsNumber(string term)
    {
        // Loops rather than LINQ here and in IsCjkWord: both run for every term of every pair compared.
        if (term.Length == 0 || !char.IsDigit(term[0])) return false;
        foreach (var c in term)
            if (!char.IsDigit(c) && c is not '.' and not ',') return false;
        return true;
    }

    internal static bool IsCjk(char c) => c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\uf900' and <= '\ufaff';

    /// <summary>
    /// Lucene's Russian stop list less the content words it holds (person, life, one, two, three, said,
    /// today...): "a man" and "a person" must not look alike because one of them was dropped.
    /// </summary>
    private static readonly CharArraySet RussianStopWords = Without(RussianAnalyzer.DefaultStopSet,
        "человек", "жизнь", "один", "два", "три", "сегодня", "хорошо", "лучше", "говорил", "сказал", "сказала", "сказать");

    private static CharArraySet Without(CharArraySet stopWords, params string[] kept)
    {
        var result = new CharArraySet(Version, stopWords.Count, ignoreCase: true);
        foreach (var word in stopWords)
            if (!kept.Contains(word.ToString(), StringComparer.Ordinal)) result.Add(word);
        return result;
    }

    /// <summary>A new instance of Lucene's analyzer for the language (ISO 639-1); StandardAnalyzer for others.</summary>
    public static Analyzer CreateAnalyzer(string language) => language switch
    {
        "en" => new EnglishAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "ru" => new RussianAnalyzer(Version, RussianStopWords),
        "ar" => new ArabicAnalyzer(Version),
        "zh" => new CJKAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        _ => new StandardAnalyzer(Version),
    };
}
