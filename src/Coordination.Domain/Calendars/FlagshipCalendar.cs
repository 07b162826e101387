namespace Coordination.Domain.Calendars;

/// <summary>
/// The flagship events and statutory meetings every planned event is checked against, loaded once as
/// editable reference data. Dates are those announced at the time of writing, or provisional where the
/// governing body had not fixed them: administrators keep them current through the API.
/// </summary>
public static class FlagshipCalendar
{
    private const string Provisional = "Provisional dates: confirm against the governing body's decision.";

    private static readonly string[] Delegates = ["member-state delegates"];
    private static readonly string[] Ministers = ["ministers", "member-state delegates"];

    public static IReadOnlyList<FlagshipWindow> Defaults { get; } =
    [
        Window("pp-26", "Plenipotentiary Conference (PP-26)", "2026-11-09", "2026-11-27", "Doha", "QA", "Asia/Qatar", Ministers, blackout: true),
        Window("council-2026", "ITU Council 2026", "2026-06-09", "2026-06-19", "Geneva", "CH", "Europe/Zurich", Delegates, blackout: true, note: Provisional),
        Window("wsis-forum-2026", "WSIS Forum 2026", "2026-07-06", "2026-07-10", "Geneva", "CH", "Europe/Zurich", Ministers, note: Provisional),
        Window("ai-for-good-2026", "AI for Good Global Summit 2026", "2026-07-07", "2026-07-10", "Geneva", "CH", "Europe/Zurich", ["ministers", "industry"], note: Provisional),
        Window("gsr-26", "Global Symposium for Regulators (GSR-26)", "2026-06-30", "2026-07-03", null, null, "UTC", ["regulators"], sector: Sector.BDT, note: Provisional),
        Window("tdag-2027", "Telecommunication Development Advisory Group (TDAG)", "2027-05-17", "2027-05-21", "Geneva", "CH", "Europe/Zurich", Delegates, sector: Sector.BDT, blackout: true, note: Provisional),
        Window("tsag-2027", "Telecommunication Standardization Advisory Group (TSAG)", "2027-01-25", "2027-01-29", "Geneva", "CH", "Europe/Zurich", Delegates, sector: Sector.TSB, blackout: true, note: Provisional),
        Window("rag-2027", "Radiocommunication Advisory Group (RAG)", "2027-04-12", "2027-04-15", "Geneva", "CH", "Europe/Zurich", Delegates, sector: Sector.BR, blackout: true, note: Provisional),
        Window("council-2027", "ITU Council 2027", "2027-06-08", "2027-06-18", "Geneva", "CH", "Europe/Zurich", Delegates, blackout: true, note: Provisional),
        Window("wsis-forum-2027", "WSIS Forum 2027", "2027-07-05", "2027-07-09", "Geneva", "CH", "Europe/Zurich", Ministers, note: Provisional),
        Window("ai-for-good-2027", "AI for Good Global Summit 2027", "2027-07-06", "2027-07-09", "Geneva", "CH", "Europe/Zurich", ["ministers", "industry"], note: Provisional),
        Window("wrc-27", "World Radiocommunication Conference (WRC-27)", "2027-10-18", "2027-11-12", null, null, "UTC", Ministers, sector: Sector.BR, blackout: true, note: Provisional),
        Window("wtsa-28", "World Telecommunication Standardization Assembly (WTSA-28)", "2028-10-09", "2028-10-19", null, null, "UTC", Delegates, sector: Sector.TSB, blackout: true, note: Provisional),
    ];

    private static FlagshipWindow Window(
        string code, string name, string start, string end, string? city, string? country, string timeZone, string[] audience,
        Sector sector = Sector.GS, bool blackout = false, string? note = null) => new()
    {
        Code = code,
        Name = name,
        Start = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        City = city,
        Country = country,
        TimeZone = timeZone,
        Sector = sector,
        Audience = audience,
        Blackout = blackout,
        Note = note,
    };
}
