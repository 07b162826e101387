using System.Globalization;
using System.Text;

namespace Coordination.Silo.Alerts;

/// <summary>Alerts as RFC 4180 CSV, for spreadsheets and committee minutes; cells written by <see cref="CsvCell"/>.</summary>
public static class AlertCsv
{
    public static string Write(IEnumerable<AlertSummary> alerts, Func<AlertSummary, bool> isOverdue)
    {
        var csv = new StringBuilder("id,kind,severity,score,status,sectors,regions,topics,titles,raised_at,resolved_at,assigned_to,acknowledged,overdue,escalated_at\r\n");
        foreach (var a in alerts)
        {
            string[] fields =
            [
                a.Id, a.Kind, a.Severity.ToString(), a.Score.ToString("0.000", CultureInfo.InvariantCulture), a.Status.ToString(),
                string.Join(' ', a.Sectors), string.Join(' ', a.Regions), string.Join(' ', a.Topics ?? []), string.Join(" | ", a.Titles),
                Instant(a.RaisedAt), Instant(a.ResolvedAt), a.AssignedTo ?? "", a.Acknowledged ? "yes" : "no", isOverdue(a) ? "yes" : "no", Instant(a.EscalatedAt),
            ];
            csv.Append(CsvCell.Row(fields));
        }
        return csv.ToString();
    }

    private static string Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
