using System.Buffers;

namespace Coordination.Silo.Alerts;

/// <summary>
/// One cell of a CSV export: quoted as RFC 4180 requires, and never taken for a formula by a spreadsheet.
/// Every CSV the platform writes goes through <see cref="Of"/>.
/// </summary>
public static class CsvCell
{
    /// <summary>
    /// First characters that make Excel, LibreOffice or Google Sheets evaluate a cell (OWASP "CSV injection"):
    /// a title such as =HYPERLINK(...) would otherwise open as a live link or command.
    /// </summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>The value as one cell: a leading single quote when it would start a formula, then quoted when needed.</summary>
    public static string Of(string? value)
    {
        var text = value ?? "";
        // The quote tells the spreadsheet the cell is text; it is the one character a reader of the raw file sees added.
        if (text.Length > 0 && FormulaStarts.Contains(text[0])) text = "'" + text;
        return text.AsSpan().ContainsAny(NeedsQuotes) ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }

    /// <summary>A record of cells, ended by CRLF.</summary>
    public static string Row(IEnumerable<string?> values) => string.Join(',', values.Select(Of)) + "\r\n";
}
