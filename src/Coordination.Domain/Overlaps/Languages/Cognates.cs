namespace Coordination.Domain.Overlaps.Languages;

/// <summary>
/// The English spelling of a French or Spanish word of Latin origin, by the regular correspondences of their endings
/// ("-ité"/"-idad" to "-ity", "-ique"/"-ico" to "-ic", "-ción" to "-tion"), accents dropped: how a reader guesses
/// "sécurité" or "tecnología" without a dictionary; a Russian word transliterated ("интернет", "internet"). Used only for words the lexicon lacks; the guess is then analysed as
/// English, and a wrong one matches nothing.
/// </summary>
public static class Cognates
{
    private static readonly (string From, string To)[] French =
    [
        ("ités", "ity"), ("ité", "ity"), ("iques", "ic"), ("ique", "ic"), ("aires", "ary"), ("aire", "ary"),
        ("eux", "ous"), ("euse", "ous"), ("isme", "ism"), ("iste", "ist"), ("ie", "y"), ("é", "ed"),
    ];

    private static readonly (string From, string To)[] Spanish =
    [
        ("ciones", "tion"), ("ción", "tion"), ("siones", "sion"), ("sión", "sion"), ("idades", "ity"), ("idad", "ity"),
        ("icos", "ic"), ("icas", "ic"), ("ico", "ic"), ("ica", "ic"), ("arios", "ary"), ("ario", "ary"), ("aria", "ary"),
        ("osos", "ous"), ("oso", "ous"), ("osa", "ous"), ("ismo", "ism"), ("ista", "ist"), ("ía", "y"), ("mente", "ly"),
    ];

    /// <summary>Cyrillic letters in Latin, as English borrowings are spelled: "гитара" reads "gitara", near enough "guitar".</summary>
    private static readonly Dictionary<char, string> Latin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "h", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sh",
        ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    public static string English(string word, string language)
    {
        if (language == "ru") return string.Concat(word.ToLowerInvariant().Select(c => Latin.TryGetValue(c, out var latin) ? latin : c.ToString()));
        var rules = language switch { "fr" => French, "es" => Spanish, _ => null };
        if (rules is null) return word;
        var lower = word.ToLowerInvariant();
        foreach (var (from, to) in rules)
            if (lower.Length > from.Length + 2 && lower.EndsWith(from, StringComparison.Ordinal))
            {
                lower = lower[..^from.Length] + to;
                break;
            }
        return TextAnalysis.Fold(lower).Trim();
    }
}
