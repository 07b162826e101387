using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Coordination.Api.Tests.Localization;

/// <summary>
/// The API's messages and their translations: every template the code can produce is a key of
/// Resources/Api/ProblemText.resx (English), and every key is translated into the five other UN languages with the
/// same placeholders.
/// </summary>
public partial class ProblemTextResourceTests
{
    private static readonly string[] Cultures = ["ar", "zh", "fr", "ru", "es"];

    private static string ResourceFile(string? culture) => Path.Combine(MessageTemplates.RepositoryRoot, "src", "Coordination.Silo", "Resources", "Api",
        culture is null ? "ProblemText.resx" : $"ProblemText.{culture}.resx");

    private static Dictionary<string, string> Read(string? culture) =>
        XDocument.Load(ResourceFile(culture)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [Fact]
    public void Every_message_template_in_the_code_is_a_key_of_the_English_resources()
    {
        var templates = MessageTemplates.All.Value;
        var english = Read(null);

        // The scan sees the whole code: the validation messages alone are more than a hundred.
        Assert.True(templates.Count > 150, $"only {templates.Count} templates found");
        var missing = templates.Where(t => !english.ContainsKey(t.Template)).Select(t => $"{t.Where}: {t.Template}").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} templates have no key in ProblemText.resx:\n" + string.Join("\n", missing));
        var unused = english.Keys.Except(templates.Select(t => t.Template)).ToList();
        Assert.True(unused.Count == 0, $"{unused.Count} keys of ProblemText.resx are no longer used:\n" + string.Join("\n", unused));
        Assert.All(english, e => Assert.Equal(e.Key, e.Value));
    }

    [Fact]
    public void Every_key_is_translated_into_the_other_five_languages_with_the_same_placeholders()
    {
        var english = Read(null);
        foreach (var culture in Cultures)
        {
            var translated = Read(culture);
            Assert.Empty(translated.Keys.Except(english.Keys));
            foreach (var key in english.Keys)
            {
                Assert.True(translated.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value), $"{culture}: no translation of \"{key}\"");
                Assert.True(Placeholders(key).SetEquals(Placeholders(value!)), $"{culture}: \"{value}\" does not have the placeholders of \"{key}\"");
                // A translation that does not format would be answered in English at run time: refuse it here.
                var arguments = Enumerable.Range(0, 10).Select(i => (object)$"<{i}>").ToArray();
                var formatted = Record.Exception(() => string.Format(value!, arguments));
                Assert.True(formatted is null, $"{culture}: \"{value}\" is not a valid format: {formatted?.Message}");
            }
        }
    }

    private static HashSet<string> Placeholders(string template) =>
        [.. Placeholder().Matches(template.Replace("{{", "").Replace("}}", "")).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void A_message_keeps_its_template_and_writes_its_arguments_invariantly()
    {
        var position = 12;
        var message = LocalizableText.Of($"{"title"} contains the control character U+{(int)'\u0007':X4} at position {position}; {{literal}} {1234.5:N1}.");

        Assert.Equal("{0} contains the control character U+{1} at position {2}; {{literal}} {3}.", message.Template);
        Assert.Equal(["title", "0007", "12", "1,234.5"], message.Arguments);
        Assert.Equal("title contains the control character U+0007 at position 12; {literal} 1,234.5.", message.English);
    }
}
