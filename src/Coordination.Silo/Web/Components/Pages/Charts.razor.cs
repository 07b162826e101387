using System.Globalization;
using Coordination.Grains.Records;

namespace Coordination.Silo.Web.Components.Pages;

public partial class Charts
{
    private const int ListLength = 10;
    // The histogram sits in half the page, so its drawing is narrower for its text to stay legible.
    private const int Width = 720, WeeksHeight = 260, Left = 44, Right = 10, Top = 10, HistogramWidth = 420, HistogramLeft = 96, BarRow = 30;
    private const double BottomY = WeeksHeight - 44;
    private int HistogramHeight => Top * 2 + BarRow * (figures?.Resolution.Data.Histogram.Length ?? 0);

    private AlertChartSet? figures;
    private ActivitySummary[] stale = [];
    private DateTimeOffset? computedAt;
    private bool allAlerts;

    private Chart<SectorHeatmap> HeatmapChart => allAlerts ? figures!.AllHeatmap : figures!.OpenHeatmap;

    private SectorHeatmap Heatmap => HeatmapChart.Data;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var now = Clock.GetUtcNow();
        // The MCG dashboard's alerts, counted as its list counts them (AlertCharts).
        var charts = AlertCharts.ComputeAsync(new AlertQuery { Route = AlertKeys.Mcg });
        var activities = Listings.ActivitiesAsync(Grains, Enum.GetValues<Sector>());
        figures = await charts;
        stale = AlertStatistics.OverdueForReview(await activities, Ageing, now);
        computedAt = now;
    }

    /// <summary>Four shades of one scale, each with enough contrast for the number written on it.</summary>
    private string Shade(int count) => count == 0 || Heatmap.Max == 0 ? "h0" : $"h{(int)Math.Ceiling(4.0 * count / Heatmap.Max)}";

    /// <summary>The y axis: four steps of a whole number of alerts.</summary>
    private int WeekTop => Math.Max(4, (int)Math.Ceiling(figures!.Weeks.Data.Max(w => Math.Max(w.Opened, w.Resolved)) / 4.0) * 4);

    private IEnumerable<int> WeekTicks => Enumerable.Range(0, 5).Select(i => WeekTop * i / 4);

    private double Slot => (Width - Left - Right) / (double)figures!.Weeks.Data.Length;

    private double WeekY(int count) => BottomY - (BottomY - Top) * count / WeekTop;

    private int HistogramMax => figures!.Resolution.Data.Histogram.Max(b => b.Count);

    /// <summary>SVG coordinates take a dot whatever the server's culture.</summary>
    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Right-to-left readers read time from right to left: the drawings are mirrored for them, each x measured from the
    /// other side (less the width of what starts there). Text anchors stay as they are: "start" and "end" follow the
    /// page's direction, so a label anchored at its end still grows away from the axis.
    /// </summary>
    private static bool Rtl => CultureInfo.CurrentCulture.TextInfo.IsRightToLeft;

    private static string X(double x, double width = 0) => F(Rtl ? Width - x - width : x);

    private static string HX(double x, double width = 0) => F(Rtl ? HistogramWidth - x - width : x);

    /// <summary>A week's first day on the axis: the culture's day and month, the month abbreviated.</summary>
    private static string DayAndMonth(DateOnly day) =>
        day.ToString(CultureInfo.CurrentCulture.DateTimeFormat.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal), CultureInfo.CurrentCulture);

    /// <summary>The resolution-time buckets the statistics name in English, in the reader's words.</summary>
    private string Bucket(DurationBucket bucket) => bucket.Label switch
    {
        "< 1 day" => T["Bucket.Day"],
        "1–7 days" => T["Bucket.Week"],
        "1–4 weeks" => T["Bucket.Month"],
        "1–3 months" => T["Bucket.Quarter"],
        "> 3 months" => T["Bucket.Longer"],
        _ => bucket.Label,
    };

    private string Days(TimeSpan span) => span.TotalDays >= 1 ? Counted(T["Days"], span.TotalDays) : Counted(T["Hours"], span.TotalHours);

    private string Duration(TimeSpan? span) => span switch
    {
        null => T["NoneResolved"],
        { TotalHours: < 1 } s => T["Minutes", Labels.Number((int)s.TotalMinutes)],
        { TotalDays: < 1 } s => Counted(T["Hours"], s.TotalHours),
        { } s => Counted(T["Days"], s.TotalDays),
    };

    /// <summary>An amount to one decimal, with the noun in the form the amount takes.</summary>
    private static string Counted(string forms, double amount)
    {
        var rounded = Math.Round((decimal)amount, 1);
        return Plurals.Format(forms, rounded, rounded.ToString("0.#", CultureInfo.CurrentCulture));
    }
}
