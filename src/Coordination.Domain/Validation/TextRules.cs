using System.Globalization;
using System.Text;

namespace Coordination.Domain.Validation;

/// <summary>
/// What every free-text field must be, whatever its length: no control characters (a description or a comment
/// may break lines and hold tabs; a title, a name or a keyword is one line), no broken UTF-16, and something a
/// reader can see: a text of spaces, zero-width or formatting characters only counts as empty.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// Why <paramref name="text"/> cannot be stored in <paramref name="field"/>, or in its <paramref name="entry"/>th
    /// entry when the field is a list; null when it can.
    /// </summary>
    public static LocalizableText? Problem(string field, string text, bool multiLine, int? entry = null)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c))
                return entry is { } n
                    ? LocalizableText.Of($"Entry {n} of {field} contains a broken character (a lone UTF-16 surrogate) at position {i + 1}.")
                    : LocalizableText.Of($"{field} contains a broken character (a lone UTF-16 surrogate) at position {i + 1}.");
            if (!char.IsControl(c) || multiLine && c is '\n' or '\r' or '\t') continue;
            if (multiLine)
                return LocalizableText.Of($"{field} contains the control character U+{(int)c:X4} at position {i + 1}; only line breaks and tabs are allowed.");
            return entry is { } m
                ? LocalizableText.Of($"Entry {m} of {field} contains the control character U+{(int)c:X4} at position {i + 1}; it is a single line of text without tabs.")
                : LocalizableText.Of($"{field} contains the control character U+{(int)c:X4} at position {i + 1}; it is a single line of text without tabs.");
        }
        return null;
    }

    /// <summary>Whether nothing in the text would show: white space, zero-width and formatting characters, fillers.</summary>
    public static bool IsBlank(string? text)
    {
        if (string.IsNullOrEmpty(text)) return true;
        foreach (var rune in text.EnumerateRunes())
            if (IsVisible(rune)) return false;
        return true;
    }

    private static bool IsVisible(Rune rune) => !Rune.IsWhiteSpace(rune) && !Fillers.Contains(rune.Value) && Rune.GetUnicodeCategory(rune) is not
        (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate);

    /// <summary>Letters by their category that draw nothing: the Hangul fillers and the blank Braille pattern.</summary>
    private static readonly HashSet<int> Fillers = [0x115F, 0x1160, 0x2800, 0x3164, 0xFFA0];
}
