using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Coordination.Silo.Web;
using Coordination.Silo.Web.Localization;
using Coordination.Testing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Coordination.Api.Tests.Localization;

/// <summary>Every text the pages and problem details show exists in all six languages, with the same placeholders.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly string[] Translations = UiCultures.Codes.Where(c => c != UiCultures.Default).ToArray();

    private static string Resources => Path.Combine(RepositoryRoot.OfProgram, "src", "Coordination.Silo", "Resources");

    public static TheoryData<string> NeutralFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Resources, "*.resx", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.') < 0).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Resources, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Every_key_is_translated_into_every_language_with_the_same_placeholders(string neutralFile)
    {
        var english = Read(Path.Combine(Resources, neutralFile));
        Assert.NotEmpty(english);
        var problems = new List<string>();
        foreach (var culture in Translations)
        {
            var path = Path.Combine(Resources, Path.ChangeExtension(neutralFile, null) + $".{culture}.resx");
            if (!File.Exists(path)) { problems.Add($"{culture}: file missing"); continue; }
            var translated = Read(path);
            foreach (var (key, value) in english)
            {
                if (!translated.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text)) problems.Add($"{culture}: '{key}' has no translation");
                else if (!Placeholders(value).SetEquals(Placeholders(text))) problems.Add($"{culture}: '{key}' has placeholders {string.Join(",", Placeholders(text))}, English {string.Join(",", Placeholders(value))}");
            }
            problems.AddRange(translated.Keys.Except(english.Keys).Select(k => $"{culture}: '{k}' is not in the English file"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Each key a component asks its localizer for (T["Key"]) is in that component's resources.</summary>
    [Fact]
    public void Every_key_a_component_uses_is_in_its_resources()
    {
        var web = Path.Combine(RepositoryRoot.OfProgram, "src", "Coordination.Silo", "Web");
        var missing = new List<string>();
        var checkedComponents = 0;
        foreach (var component in Directory.EnumerateFiles(web, "*.razor", SearchOption.AllDirectories))
        {
            var sources = new[] { component, component + ".cs" }.Where(File.Exists).Select(File.ReadAllText).ToList();
            if (!sources.Any(s => s.Contains("IStringLocalizer<", StringComparison.Ordinal))) continue;
            checkedComponents++;
            var resx = Path.Combine(Resources, Path.GetRelativePath(Path.GetDirectoryName(web)!, Path.ChangeExtension(component, ".resx")));
            var keys = File.Exists(resx) ? Read(resx).Keys.ToHashSet() : [];
            foreach (Match use in sources.SelectMany(s => LocalizerUse().Matches(s)))
                if (!keys.Contains(use.Groups["key"].Value)) missing.Add($"{Path.GetFileName(component)}: '{use.Groups["key"].Value}'");
        }
        Assert.True(checkedComponents > 0, "no localised component found");
        Assert.True(missing.Count == 0, "keys missing from the English resources:" + Environment.NewLine + string.Join(Environment.NewLine, missing.Distinct()));
    }

    /// <summary>Every code the pages name has a name in every language: a new enum value without one fails here.</summary>
    [Fact]
    public void Every_code_has_a_name_in_every_language()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var labels = new Labels(new StringLocalizer<Labels>(factory));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in UiCultures.Codes)
            {
                CultureInfo.CurrentUICulture = UiCultures.Create(culture);
                var names = Enum.GetValues<Sector>().SelectMany(s => new[] { labels.Sector(s), labels.SectorShort(s) })
                    .Concat(Enum.GetValues<Region>().Select(labels.Region))
                    .Concat(Enum.GetValues<ActivityKind>().Select(labels.Kind))
                    .Concat(Enum.GetValues<EventKind>().Select(labels.Kind))
                    .Concat(Enum.GetValues<ActivityStatus>().Select(labels.Status))
                    .Concat(Enum.GetValues<EventStatus>().Select(labels.Status))
                    .Concat(Enum.GetValues<AlertStatus>().Select(labels.Status))
                    .Concat(Enum.GetValues<Severity>().Select(labels.Severity))
                    .Concat(Enum.GetValues<AlertResolution>().Select(labels.Resolution))
                    .Concat(Enum.GetValues<ClashKind>().Select(labels.Clash))
                    .Concat(Enum.GetValues<LinkType>().SelectMany(t => new[] { labels.Link(t), labels.LinkChoice(t) }))
                    .Concat(UnLanguages.Codes.Select(labels.Language))
                    .Concat(DashboardRoutes.Committees.Select(r => labels.Route(r)))
                    .ToList();
                var unnamed = names.Where(n => n.Contains('.', StringComparison.Ordinal) && !n.Contains(' ', StringComparison.Ordinal)).ToList();
                Assert.True(unnamed.Count == 0, $"{culture}: no name for {string.Join(", ", unnamed)}");
                if (culture != UiCultures.Default)
                    Assert.NotEqual("Telecommunication Development Bureau", labels.Sector(Sector.BDT));
            }
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void Every_culture_counts_days_on_the_Gregorian_calendar()
    {
        foreach (var code in UiCultures.Codes)
            Assert.IsType<GregorianCalendar>(UiCultures.Create(code).DateTimeFormat.Calendar);
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\bT\[""(?<key>[^""]+)""")]
    private static partial Regex LocalizerUse();
}
