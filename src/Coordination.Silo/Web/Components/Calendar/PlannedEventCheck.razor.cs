using Microsoft.AspNetCore.Components;

namespace Coordination.Silo.Web.Components.Calendar;

public partial class PlannedEventCheck
{
    [Parameter, EditorRequired] public Region Region { get; set; }
    [Parameter, EditorRequired] public IReadOnlyDictionary<string, string> Topics { get; set; } = default!;
    /// <summary>Ticked at first: the user's own sector.</summary>
    [Parameter] public Sector? OwnSector { get; set; }
    [Parameter] public DateOnly Today { get; set; }

    // The fields that show their own errors; others are listed at the top of the form.
    private static readonly HashSet<string> ShownFields =
        ["title", "description", "language", "kind", "audience", "city", "country", "region", "timeZone", "start", "end", "organisingSectors", "topics", "days", "from", "to"];

    private readonly PlannedEventForm form = new();
    private bool zoneSuggested;
    private bool busy;
    private Dictionary<string, string[]>? errors;
    private EventClash[]? clashes;
    private FreeWindowSearch? search;
    private string status = "";
    private int? windowDays;
    private DateOnly? windowFrom;
    private DateOnly? windowTo;

    protected override void OnInitialized()
    {
        if (OwnSector is { } own) form.Sectors.Add(own);
    }

    private IReadOnlyList<CountryTimeZone> CountryZones => TimeZones.OfCountry(form.Country);

    private IEnumerable<(string Zone, string? Comment)> ZoneOptions => CountryZones.Count > 0
        ? CountryZones.Select(z => (z.ZoneId, z.Comment))
        : TimeZones.Common.Select(z => (z, (string?)null));

    private string CountryHint =>
        Countries.TryGet(form.Country?.Trim() ?? "", out var country) ? $"{country.Name}, region {country.Region}"
        : $"Without a country, the event is checked as online in region {Region}.";

    private string ZoneHint => CountryZones.Count switch
    {
        0 => "Empty means UTC.",
        1 => "The country's zone.",
        var n => $"The country has {n} zones: choose the venue's.",
    };

    private void CountryChanged()
    {
        var suggestion = TimeZones.DefaultFor(form.Country);
        if (string.IsNullOrWhiteSpace(form.TimeZone) || zoneSuggested)
        {
            form.TimeZone = suggestion;
            zoneSuggested = suggestion is not null;
        }
    }

    private static void Toggle<T>(HashSet<T> set, T value, bool on)
    {
        if (on) set.Add(value);
        else set.Remove(value);
    }

    private string Invalid(params string[] fields) => fields.Any(f => errors?.ContainsKey(f) == true) ? "true" : "false";

    /// <summary>What the form knows before asking: a venue in a country of several zones needs its zone (empty would mean UTC).</summary>
    private Dictionary<string, string[]> FormErrors()
    {
        var found = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(form.TimeZone) && CountryZones.Count > 1)
            found["timeZone"] = [$"Choose the venue's time zone: this country has {CountryZones.Count}."];
        return found;
    }

    private async Task CheckAsync()
    {
        if (FormErrors() is { Count: > 0 } own)
        {
            errors = own;
            clashes = null;
            status = "The planned event was not checked: correct the fields marked.";
            return;
        }
        busy = true;
        status = "Checking…";
        try
        {
            var result = await Calendars.CheckAsync(form.ToDraft(Region));
            errors = result.Errors;
            clashes = result.Value;
            status = clashes switch
            {
                null => "The planned event was not checked: correct the fields marked.",
                [] => "No clash found.",
                [_] => "1 clash found.",
                var all => $"{all.Length} clashes found, most serious first.",
            };
        }
        finally { busy = false; }
    }

    private async Task FindWindowsAsync()
    {
        var own = FormErrors();
        var days = windowDays ?? form.Days ?? 1;
        if (days < 1 || days > Limits.MaxEventDays) own["days"] = [$"Give a duration between 1 and {Limits.MaxEventDays} days."];
        windowDays = days;
        windowFrom ??= form.Start is { } start ? DateOnly.FromDateTime(start) : Today;
        windowTo ??= windowFrom.Value.AddDays(60);
        if (own.Count > 0)
        {
            errors = own;
            search = null;
            status = "No search: correct the fields marked.";
            return;
        }
        busy = true;
        status = "Searching for free windows…";
        try
        {
            var result = await Calendars.FindFreeWindowsAsync(new FreeWindowQuery(form.ToDraft(Region, days), windowFrom, windowTo, 8));
            errors = result.Errors;
            search = result.Value;
            status = search switch
            {
                null => "No search: correct the fields marked.",
                { Windows.Length: 0 } => "No free window in the range.",
                var found => $"{CalendarText.Count(found.Windows.Length, "free window")} found, best first.",
            };
        }
        finally { busy = false; }
    }

    /// <summary>Moves the planned event to the window's first start, keeping its length, and checks it there.</summary>
    private async Task UseWindowAsync(FreeWindow window)
    {
        form.Start = window.FirstStart;
        form.End = LocalEnd(window);
        await CheckAsync();
    }

    private DateTime LocalEnd(FreeWindow window) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(search?.TimeZone ?? "UTC", out var zone)
            ? TimeZoneInfo.ConvertTime(window.FirstEndUtc, zone).DateTime
            : window.FirstEndUtc.UtcDateTime;

    private static string Place(EventSummary other) =>
        CalendarText.Place(other.City, other.Country) is { Length: > 0 } place ? $" · {place}" : "";
}
