using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

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
        Countries.TryGet(form.Country?.Trim() ?? "", out var country) ? T["Country.Known", country.Name, Text.RegionName(country.Region)]
        : T["Country.None", Text.RegionName(Region)];

    private string ZoneHint => CountryZones.Count switch
    {
        0 => T["TimeZone.Empty"],
        1 => T["TimeZone.One"],
        var n => T["TimeZone.Several", n],
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
            found["timeZone"] = [FormText["Error.TimeZone.Choose", CountryZones.Count]];
        return found;
    }

    private async Task CheckAsync()
    {
        if (FormErrors() is { Count: > 0 } own)
        {
            errors = own;
            clashes = null;
            status = T["Status.NotChecked"];
            return;
        }
        busy = true;
        status = T["Status.Checking"];
        try
        {
            var result = await Calendars.CheckAsync(form.ToDraft(Region));
            errors = Explain(result.Errors);
            clashes = result.Value;
            status = clashes switch
            {
                null => T["Status.NotChecked"],
                [] => T["Status.NoClash"],
                [_] => T["Status.OneClash"],
                var all => T["Status.Clashes", Labels.Number(all.Length)],
            };
        }
        finally { busy = false; }
    }

    private async Task FindWindowsAsync()
    {
        var own = FormErrors();
        var days = windowDays ?? form.Days ?? 1;
        if (days < 1 || days > Limits.MaxEventDays) own["days"] = [FormText["Error.Days", Limits.MaxEventDays]];
        windowDays = days;
        windowFrom ??= form.Start is { } start ? DateOnly.FromDateTime(start) : Today;
        windowTo ??= windowFrom.Value.AddDays(60);
        if (own.Count > 0)
        {
            errors = own;
            search = null;
            status = T["Status.NoSearch"];
            return;
        }
        busy = true;
        status = T["Status.Searching"];
        try
        {
            var result = await Calendars.FindFreeWindowsAsync(new FreeWindowQuery(form.ToDraft(Region, days), windowFrom, windowTo, 8));
            errors = Explain(result.Errors);
            search = result.Value;
            status = search switch
            {
                null => T["Status.NoSearch"],
                { Windows.Length: 0 } => T["Status.NoWindow"],
                { Windows.Length: 1 } => T["Status.OneWindow"],
                var found => T["Status.Windows", Labels.Number(found.Windows.Length)],
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

    /// <summary>The checker's messages in the reader's language.</summary>
    private Dictionary<string, string[]>? Explain(IReadOnlyDictionary<string, string[]>? found) =>
        found is null ? null : form.Explain(found, FormText, windowFrom, windowTo);
}
