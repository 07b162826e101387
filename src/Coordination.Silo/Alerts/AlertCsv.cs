using System.Globalization;
using System.Text;

namespace Coordination.Silo.Alerts;

/// <summary>
/// Alerts as RFC 4180 CSV, for spreadsheets and committee minutes; cells written by <see cref="CsvCell"/>. The file starts
/// with a UTF-8 byte order mark, without which Excel reads the titles' accents and scripts as Windows-1252.
/// </summary>
public static class AlertCsv
{
    public const string Header =
        "id,kind,severity,score,status,sectors,regions,topics,titles,raised_at,resolved_at,assigned_to,acknowledged,overdue,escalated_at,owner,assignee_name,link";

    /// <param name="siteRoot">The site's absolute root ("https://coordination.example.org"), before each alert's page path.</param>
    public static string Write(IEnumerable<AlertRow> rows, Func<AlertSummary, bool> isOverdue, string siteRoot)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var (a, owner, assignee) in rows)
        {
            string[] fields =
            [
                a.Id, a.Kind, a.Severity.ToString(), a.Score.ToString("0.000", CultureInfo.InvariantCulture), a.Status.ToString(),
                string.Join(' ', a.Sectors), string.Join(' ', a.Regions), string.Join(' ', a.Topics ?? []), string.Join(" | ", a.Titles),
                Instant(a.RaisedAt), Instant(a.ResolvedAt), a.AssignedTo ?? "", a.Acknowledged ? "yes" : "no", isOverdue(a) ? "yes" : "no", Instant(a.EscalatedAt),
                owner, assignee?.Name ?? "", siteRoot.TrimEnd('/') + PageUrls.Alert(a.Id),
            ];
            csv.Append(CsvCell.Row(fields));
        }
        return csv.ToString();
    }

    /// <summary>The file's bytes: the byte order mark, then the text.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)];

    /// <summary>"alerts-MCG-2026-12-06.csv": the dashboard and the day (UTC); characters a file system may refuse become "-".</summary>
    public static string FileName(string route, DateTimeOffset now)
    {
        var safe = new string([.. route.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' ? c : '-')]);
        return $"alerts-{safe}-{now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
    }

    private static string Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}
