using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Coordination.Silo.Web;

/// <summary>
/// How the pages name things: every code and enum by its name in the user's language (the ITU's own names for its
/// sectors, regions and committees), dates and numbers in the user's culture, an empty value as nothing.
/// </summary>
public sealed class Labels(IStringLocalizer<Labels> text)
{
    /// <summary>A language by its name in the reader's language ("French", "Français", "法文"...).</summary>
    public string Language(string code) => Named("Language", code);

    public string Sector(Sector sector) => text[$"Sector.{sector}"];

    /// <summary>The sector's short form, for table headings and badges.</summary>
    public string SectorShort(Sector sector) => text[$"Sector.{sector}.Short"];

    public string Region(Region region) => text[$"Region.{region}"];

    public string Kind(ActivityKind kind) => text[$"ActivityKind.{kind}"];

    public string Kind(EventKind kind) => text[$"EventKind.{kind}"];

    public string Status(ActivityStatus status) => text[$"ActivityStatus.{status}"];

    public string Status(EventStatus status) => text[$"EventStatus.{status}"];

    public string Status(AlertStatus status) => text[$"AlertStatus.{status}"];

    public string Severity(Severity severity) => text[$"Severity.{severity}"];

    public string Resolution(AlertResolution resolution) => text[$"Resolution.{resolution}"];

    public string Clash(ClashKind kind) => text[$"ClashKind.{kind}"];

    /// <summary>The link as a phrase about the activity holding it: "Part of" the other, say.</summary>
    public string Link(LinkType type) => text[$"Link.{type}"];

    /// <summary>What choosing the link type means, for a form's options.</summary>
    public string LinkChoice(LinkType type) => text[$"LinkChoice.{type}"];

    /// <summary>
    /// A dashboard route by its name: a committee (MCG, MCG+, CoCo), a regional director's, or a task force's, whose
    /// name the caller knows (<paramref name="taskForceNames"/>, id to name).
    /// </summary>
    public string Route(string route, IReadOnlyDictionary<string, string>? taskForceNames = null)
    {
        if (route.StartsWith("TF:", StringComparison.Ordinal))
        {
            var id = route[3..];
            return text["Route.TaskForce", taskForceNames?.GetValueOrDefault(id) ?? id];
        }
        if (route.StartsWith("RD:", StringComparison.Ordinal) && Enum.TryParse<Region>(route[3..], out var region))
            return text["Route.Region", Region(region)];
        return Named("Route", route.Replace("+", "Plus", StringComparison.Ordinal));
    }

    /// <summary>An alert's kind (an activity overlap, an event clash) by its name.</summary>
    public string AlertKind(string kind) => Named("AlertKind", kind);

    /// <summary>A kind of evidence for or against an overlap or a clash ("same-topic") by its name; an unknown kind as itself.</summary>
    public string Evidence(string kind) => Named("Evidence", kind);

    /// <summary>Values listed as the reader lists them ("a, b", "a、b", "a، b"), the empty ones left out.</summary>
    public string List(params IEnumerable<string?> values) =>
        string.Join(Comma, values.Where(v => !string.IsNullOrWhiteSpace(v)));

    /// <summary>What separates the items of a list, for lists of links.</summary>
    public string Comma => text["List.Comma"];

    /// <summary>A score as a reader writes a number with two decimals: 0.72, 0,72.</summary>
    public static string Score(double score) => score.ToString("0.00", CultureInfo.CurrentCulture);

    /// <summary>What a piece of evidence adds or takes: "+0.05", "−1.00".</summary>
    public static string Contribution(double contribution) => contribution.ToString("+0.00;−0.00;0.00", CultureInfo.CurrentCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A day in the reader's short date form; nothing for no date.</summary>
    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static string Date(DateTimeOffset moment) => moment.ToString("d", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset moment) => moment.ToString("t", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset moment) => moment.ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A span of days: both ends, or the one known ("from 3/2/2027"), or nothing.</summary>
    public string Dates(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => "",
        ({ } s, null) => text["Dates.From", Date(s)],
        (null, { } e) => text["Dates.Until", Date(e)],
        var (s, e) => text["Dates.Between", Date(s), Date(e)],
    };

    /// <summary>Values joined by the reader's list separator, the empty ones left out, so that no stray "·" remains.</summary>
    public string Join(params IEnumerable<string?> values) =>
        string.Join(text["List.Separator"], values.Where(v => !string.IsNullOrWhiteSpace(v)));

    /// <summary>A code's name, or the code itself when the resources do not know it (a value added after this release).</summary>
    private string Named(string group, string code)
    {
        var name = text[$"{group}.{code}"];
        return name.ResourceNotFound ? code : name;
    }
}

/// <summary>The addresses of the pages, escaped so that an id typed by a user cannot reach another path.</summary>
public static class PageUrls
{
    public static string Activity(string id) => $"/activities/{Uri.EscapeDataString(id)}";

    public static string Topic(string id) => $"/topics/{Uri.EscapeDataString(id)}";

    public static string Alert(string id) => $"/alerts/{Uri.EscapeDataString(id)}";
}
