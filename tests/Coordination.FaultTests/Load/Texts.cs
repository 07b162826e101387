using System.Text;

namespace Coordination.FaultTests.Load;

/// <summary>
/// Texts made of random pseudo-words ("bakuli dorefa ..."): two of them share next to nothing, so the overlap
/// detector raises alerts only for the near-duplicates the load plants on purpose.
/// </summary>
internal static class Texts
{
    private const string Consonants = "bdfgklmnprstvz";
    private const string Vowels = "aeiou";

    public static string Word(Random random)
    {
        var word = new StringBuilder();
        var syllables = random.Next(3, 5);
        for (var i = 0; i < syllables; i++)
        {
            word.Append(Consonants[random.Next(Consonants.Length)]);
            word.Append(Vowels[random.Next(Vowels.Length)]);
        }
        return word.ToString();
    }

    public static string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word(random)));

    /// <summary>The same sentence with one word replaced: what a second sector registering the same work looks like.</summary>
    public static string WithOneWordChanged(Random random, string text)
    {
        var words = text.Split(' ');
        words[random.Next(words.Length)] = Word(random);
        return string.Join(' ', words);
    }
}

/// <summary>The sectors, the user who registers each one's activities, and the countries of the Africa region used by the load.</summary>
internal static class Actors
{
    public static readonly (string Sector, string User)[] SectorUsers =
    [
        ("BR", "li.wei"),
        ("TSB", "pierre.martin"),
        ("BDT", "amina.diallo"),
        ("GS", "sara.haddad"),
    ];

    public const string Director = "director.afr";
    public const string Coordinator = "helena.berg";

    public static readonly string[] AllUsers = [.. SectorUsers.Select(s => s.User), Director, Coordinator];

    public static readonly string[] Countries = ["KE", "NG", "SN", "GH", "ZA", "ET"];

    public static string UserOf(string sector) => SectorUsers.First(s => s.Sector == sector).User;
}
