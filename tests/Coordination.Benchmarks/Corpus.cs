using System.IO.Compression;
using System.Text;
using Coordination.TestData;

namespace Coordination.Benchmarks;

/// <summary>One row of shared/data/activities/un-activities.csv: what the benchmarks use of it; <see cref="Row"/> counts data rows from 1.</summary>
public sealed record UnActivity(int Row, string Country, string Title, string[] Sectors, string Reporting, string Implementer)
{
    /// <summary>The sectors column without its placeholder "Sectors Not Specified".</summary>
    public IEnumerable<string> NamedSectors => Sectors.Where(s => !s.Equals("Sectors Not Specified", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The benchmark corpus: activities made from the real UN activity titles of un-activities.csv, a tenth of them
/// turned into texts in the other five UN languages, as many as asked for, always the same for the same seed
/// (activity i does not depend on N).
/// <list type="bullet">
/// <item>The CSV's titles are de-duplicated (4,420 distinct of 4,976 rows), each kept with its row, and put in
/// an order shuffled by a <see cref="Random"/> seeded with <see cref="Seed"/>. Activities 0 to 4,419 are these
/// real titles as they are, one each (but for the tenth in other languages, below).</item>
/// <item>Activity 4,420 and later are variants: a real row drawn at random, each word of its title kept with
/// probability 1/2 and otherwise replaced by a word drawn from all the words of the real titles in the same
/// language, weighted by how often they occur there. Titles keep the real lengths, vocabulary and word
/// frequencies; two variants of one title share about a quarter of its words.</item>
/// <item>Language: the title's by a stop-word vote (es, fr, else en); the CSV is mostly English with some
/// Spanish and French, and the platform analyses each language with its own Lucene analyzer.</item>
/// <item>Other languages: activity i with i % 10 == 9 (a tenth, whatever N) is made as above, and then its title
/// replaced by a text in one of the other five UN languages, cycling fr, es, ru, zh, ar (language
/// <see cref="OtherLanguages"/>[(i / 10) % 5]), with Language set to it and no keywords (the row's are English
/// sector names). French, Spanish, Russian and Chinese titles are real sentences: one drawn uniformly from the
/// pool of that language, text1 and text2 of every row of ../shared/data/pairs/stsb-dev-{fr,es,ru,zh}.tsv (STS-B
/// dev in machine translation, 3,000 sentences per language, paraphrase pairs among them). Arabic has no such
/// file: its titles are 6 to 10 words (uniformly) each drawn uniformly from the distinct headwords of one word
/// (no space) of the Arabic lexicon, lexicons/ar-en.tsv.gz as shipped next to the program. The draws of activity
/// i use a <see cref="Random"/> of its own, seeded from <see cref="Seed"/> and i, so the other nine tenths are the
/// same activities as without them; the foreign activities keep their row's countries, regions, sector, kind
/// and dates.</item>
/// <item>Countries: the row's country when the platform knows the code; regions: that country's ITU region
/// from <see cref="Countries"/> (GLOBAL when the code is unknown).</item>
/// <item>Keywords: the row's sectors column split on ';', without "Sectors Not Specified", at most 5 (most rows
/// have none).</item>
/// <item>Sector BR, TSB, BDT or GS and kind (any <see cref="ActivityKind"/>) uniformly at random; start date
/// uniform over 2026-01-01..2028-12-31, end date 0 to 364 days later, capped at 2028-12-31; status Planned.</item>
/// <item>No topics, thematic priority or targets: topics must exist before an activity can name them, and the
/// benchmark registers activities alone.</item>
/// </list>
/// </summary>
public static class Corpus
{
    public const int Seed = 20260101;

    /// <summary>The languages of the tenth of activities not drawn from the CSV, in the order activities cycle through them.</summary>
    public static readonly string[] OtherLanguages = ["fr", "es", "ru", "zh", "ar"];

    /// <summary>Activity i is in one of <see cref="OtherLanguages"/>: a tenth of any corpus.</summary>
    public static bool IsInOtherLanguage(int i) => i % 10 == 9;

    /// <summary>Words in an Arabic title: 6 to 10.</summary>
    private const int ArabicWordsMin = 6, ArabicWordsMax = 10;

    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> OtherTexts = new(ReadOtherTexts);

    private static readonly DateOnly First = new(2026, 1, 1);
    private static readonly DateOnly Last = new(2028, 12, 31);

    private static readonly HashSet<string> Spanish = new(StringComparer.OrdinalIgnoreCase)
        { "y", "del", "los", "las", "el", "para", "con", "por", "desarrollo", "fortalecimiento", "programa", "proyecto", "apoyo", "gestión", "nacional" };

    private static readonly HashSet<string> French = new(StringComparer.OrdinalIgnoreCase)
        { "et", "des", "les", "du", "au", "aux", "pour", "le", "appui", "renforcement", "projet", "développement", "gestion", "dans" };

    /// <summary>Reads the CSV (RFC 4180 quoting); rows without a title are skipped.</summary>
    public static IReadOnlyList<UnActivity> Read(string path) => Read(path, out _);

    /// <summary>Reads the CSV; <paramref name="untitled"/> counts the rows skipped for want of a title.</summary>
    public static IReadOnlyList<UnActivity> Read(string path, out int untitled)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = CsvRecords.Read(reader) ?? throw new FormatException($"{path} is empty.");
        int country = CsvRecords.Column(header, "country", path), title = CsvRecords.Column(header, "title", path),
            sectors = CsvRecords.Column(header, "sectors", path), reporting = CsvRecords.Column(header, "reporting", path),
            implementer = CsvRecords.Column(header, "implementer", path);
        var last = new[] { country, title, sectors, reporting, implementer }.Max();
        var rows = new List<UnActivity>();
        var row = 0;
        untitled = 0;
        while (CsvRecords.Read(reader) is { } cells)
        {
            row++;
            if (cells.Length <= last || string.IsNullOrWhiteSpace(cells[title])) { untitled++; continue; }
            rows.Add(new(row, cells[country].Trim().ToUpperInvariant(), Collapse(cells[title]),
                cells[sectors].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                cells[reporting].Trim(), Collapse(cells[implementer])));
        }
        if (rows.Count == 0) throw new FormatException($"{path}: no activity with a title.");
        return rows;
    }

    /// <summary>The drafts of activities <paramref name="from"/> to <paramref name="from"/>+<paramref name="count"/>-1.</summary>
    public static ActivityDraft[] Synthesise(IReadOnlyList<UnActivity> rows, string idPrefix, int from, int count)
    {
        var random = new Random(Seed);
        var real = rows.DistinctBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToArray();
        random.Shuffle(real);
        var words = real.SelectMany(r => r.Title.Split(' ').Select(w => (Language: LanguageOf(r.Title), Word: w)))
            .GroupBy(w => w.Language).ToDictionary(g => g.Key, g => g.Select(w => w.Word).ToArray());
        var drafts = new ActivityDraft[count];
        for (var i = 0; i < from + count; i++)
        {
            var draft = Next(i, real, words, random, $"{idPrefix}-{i:D7}");
            if (i >= from) drafts[i - from] = draft;
        }
        return drafts;
    }

    /// <summary>The text the baselines index: what the platform's profile is built from (title and keywords).</summary>
    public static string TextOf(ActivityDraft draft) => $"{draft.Title} {string.Join(" ; ", draft.Keywords ?? [])}";

    /// <summary>The files the texts in other languages come from: the sentence files and the Arabic lexicon; throws when one is absent.</summary>
    public static string[] OtherLanguageSources()
    {
        var files = OtherLanguages.Where(l => l != "ar").Select(SentenceFile).Append(ArabicLexiconFile).ToArray();
        return files.FirstOrDefault(f => !File.Exists(f)) is { } missing ? throw new FileNotFoundException($"Corpus source not found: {missing}", missing) : files;
    }

    private static string SentenceFile(string language) => DataFiles.RequiredSharedData("pairs", $"stsb-dev-{language}.tsv");

    private static string ArabicLexiconFile => Path.Combine(DataFiles.LexiconFolder, Lexicons.FileName("ar"));

    /// <summary>Per language of <see cref="OtherLanguages"/>, the pool its titles are drawn from: sentences, or for Arabic words.</summary>
    private static IReadOnlyDictionary<string, string[]> ReadOtherTexts()
    {
        var pools = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var language in OtherLanguages.Where(l => l != "ar"))
        {
            var path = SentenceFile(language);
            using var reader = new StreamReader(path, Encoding.UTF8);
            var header = (reader.ReadLine() ?? throw new FormatException($"{path} is empty.")).Split('\t');
            int text1 = Array.IndexOf(header, "text1"), text2 = Array.IndexOf(header, "text2");
            if (text1 < 0 || text2 < 0) throw new FormatException($"{path}: no text1 and text2 columns.");
            var sentences = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                var cells = line.Split('\t');
                if (cells.Length <= Math.Max(text1, text2)) continue;
                sentences.AddRange(new[] { cells[text1], cells[text2] }.Select(Collapse).Where(t => t.Length > 0));
            }
            pools[language] = sentences.Count > 0 ? [.. sentences] : throw new FormatException($"{path}: no sentences.");
        }
        using (var gzipped = File.OpenRead(ArabicLexiconFile))
        using (var reader = new StreamReader(new GZipStream(gzipped, CompressionMode.Decompress), Encoding.UTF8))
        {
            var headwords = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                var headword = line.Split('\t')[0].Trim();
                if (headword.Length > 0 && !headword.Any(char.IsWhiteSpace) && seen.Add(headword)) headwords.Add(headword);
            }
            pools["ar"] = headwords.Count > 0 ? [.. headwords] : throw new FormatException($"{ArabicLexiconFile}: no headwords.");
        }
        return pools;
    }

    /// <summary>The title of activity i in <paramref name="language"/>, from a <see cref="Random"/> of the activity's own.</summary>
    private static string OtherLanguageTitle(int i, string language)
    {
        var random = new Random(unchecked(Seed + 7_919 * i));
        var pool = OtherTexts.Value[language];
        return language == "ar"
            ? string.Join(' ', Enumerable.Range(0, random.Next(ArabicWordsMin, ArabicWordsMax + 1)).Select(_ => pool[random.Next(pool.Length)]))
            : pool[random.Next(pool.Length)];
    }

    private static ActivityDraft Next(int i, UnActivity[] real, Dictionary<string, string[]> words, Random random, string id)
    {
        var row = i < real.Length ? real[i] : real[random.Next(real.Length)];
        var language = LanguageOf(row.Title);
        var title = row.Title;
        if (i >= real.Length)
        {
            var pool = words[language];
            title = string.Join(' ', row.Title.Split(' ').Select(w => random.Next(2) == 0 ? w : pool[random.Next(pool.Length)]));
        }
        var sector = (Sector)random.Next(4);
        var kinds = Enum.GetValues<ActivityKind>();
        var kind = kinds[random.Next(kinds.Length)];
        var start = First.AddDays(random.Next(Last.DayNumber - First.DayNumber + 1));
        var end = start.AddDays(random.Next(365));
        if (end > Last) end = Last;

        var keywords = row.NamedSectors
            .Select(s => Cut(s, Limits.KeywordLength))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(5).ToArray();
        if (IsInOtherLanguage(i))
        {
            language = OtherLanguages[i / 10 % OtherLanguages.Length];
            title = OtherLanguageTitle(i, language);
            keywords = [];
        }

        var known = Countries.TryGet(row.Country, out var country);
        return new ActivityDraft
        {
            Id = id,
            Sector = sector.ToString(),
            Kind = kind.ToString(),
            Title = Cut(title, Limits.TitleLength),
            Language = language,
            Keywords = keywords,
            Regions = [(known ? country!.Region : Region.GLOBAL).ToString()],
            Countries = known ? [country!.Code] : [],
            StartDate = start,
            EndDate = end,
            Status = nameof(ActivityStatus.Planned),
        };
    }

    private static string LanguageOf(string title)
    {
        int es = 0, fr = 0;
        foreach (var word in title.Split([' ', ',', '-', '(', ')', ':', ';', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Spanish.Contains(word)) es++;
            if (French.Contains(word)) fr++;
        }
        return es > fr ? "es" : fr > es ? "fr" : "en";
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text cut at the last word boundary within <paramref name="max"/> characters.</summary>
    internal static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max);
        return (cut > 0 ? text[..cut] : text[..max]).Trim();
    }
}
