using Coordination.Silo.Web;

namespace Coordination.Api.Tests;

/// <summary>The alert page marks exactly the words the detector counted as shared.</summary>
public class TermHighlighterTests
{
    private static string Marked(string text, string language, params string[] sharedTerms) =>
        string.Concat(TermHighlighter.Segments(text, language, sharedTerms.ToHashSet()).Select(s => s.Shared ? $"[{s.Text}]" : s.Text));

    [Fact]
    public void Inflected_words_are_marked_for_their_stem_and_the_rest_is_kept_as_written()
    {
        var terms = TextAnalysis.Terms("network training", "en").ToArray();

        Assert.Equal("[Networks] for rural [training], and more.", Marked("Networks for rural training, and more.", "en", terms));
    }

    [Fact]
    public void Codes_stay_whole_and_other_codes_are_not_marked()
    {
        Assert.Equal("Spectrum for [IMT-2030] and IMT-2020", Marked("Spectrum for IMT-2030 and IMT-2020", "en", "imt-2030"));
    }

    [Fact]
    public void French_words_are_analysed_as_French()
    {
        var terms = TextAnalysis.Terms("catastrophes", "fr").ToArray();

        Assert.Equal("Alerte précoce aux [catastrophe]", Marked("Alerte précoce aux catastrophe", "fr", terms));
    }

    [Fact]
    public void Nothing_shared_leaves_the_text_unmarked()
    {
        Assert.Equal("The same text", Marked("The same text", "en"));
        Assert.Empty(TermHighlighter.Segments(null, "en", new HashSet<string> { "x" }));
    }
}
