using System.Numerics;

namespace Coordination.Domain.Overlaps;

// How alike two words are spelled, exactly and by sketch: what gives partial credit to words a stemmer kept apart.
public static partial class TextAnalysis
{
    /// <summary>
    /// How alike two words are spelled, 0 to 1: the Dice coefficient of their character trigrams (with word
    /// boundaries), or of their characters for Chinese and Japanese words, which carry meaning one by one.
    /// It gives partial credit to inflections the stemmer missed (tanzt, tanzen) and to compounds.
    /// </summary>
    public static double WordResemblance(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        if (IsCjkWord(a) && IsCjkWord(b)) return CharacterDice(a, b);
        // Words are short: scanning for each trigram beats building and sorting sets.
        int distinctA = 0, distinctB = 0, common = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var gram = WordTrigram(a, i);
            if (IndexOfTrigram(a, gram) != i) continue;
            distinctA++;
            if (IndexOfTrigram(b, gram) >= 0) common++;
        }
        for (var i = 0; i < b.Length; i++)
            if (IndexOfTrigram(b, WordTrigram(b, i)) == i) distinctB++;
        return 2.0 * common / (distinctA + distinctB);
    }

    /// <summary>
    /// A 128-bit sketch of the grams <see cref="WordResemblance"/> compares: two popcounts estimate the
    /// resemblance of two words, so that only the few promising pairs of a long text are compared exactly.
    /// </summary>
    public static UInt128 WordSketch(string word)
    {
        UInt128 sketch = 0;
        if (IsCjkWord(word))
        {
            foreach (var c in word) sketch |= UInt128.One << (int)(c * 2654435761u >> 25);
            return sketch;
        }
        for (var i = 0; i < word.Length; i++) sketch |= UInt128.One << (int)(WordTrigram(word, i) * 0x9E3779B97F4A7C15UL >> 57);
        return sketch;
    }

    /// <summary>The resemblance that two sketches suggest; collisions make it approximate.</summary>
    public static double SketchResemblance(UInt128 a, UInt128 b)
    {
        var bits = Bits(a) + Bits(b);
        return bits == 0 ? 0 : 2.0 * Bits(a & b) / bits;
    }

    private static int Bits(UInt128 value) => BitOperations.PopCount((ulong)value) + BitOperations.PopCount((ulong)(value >> 64));

    /// <summary>The trigram of "^word$" centred on the word's character at <paramref name="index"/>, its three UTF-16 units packed in a ulong.</summary>
    private static ulong WordTrigram(string word, int index)
    {
        ulong before = index == 0 ? '^' : word[index - 1], after = index + 1 < word.Length ? word[index + 1] : '$';
        return before << 32 | (ulong)word[index] << 16 | after;
    }

    private static int IndexOfTrigram(string word, ulong gram)
    {
        for (var i = 0; i < word.Length; i++)
            if (WordTrigram(word, i) == gram) return i;
        return -1;
    }

    private static double CharacterDice(string a, string b)
    {
        int distinctA = 0, distinctB = 0, common = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a.IndexOf(a[i]) != i) continue;
            distinctA++;
            if (b.Contains(a[i])) common++;
        }
        for (var i = 0; i < b.Length; i++)
            if (b.IndexOf(b[i]) == i) distinctB++;
        return 2.0 * common / (distinctA + distinctB);
    }

    private static bool IsCjkWord(string word)
    {
        foreach (var c in word)
            if (!IsCjk(c)) return false;
        return true;
    }
}
