using System.Text;
using Coordination.Abstractions.Model;
using Coordination.Domain.ReferenceData;
using Coordination.Domain.Validation;
using Coordination.TestData;

namespace Coordination.Benchmarks;

/// <summary>One row of shared/data/activities/un-activities.csv: what the benchmarks use of it; <see cref="Row"/> counts data rows from 1.</summary>
public sealed record UnActivity(int Row, string Country, string Title, string[] Sectors, string Reporting, string Implementer)
{
    /// <summary>The sectors column without its placeholder "Sectors Not Specified".</summary>
    public IEnumerable<string> NamedSectors => Sectors.Where(s => !s.Equals("Sectors Not Specified", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The benchmark corpus: activities made from the real UN activity titles of un-activities.csv, as many
/// as asked for, always the same for the same seed (activity i does not depend on N).
/// <list type="bullet">
/// <item>The CSV's titles are de-duplicated (4,420 distinct of 4,976 rows), each kept with its row, and put in
/// an order shuffled by a <see cref="Random"/> seeded with <see cref="Seed"/>. Activities 0 to 4,419 are these
/// real titles as they are, one each.</item>
/// <item>Activity 4,420 and later are variants: a real row drawn at random, each word of its title kept with
/// probability 1/2 and otherwise replaced by a word drawn from all the words of the real titles in the same
/// language, weighted by how often they occur there. Titles keep the real lengths, vocabulary and word
/// frequencies; two variants of one title share about a quarter of its words.</item>
/// <item>Language: the title's by a stop-word vote (es, fr, else en); the CSV is mostly English with some
/// Spanish and French, and the platform analyses each language with its own Lucene analyzer.</item>
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

        var known = Countries.TryGet(row.Country, out var country);
        return new ActivityDraft
        {
            Id = id,
            Sector = sector.ToString(),
            Kind = kind.ToString(),
            Title = Cut(title, Limits.TitleLength),
            Language = language,
            Keywords = row.NamedSectors
                .Select(s => Cut(s, Limits.KeywordLength))
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(5).ToArray(),
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
