using System.Text.RegularExpressions;

namespace Coordination.Silo.Web;

/// <summary>
/// Marks the words of a text that produce one of the shared terms of an overlap. Each word goes through the
/// detector's own analysis (stemming, stop words, codes kept whole), so "networks" lights up for the term
/// "network" exactly when the detector counted it; a word given itself (a cross-language bridge's) lights up as it is.
/// </summary>
public static partial class TermHighlighter
{
    public readonly record struct Segment(string Text, bool Shared);

    public static IReadOnlyList<Segment> Segments(string? text, string language, IReadOnlySet<string> sharedTerms)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var segments = new List<Segment>();
        var last = 0;
        foreach (Match word in Word().Matches(text))
        {
            if (!sharedTerms.Contains(word.Value) && !TextAnalysis.Terms(word.Value, language).Any(sharedTerms.Contains)) continue;
            if (word.Index > last) segments.Add(new(text[last..word.Index], false));
            segments.Add(new(word.Value, true));
            last = word.Index + word.Length;
        }
        if (last < text.Length) segments.Add(new(text[last..], false));
        return segments;
    }

    // Letters and digits with inner hyphens and dots, so that IMT-2030 and H.264 stay one word.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
