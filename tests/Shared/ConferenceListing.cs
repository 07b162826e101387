using System.Globalization;
using System.Text;

namespace Coordination.TestData;

/// <summary>One row of a conference listing (shared/data/events): 0-based data row, name, dates, place.</summary>
public sealed record ConferenceRow(int Row, string Name, string Url, DateOnly Start, DateOnly End, string City, string Country);

/// <summary>The conference listing of shared/data/events, as the evaluation and the benchmark read it.</summary>
public static class ConferenceListing
{
    /// <summary>Country names of the listing that are not the ITU's names.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["U.S.A."] = "US", ["USA"] = "US", ["U.K."] = "GB", ["UK"] = "GB", ["Scotland"] = "GB", ["Russia"] = "RU",
        ["Czech Republic"] = "CZ", ["Taiwan"] = "TW", ["Turkey"] = "TR", ["South Korea"] = "KR", ["Korea"] = "KR",
        ["Iran"] = "IR", ["Bolivia"] = "BO", ["Vietnam"] = "VN", ["Moldova"] = "MD", ["Tanzania"] = "TZ",
    };

    private static readonly Dictionary<string, string> ByName =
        Countries.All.ToDictionary(c => c.Name, c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The ISO code of a country as the listing names it, or null when the platform does not know it.</summary>
    public static string? CountryCode(string country) => Aliases.GetValueOrDefault(country) ?? ByName.GetValueOrDefault(country);

    /// <summary>Every row with a country column; an end date before the start (or none) is read as the start.</summary>
    public static IReadOnlyList<ConferenceRow> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = CsvRecords.Read(reader) ?? throw new FormatException($"{path}: empty file.");
        var (name, url, start, end, city, country) = (CsvRecords.Column(header, "name", path), CsvRecords.Column(header, "url", path),
            CsvRecords.Column(header, "startDate", path), CsvRecords.Column(header, "endDate", path),
            CsvRecords.Column(header, "city", path), CsvRecords.Column(header, "country", path));
        var rows = new List<ConferenceRow>();
        while (CsvRecords.Read(reader) is { } cells)
        {
            if (cells.Length <= country) continue;
            var i = rows.Count;
            if (!DateOnly.TryParse(cells[start], CultureInfo.InvariantCulture, out var s)) throw new FormatException($"{path}: data row {i}: startDate '{cells[start]}' is not a date.");
            var e = DateOnly.TryParse(cells[end], CultureInfo.InvariantCulture, out var parsed) && parsed >= s ? parsed : s;
            rows.Add(new ConferenceRow(i, cells[name], cells[url], s, e, cells[city].Trim(), cells[country].Trim()));
        }
        return rows;
    }
}
