namespace Coordination.Domain.ReferenceData;

/// <summary>
/// Finds the countries a text names ("Regional EMOP to Support Syrian Refugees in Lebanon, Jordan, Iraq &amp; Turkey"):
/// a regional programme often declares one country and names the others it covers, and the overlap detector counts
/// them as places the activity works in. English names, with the short forms records use; words are compared with
/// case, accents and punctuation folded, the longest name at a position winning ("South Sudan" over "Sudan").
/// </summary>
public static class CountryNames
{
    private const int LongestNameInWords = 6;

    /// <summary>Short and former names in common use, beside the reference names of <see cref="Countries"/>.</summary>
    private static readonly (string Name, string Code)[] Aliases =
    [
        ("Bolivia", "BO"), ("Cape Verde", "CV"), ("Cote d'Ivoire", "CI"), ("Ivory Coast", "CI"), ("Czech Republic", "CZ"),
        ("Democratic Republic of the Congo", "CD"), ("Democratic Republic of Congo", "CD"), ("DR Congo", "CD"),
        ("Republic of the Congo", "CG"), ("Micronesia", "FM"), ("Iran", "IR"), ("Kyrgyz Republic", "KG"), ("Laos", "LA"),
        ("Lao PDR", "LA"), ("Moldova", "MD"), ("Macedonia", "MK"), ("Burma", "MM"), ("Palestine", "PS"),
        ("Occupied Palestinian Territory", "PS"), ("Russia", "RU"), ("Syria", "SY"), ("Swaziland", "SZ"), ("Turkey", "TR"),
        ("Tanzania", "TZ"), ("East Timor", "TL"), ("Venezuela", "VE"), ("Vietnam", "VN"), ("Gaza", "PS"),
        ("South Korea", "KR"), ("North Korea", "KP"), ("United States of America", "US"), ("USA", "US"), ("UK", "GB"),
    ];

    private static readonly Dictionary<string, string> CodeByName = Build();

    /// <summary>The ISO codes of the countries the text names, in the order first named, each once.</summary>
    public static string[] In(string? text) =>
        Scan(text).Where(s => s.Code is not null).Select(s => s.Code!).Distinct().ToArray();

    /// <summary>
    /// The ISO code of the country the whole text names ("Ghana", "cote d'ivoire", "Tanzania"), or of the ISO code it is
    /// ("KE", "ke"); null when it is neither.
    /// </summary>
    public static string? CodeOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        if (trimmed.Length == 2 && Countries.TryGet(trimmed, out var country)) return country.Code;
        return CodeByName.GetValueOrDefault(Key(trimmed));
    }

    /// <summary>The text's folded words without the country names in it: "Air Services in South Sudan" gives "air services in".</summary>
    public static string[] WordsWithout(string? text) =>
        Scan(text).Where(s => s.Code is null).Select(s => s.Word).ToArray();

    /// <summary>The text's folded words, a country name (the longest at its position) taken as one with its code.</summary>
    private static IEnumerable<(string Word, string? Code)> Scan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var words = Words(text);
        for (var i = 0; i < words.Length;)
        {
            var (matched, code) = (1, (string?)null);
            for (var length = Math.Min(LongestNameInWords, words.Length - i); length > 0 && code is null; length--)
            {
                var name = string.Join(' ', words, i, length);
                if (CodeByName.TryGetValue(name, out var found)) (matched, code) = (length, found);
            }
            yield return (code is null ? words[i] : string.Join(' ', words, i, matched), code);
            i += matched;
        }
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in Countries.All)
        {
            names.TryAdd(Key(country.Name), country.Code);
            // "Tanzania (United Republic of)" is written "Tanzania"; "Korea (...)" is ambiguous and left to the aliases.
            var bracket = country.Name.IndexOf(" (", StringComparison.Ordinal);
            if (bracket > 0 && country.Name[..bracket] != "Korea") names.TryAdd(Key(country.Name[..bracket]), country.Code);
        }
        foreach (var (name, code) in Aliases) names.TryAdd(Key(name), code);
        return names;
    }

    /// <summary>The text's words with case, accents and punctuation folded (<see cref="TextAnalysis.Fold"/>).</summary>
    private static string[] Words(string text) => TextAnalysis.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string name) => string.Join(' ', Words(name));
}
