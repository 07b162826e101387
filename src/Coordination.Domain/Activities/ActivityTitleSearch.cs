namespace Coordination.Domain.Activities;

/// <summary>
/// Finds activities by title as a person types, in any of the six UN languages: the query and each title are analysed into
/// the English concept terms the overlap check compares (<see cref="Lexicons.Concepts"/>), and titles rank by the weight of
/// the concepts they share with the query. The query's language is not known, so it is read as each of them; and it is
/// widened with the terms a lexicon pairs with its own ("formation" with "training"). The word still being typed also
/// matches the start of a title's words ("form" finds "formation").
/// </summary>
public sealed class ActivityTitleSearch(Lexicons lexicons)
{
    public static readonly string[] UnLanguages = ["en", "fr", "es", "ru", "ar", "zh"];

    /// <summary>What a related term weighs against the query's own: a bridge, not a translation.</summary>
    public const float RelatedWeight = 0.5f;

    /// <summary>What the start of a title's word matching the word being typed weighs.</summary>
    public const double PrefixWeight = 1.0;

    /// <summary>The concept terms of a query typed in any language, with their weights.</summary>
    public Dictionary<string, float> QueryConcepts(string query)
    {
        var concepts = AnyLanguage(query);
        foreach (var (term, weight) in concepts.ToArray())
            foreach (var (related, relatedWeight) in lexicons.Related(term))
                Keep(concepts, related, weight * relatedWeight * RelatedWeight);
        return concepts;
    }

    /// <summary>
    /// A title's terms: in its own language and, through its lexicon, as English concepts. A title of unknown language (a
    /// listing stored before it carried the language) is read as each language.
    /// </summary>
    public HashSet<string> TitleConcepts(string title, string? language)
    {
        if (language is null || !UnLanguages.Contains(language)) return [.. AnyLanguage(title).Keys];
        var terms = new HashSet<string>(TextAnalysis.Terms(title, language), StringComparer.Ordinal);
        if (lexicons.Concepts(title, language) is { } concepts) terms.UnionWith(concepts.Keys);
        return terms;
    }

    /// <summary>The word being typed (folded), when the query does not end with a space; null otherwise or when under two characters.</summary>
    public static string? TypedPrefix(string query)
    {
        if (query.Length == 0 || char.IsWhiteSpace(query[^1])) return null;
        var words = TextAnalysis.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is [.., var last] && last.Length >= 2 ? last : null;
    }

    /// <summary>How well a title answers: the weight of the shared concepts, and <see cref="PrefixWeight"/> when a word of it starts with the typed prefix.</summary>
    public static double Score(Dictionary<string, float> query, IReadOnlySet<string> titleConcepts, string title, string? prefix)
    {
        var score = 0.0;
        foreach (var (term, weight) in query)
            if (titleConcepts.Contains(term)) score += weight;
        if (prefix is not null && TextAnalysis.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(prefix, StringComparison.Ordinal)))
            score += PrefixWeight;
        return score;
    }

    private Dictionary<string, float> AnyLanguage(string text)
    {
        var concepts = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var language in UnLanguages)
        {
            foreach (var term in TextAnalysis.Terms(text, language)) Keep(concepts, term, 1f);
            if (lexicons.Concepts(text, language) is { } translated)
                foreach (var (term, weight) in translated) Keep(concepts, term, Math.Min(1f, weight));
        }
        return concepts;
    }

    private static void Keep(Dictionary<string, float> concepts, string term, float weight)
    {
        if (weight > concepts.GetValueOrDefault(term)) concepts[term] = weight;
    }
}
