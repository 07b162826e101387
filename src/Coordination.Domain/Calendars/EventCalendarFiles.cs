// Long because import and export of one format live together, and the import checks each raw line to report it by number.
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Coordination.Domain.Calendars;

/// <summary>
/// What an import fills in for entries that do not say it: a region's or a sector's calendar, and the zone of floating
/// times (see <see cref="EventCalendarFiles.FloatingZone"/>).
/// </summary>
public sealed record ImportDefaults(string? Region = null, string? Sector = null, string? TimeZone = null);

/// <summary>One VEVENT read as a draft; <paramref name="Line"/> is the physical line of its BEGIN:VEVENT.</summary>
public sealed record ParsedEvent(int Line, EventDraft Draft);

public sealed record CalendarLineError(int Line, string Message);

public sealed record ParsedCalendar(IReadOnlyList<ParsedEvent> Events, IReadOnlyList<CalendarLineError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Events as iCalendar files (RFC 5545), read and written with Ical.Net. Fields the standard has no place for
/// (country, region, sectors, kind, audience) travel as X-COORDINATION-* properties; topics as CATEGORIES.
/// Reading first walks the raw lines, so that every problem is reported with the line a person can find
/// in the file; Ical.Net then reads the values (unescaping, time zones, durations).
/// </summary>
public static partial class EventCalendarFiles
{
    private const string ProductId = "-//ITU Coordination//Coordination platform//EN";
    private const string Prefix = "X-COORDINATION-";

    [GeneratedRegex(@"^\d{8}(T\d{6}Z?)?$")]
    private static partial Regex DateTimeValue();

    /// <summary>A content line of a VEVENT: its line, its parameters (TZID=..., VALUE=DATE) and its raw value.</summary>
    private sealed record Property(int Line, string Parameters, string Value);

    private sealed class Block(int line)
    {
        public int Line { get; } = line;
        public Dictionary<string, Property> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text of a file that must be UTF-8 (RFC 5545 says so), without its byte order mark if it has one; for any
    /// other encoding (Latin-1, Windows-1252), the line of its first byte that is not UTF-8 rather than text with
    /// replacement characters stored in it.
    /// </summary>
    public static (string? Text, CalendarLineError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        var content = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        try
        {
            return (StrictUtf8.GetString(content), null);
        }
        catch (DecoderFallbackException)
        {
            var at = FirstInvalidByte(content);
            var (line, column) = Position(content[..at]);
            return (null, new CalendarLineError(line, $"Byte 0x{content[at]:X2} at position {column} is not UTF-8: save the calendar as UTF-8 (RFC 5545) and import it again."));
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length && Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done) at += consumed;
        return at;
    }

    /// <summary>The line and the position in it of the byte after <paramref name="before"/>, breaking lines as <see cref="Unfold"/> does.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < before.Length; i++)
            if (before[i] == '\n' || before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n')) (line, lineStart) = (line + 1, i + 1);
        return (line, before.Length - lineStart + 1);
    }

    public static ParsedCalendar Parse(string text, ImportDefaults defaults)
    {
        var errors = new List<CalendarLineError>();
        var blocks = Scan(text, errors);
        if (errors.Count > 0) return new ParsedCalendar([], errors);

        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(text);
        }
        catch (Exception exception)
        {
            return new ParsedCalendar([], [new CalendarLineError(1, $"The file could not be read as iCalendar: {exception.Message}")]);
        }
        var events = calendar?.Events.ToArray() ?? [];
        if (events.Length != blocks.Count)
            return new ParsedCalendar([], [new CalendarLineError(1, $"Found {blocks.Count} VEVENT blocks but could read {events.Length}; check the nesting of BEGIN and END.")]);

        var parsed = new List<ParsedEvent>();
        for (var i = 0; i < blocks.Count; i++)
            if (Read(events[i], blocks[i], defaults, errors) is { } draft) parsed.Add(new ParsedEvent(blocks[i].Line, draft));
        return errors.Count > 0 ? new ParsedCalendar([], errors) : new ParsedCalendar(parsed, []);
    }

    public static string Write(IEnumerable<Event> events, string calendarName)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var list = events.ToArray();
        foreach (var zone in list.Select(e => e.TimeZone).Where(z => z != "UTC").Distinct(StringComparer.Ordinal))
        {
            try { calendar.AddTimeZone(zone); }
            catch (Exception) { /* Outlook then falls back on the TZID name, which is an IANA id it knows. */ }
        }
        foreach (var e in list)
        {
            var item = new CalendarEvent
            {
                Uid = e.Id,
                Summary = e.Title,
                Description = string.IsNullOrEmpty(e.Description) ? null : e.Description,
                DtStart = Instant(e.Start, e.StartUtc, e.TimeZone),
                DtEnd = Instant(e.End, e.EndUtc, e.TimeZone),
                DtStamp = new CalDateTime(e.Audit.UpdatedAt.UtcDateTime, "UTC", true),
                Location = e.City is null ? null : e.Country is null ? e.City : $"{e.City}, {e.Country}",
                Status = e.Status switch { Abstractions.Events.EventStatus.Cancelled => "CANCELLED", Abstractions.Events.EventStatus.Confirmed => "CONFIRMED", _ => "TENTATIVE" },
                Categories = [.. e.Topics],
            };
            if (e.Country is not null) item.AddProperty(Prefix + "COUNTRY", e.Country);
            item.AddProperty(Prefix + "REGION", e.Region.ToString());
            item.AddProperty(Prefix + "SECTORS", string.Join(',', e.OrganisingSectors));
            item.AddProperty(Prefix + "KIND", e.Kind.ToString());
            if (e.Audience.Length > 0) item.AddProperty(Prefix + "AUDIENCE", string.Join(',', e.Audience));
            if (e.Language != "en") item.AddProperty(Prefix + "LANGUAGE", e.Language);
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Instant(DateTime local, DateTimeOffset utc, string zone) =>
        zone == "UTC" ? new CalDateTime(utc.UtcDateTime, "UTC", true) : new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone, true);

    /// <summary>Walks the unfolded content lines: structure, the properties of each VEVENT with their lines, and what Ical.Net would accept silently.</summary>
    private static List<Block> Scan(string text, List<CalendarLineError> errors)
    {
        var blocks = new List<Block>();
        var open = new Stack<(string Name, int Line)>();
        Block? current = null;
        var sawCalendar = false;
        foreach (var (line, content) in Unfold(text))
        {
            if (content.Length == 0) continue;
            var colon = content.IndexOf(':');
            if (colon <= 0)
            {
                errors.Add(new(line, $"'{Shorten(content)}' is not an iCalendar content line (NAME:value)."));
                continue;
            }
            var head = content[..colon];
            var value = content[(colon + 1)..];
            var semicolon = head.IndexOf(';');
            var name = (semicolon < 0 ? head : head[..semicolon]).ToUpperInvariant();
            var parameters = semicolon < 0 ? "" : head[(semicolon + 1)..];
            if (name == "BEGIN")
            {
                var component = value.Trim().ToUpperInvariant();
                if (component == "VCALENDAR") sawCalendar = true;
                else if (open.Count == 0) errors.Add(new(line, $"BEGIN:{component} is outside BEGIN:VCALENDAR."));
                open.Push((component, line));
                if (component == "VEVENT" && open.Count == 2) blocks.Add(current = new Block(line));
                continue;
            }
            if (name == "END")
            {
                var component = value.Trim().ToUpperInvariant();
                if (open.Count == 0 || open.Peek().Name != component)
                    errors.Add(new(line, open.Count == 0 ? $"END:{component} without a matching BEGIN." : $"END:{component} closes BEGIN:{open.Peek().Name} of line {open.Peek().Line}."));
                else if (open.Pop().Name == "VEVENT" && open.Count == 1) { Check(current!, errors); current = null; }
                continue;
            }
            if (current is null || open.Peek().Name != "VEVENT") continue;
            if (name is "RRULE" or "RDATE" or "EXRULE")
                errors.Add(new(line, "Recurring events are not supported: export the occurrences instead (Outlook: save the calendar with each occurrence)."));
            if (name is "DTSTART" or "DTEND" or "RECURRENCE-ID" && !DateTimeValue().IsMatch(value.Trim()))
                errors.Add(new(line, $"{name} '{Shorten(value)}' is not a date (20270310) or a date-time (20270310T090000, or ...Z for UTC)."));
            else if (name is "DTSTART" or "DTEND" && !IsPlannable(value.Trim()))
                errors.Add(new(line, Validation.PlannableDates.Refusal(name, value.Trim()).English));
            if (name is "DTSTART" or "DTEND" && TzId(parameters) is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                errors.Add(new(line, $"Unknown time zone '{zone}'. Use an IANA zone such as Africa/Nairobi or Europe/Zurich."));
            current.Properties.TryAdd(name, new Property(line, parameters, value));
        }
        foreach (var (name, line) in open) errors.Add(new(line, $"BEGIN:{name} is never closed with END:{name}."));
        if (!sawCalendar && errors.Count == 0) errors.Add(new(1, "This is not an iCalendar file: there is no BEGIN:VCALENDAR."));
        return blocks;
    }

    private static void Check(Block block, List<CalendarLineError> errors)
    {
        if (!block.Properties.ContainsKey("DTSTART")) errors.Add(new(block.Line, "This event has no DTSTART: give its start."));
        if (!block.Properties.TryGetValue("SUMMARY", out var summary) || string.IsNullOrWhiteSpace(summary.Value))
            errors.Add(new(block.Line, "This event has no SUMMARY: give its title."));
    }

    private static EventDraft? Read(CalendarEvent e, Block block, ImportDefaults defaults, List<CalendarLineError> errors)
    {
        if (e.DtStart is not { } start)
        {
            errors.Add(new(block.Properties["DTSTART"].Line, "DTSTART could not be read."));
            return null;
        }
        string? Extra(string name) => block.Properties.TryGetValue(Prefix + name, out var p) ? Unescape(p.Value) : null;
        string[]? List(string? value) => value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var venue = VenueLocations.Parse(e.Location);
        var country = Extra("COUNTRY") ?? venue.Country;
        var floating = FloatingZone(country, defaults);
        var zone = start.IsUtc ? "UTC" : start.TzId ?? floating;
        var startLocal = start.HasTime ? start.Value : start.Date.ToDateTime(TimeOnly.MinValue);
        DateTime? endLocal = e.DtEnd is { } end ? InZone(end, zone, floating)
            : e.Duration is { } duration ? InZone(start.Add(duration), zone, floating)
            : start.HasTime ? null : startLocal.AddDays(1);
        return new EventDraft
        {
            Id = IdOf(e.Uid),
            Title = e.Summary,
            Description = e.Description,
            Kind = Extra("KIND") ?? "Meeting",
            Start = DateTime.SpecifyKind(startLocal, DateTimeKind.Unspecified),
            End = endLocal is { } l ? DateTime.SpecifyKind(l, DateTimeKind.Unspecified) : null,
            TimeZone = zone,
            City = venue.City,
            Country = country,
            Region = Extra("REGION") ?? (country is null ? defaults.Region : null),
            OrganisingSectors = List(Extra("SECTORS")) ?? (defaults.Sector is { } sector ? [sector] : null),
            Topics = e.Categories.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray(),
            Audience = List(Extra("AUDIENCE")),
            Language = Extra("LANGUAGE"),
            Status = e.Status?.ToUpperInvariant() switch { "CANCELLED" => "Cancelled", "CONFIRMED" => "Confirmed", _ => "Planned" },
        };
    }

    /// <summary>
    /// The zone of a time without TZID or Z ("floating", RFC 5545 3.3.5) or of a date: the venue's wall clock. With a known
    /// venue country, the import's zone when it is one of the country's, else the country's primary zone (a floating 09:00
    /// in Kigali is 09:00 Africa/Kigali); without one, the import's zone, else UTC.
    /// </summary>
    public static string FloatingZone(string? country, ImportDefaults defaults) =>
        TimeZones.PrimaryOf(country) is not { } primary ? defaults.TimeZone ?? "UTC"
        : TimeZones.IsIn(country, defaults.TimeZone) ? defaults.TimeZone!.Trim()
        : primary;

    /// <summary>An end given in another zone than the start is moved to the start's zone, on the same instant.</summary>
    private static DateTime InZone(CalDateTime value, string zone, string floating)
    {
        var local = value.HasTime ? value.Value : value.Date.ToDateTime(TimeOnly.MinValue);
        var own = value.IsUtc ? "UTC" : value.TzId ?? floating;
        if (own == zone) return local;
        var from = TimeZoneInfo.FindSystemTimeZoneById(own);
        var instant = EventRules.ToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), from);
        return TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime;
    }

    /// <summary>UIDs from Outlook ("040000008200E000...@host") are not slugs: they get a stable id derived from them.</summary>
    private static string? IdOf(string? uid)
    {
        if (string.IsNullOrWhiteSpace(uid)) return null;
        var trimmed = uid.Trim();
        return Identifiers.IsValid(trimmed) ? trimmed : "ics-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(trimmed)))[..16];
    }

    /// <summary>Whether the date of a value that <see cref="DateTimeValue"/> matched is one the platform plans for; a date that does not exist is left to Ical.Net to report.</summary>
    private static bool IsPlannable(string value) =>
        !DateOnly.TryParseExact(value[..8], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
        || Validation.PlannableDates.Contains(day);

    private static string? TzId(string parameters) =>
        parameters.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Equals("TZID", StringComparison.OrdinalIgnoreCase))?[1].Trim('"');

    private static string Unescape(string value) =>
        value.Replace("\\,", ",").Replace("\\;", ";").Replace("\\n", "\n").Replace("\\N", "\n").Replace("\\\\", "\\").Trim();

    /// <summary>Content lines with the physical line each starts on; a line starting with a space or tab continues the previous one.</summary>
    private static IEnumerable<(int Line, string Content)> Unfold(string text)
    {
        var physical = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var builder = new StringBuilder();
        var start = 0;
        for (var i = 0; i < physical.Length; i++)
        {
            var raw = physical[i];
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t') && builder.Length > 0)
            {
                builder.Append(raw, 1, raw.Length - 1);
                continue;
            }
            if (builder.Length > 0 || i > 0) yield return (start + 1, builder.ToString());
            builder.Clear().Append(raw);
            start = i;
        }
        if (builder.Length > 0) yield return (start + 1, builder.ToString());
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
