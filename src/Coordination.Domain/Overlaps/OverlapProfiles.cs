using System.Security.Cryptography;
using System.Text;

namespace Coordination.Domain.Overlaps;

/// <summary>Builds the detector's view of an activity or of a draft still being written.</summary>
public static class OverlapProfiles
{
    /// <summary>Title and keywords say most about what an activity is; they count twice.</summary>
    private const int HeadlineWeight = 2;

    public static OverlapProfile Of(Activity activity, Lexicons lexicons) => Build(
        lexicons, activity.Id, activity.Sector, activity.Title, activity.Description, activity.Keywords, activity.Language,
        activity.Topics, activity.ThematicPriority, activity.Targets, activity.Regions, activity.Countries,
        activity.StartDate, activity.EndDate, activity.Kind);

    /// <summary>A draft's profile takes whatever fields parse, so that a half-written draft can be checked.</summary>
    public static OverlapProfile OfDraft(ActivityDraft draft, Lexicons lexicons)
    {
        var language = draft.Language?.Trim().ToLowerInvariant() is { } l && ReferenceData.UnLanguages.IsUnLanguage(l) ? l : "en";
        return Build(
            lexicons, draft.Id ?? "", EnumCodes.TryParse<Sector>(draft.Sector, out var sector) ? sector : Sector.GS,
            draft.Title ?? "", draft.Description, draft.Keywords ?? [], language,
            (draft.Topics ?? []).Select(t => t.Trim().ToLowerInvariant()).ToArray(),
            draft.ThematicPriority?.Trim().ToLowerInvariant(),
            (draft.Targets ?? []).Select(t => t.Trim()).ToArray(),
            (draft.Regions ?? []).Select(r => EnumCodes.TryParse<Region>(r, out var p) ? p : (Region?)null).OfType<Region>().ToArray(),
            (draft.Countries ?? []).Select(c => c.Trim().ToUpperInvariant()).ToArray(),
            draft.StartDate, draft.EndDate,
            EnumCodes.TryParse<ActivityKind>(draft.Kind, out var kind) ? kind : null);
    }

    /// <summary>A bare text, as the evaluation compares them.</summary>
    public static OverlapProfile OfText(string text, string language, Lexicons lexicons) => new()
    {
        ActivityId = "",
        Sector = Sector.GS,
        Title = "",
        Language = language,
        Terms = Count(TextAnalysis.Terms(text, language), 1),
        Trigrams = TextAnalysis.Trigrams(text),
        Concepts = lexicons.Concepts(text, language) ?? [],
        MaterialHash = "",
    };

    private static OverlapProfile Build(
        Lexicons lexicons, string id, Sector sector, string title, string? description, string[] keywords, string language,
        string[] topics, string? priority, string[] targets, Region[] regions, string[] countries,
        DateOnly? start, DateOnly? end, ActivityKind? kind)
    {
        var keywordText = string.Join(" ; ", keywords);
        var headlineText = $"{title} ; {keywordText}";
        // Each text is analysed once: its terms, and (in another language than English) the concepts its words translate to.
        var headlineWords = TextAnalysis.AnalysedWords(headlineText, language);
        var descriptionWords = TextAnalysis.AnalysedWords(description, language);
        var headline = headlineWords.Select(w => w.Term).ToArray();
        var terms = Count(headline, HeadlineWeight);
        Merge(terms, Count(descriptionWords.Select(w => w.Term), 1));
        var concepts = lexicons.Concepts(headlineText, language, HeadlineWeight, headlineWords) ?? [];
        foreach (var (concept, weight) in lexicons.Concepts(description, language, analysed: descriptionWords) ?? [])
            concepts[concept] = concepts.GetValueOrDefault(concept) + weight;
        var namedCountries = CountryNames.In($"{title} ; {description}");
        var profile = new OverlapProfile
        {
            ActivityId = id,
            Sector = sector,
            Title = title,
            Language = language,
            Terms = terms,
            Trigrams = TextAnalysis.Trigrams($"{title} {keywordText} {description}"),
            Topics = topics,
            ThematicPriority = priority,
            Targets = targets,
            Regions = regions,
            Countries = countries,
            StartDate = start,
            EndDate = end,
            Kind = kind,
            MaterialHash = "",
            NamedCountries = namedCountries,
            HeadlineTerms = headline.Distinct(StringComparer.Ordinal).ToArray(),
            HeadlineNumbers = TextAnalysis.Numbers(headlineText),
            Concepts = concepts,
            Family = ActivityFamilies.IdOf(sector, title, countries.Length > 0 || namedCountries.Length > 0),
        };
        return profile with { MaterialHash = Hash(profile, description) };
    }

    private static Dictionary<string, int> Count(IEnumerable<string> terms, int weight)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms) counts[term] = counts.GetValueOrDefault(term) + weight;
        return counts;
    }

    private static void Merge(Dictionary<string, int> into, Dictionary<string, int> from)
    {
        foreach (var (term, count) in from) into[term] = into.GetValueOrDefault(term) + count;
    }

    private static string Hash(OverlapProfile p, string? description)
    {
        var material = string.Join('\u001f', p.Sector, p.Title, description, string.Join(',', p.Terms.Keys.Order(StringComparer.Ordinal)),
            string.Join(',', p.Topics.Order()), p.ThematicPriority, string.Join(',', p.Targets.Order()), string.Join(',', p.Regions.Order()),
            string.Join(',', p.Countries.Order()), p.StartDate, p.EndDate, p.Kind);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..16];
    }
}
