using System.Globalization;

namespace Coordination.Silo.Web;

/// <summary>How the pages name codes: links read from the activity that holds them, enum names as words.</summary>
public static class Labels
{
    public static IReadOnlyList<(string Code, string Name)> Languages { get; } =
        [("ar", "Arabic"), ("zh", "Chinese"), ("en", "English"), ("fr", "French"), ("ru", "Russian"), ("es", "Spanish")];

    public static string Language(string code) => Languages.FirstOrDefault(l => l.Code == code).Name ?? code;

    /// <summary>The link as a phrase about the activity holding it: "Part of" the other, say.</summary>
    public static string Link(LinkType type) => type switch
    {
        LinkType.SameAs => "Same as",
        LinkType.ParentOf => "Contains",
        LinkType.ChildOf => "Part of",
        _ => "Complementary to",
    };

    /// <summary>What choosing the link type means, for a form's options.</summary>
    public static string LinkChoice(LinkType type) => type switch
    {
        LinkType.SameAs => "Same as: the same work, registered twice",
        LinkType.ParentOf => "Contains: the other activity is part of this one",
        LinkType.ChildOf => "Part of: this activity is part of the other",
        _ => "Complementary: both continue, coordinated",
    };

    public static string Kind(ActivityKind kind) => kind == ActivityKind.CapacityBuilding ? "Capacity building" : kind.ToString();

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>What a piece of evidence adds or takes: "+0.05", "−1.00".</summary>
    public static string Contribution(double contribution) => contribution.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Dates(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => "",
        ({ } s, null) => $"from {Date(s)}",
        (null, { } e) => $"until {Date(e)}",
        var (s, e) => $"{Date(s)} – {Date(e)}",
    };

    /// <summary>Escaped, so that an id typed by a user cannot reach another path.</summary>
    public static string ActivityUrl(string id) => $"/activities/{Uri.EscapeDataString(id)}";

    public static string TopicUrl(string id) => $"/topics/{Uri.EscapeDataString(id)}";

    public static string AlertUrl(string id) => $"/alerts/{Uri.EscapeDataString(id)}";
}
