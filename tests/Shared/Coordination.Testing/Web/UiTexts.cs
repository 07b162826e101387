using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Coordination.Testing.Web;

/// <summary>
/// The texts a web component shows in a language, read from its resource files, so that tests follow the translations
/// instead of repeating them.
/// </summary>
public static partial class UiTexts
{
    private static string Resources => Path.Combine(RepositoryRoot.OfProgram, "src", "Coordination.Silo", "Resources");

    /// <summary>
    /// The texts of <paramref name="component"/> (its path under Resources, "Web/Components/Layout/NavMenu") in
    /// <paramref name="culture"/> ("ar"; "en" is the neutral file), by key; empty when the component has no such file.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Of(string component, string culture)
    {
        var path = Path.Combine(Resources, component + (culture == "en" ? "" : "." + culture) + ".resx");
        if (!File.Exists(path)) return new Dictionary<string, string>();
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    /// <summary>The texts shown as they are, without {0} placeholders to fill in.</summary>
    public static IEnumerable<string> Literal(IReadOnlyDictionary<string, string> texts) =>
        texts.Values.Where(v => v.Trim().Length > 1 && !Placeholder().IsMatch(v)).Select(v => v.Trim());

    [GeneratedRegex(@"\{\d+")]
    private static partial Regex Placeholder();
}
