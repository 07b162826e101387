namespace Coordination.Domain.Events;

public static class EventRules
{
    public static Validated<Event> Validate(string id, EventDraft draft, KnownReferences known, Audit audit)
    {
        var errors = new ValidationErrors();
        FieldRules.Id(errors, id);
        if (draft.Id is not null && draft.Id != id) errors.Add("id", $"The body's id '{draft.Id}' does not match the event '{id}'.");

        var title = FieldRules.RequiredText(errors, "title", draft.Title, Limits.TitleLength);
        var description = FieldRules.OptionalText(errors, "description", draft.Description, Limits.DescriptionLength, multiLine: true);
        var kind = FieldRules.Enum<EventKind>(errors, "kind", draft.Kind);
        var status = FieldRules.Enum(errors, "status", draft.Status, (EventStatus?)EventStatus.Planned);
        var city = FieldRules.OptionalText(errors, "city", draft.City, Limits.ShortTextLength);
        var sectors = FieldRules.Enums<Sector>(errors, "organisingSectors", draft.OrganisingSectors);
        if (sectors.Length == 0 && draft.OrganisingSectors is not { Length: > 0 })
            errors.Add("organisingSectors", $"At least one organising sector is required (BR, TSB, BDT or GS).");
        var audience = FieldRules.TextList(errors, "audience", draft.Audience, Limits.Keywords, Limits.KeywordLength)
            .Select(a => a.ToLowerInvariant()).ToArray();
        var topics = FieldRules.Topics(errors, draft.Topics, known);
        var language = FieldRules.Language(errors, draft.Language);

        string? country = null;
        if (!string.IsNullOrWhiteSpace(draft.Country))
        {
            if (Countries.TryGet(draft.Country.Trim(), out var c)) country = c.Code;
            else errors.Add("country", $"Unknown country code '{draft.Country}'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH.");
        }
        var region = Region.GLOBAL;
        if (!string.IsNullOrWhiteSpace(draft.Region))
        {
            region = FieldRules.Enum<Region>(errors, "region", draft.Region);
            if (country is not null && Countries.TryGet(country, out var c) && region != Region.GLOBAL && c.Region != region)
                errors.Add("region", $"{c.Name} ({c.Code}) is in region {c.Region}, not {region}.");
        }
        else if (ResolveRegion(draft) is { } fromCountry) region = fromCountry;
        else if (string.IsNullOrWhiteSpace(draft.Country))
            errors.Add("region", $"Give the country of the venue, or the region (GLOBAL for online or headquarters-wide events).");

        var (start, end, startUtc, endUtc, timeZone) = Times(errors, draft);
        var value = new Event
        {
            Id = id,
            Title = title,
            Description = description,
            Kind = kind,
            Start = start,
            End = end,
            TimeZone = timeZone,
            StartUtc = startUtc,
            EndUtc = endUtc,
            City = city.Length == 0 ? null : city,
            Country = country,
            Region = region,
            OrganisingSectors = sectors,
            Topics = topics,
            Audience = audience,
            Status = status,
            Audit = audit,
            Language = language,
        };
        return Validated<Event>.From(value, errors);
    }

    /// <summary>The region whose calendar the event belongs to: the one given, else the venue country's; null when neither is known.</summary>
    public static Region? ResolveRegion(EventDraft draft) =>
        EnumCodes.TryParse<Region>(draft.Region, out var region) ? region
        : draft.Country is { } code && Countries.TryGet(code.Trim(), out var country) ? country.Region
        : null;

    private static (DateTime Start, DateTime End, DateTimeOffset StartUtc, DateTimeOffset EndUtc, string TimeZone) Times(ValidationErrors errors, EventDraft draft)
    {
        var zoneId = string.IsNullOrWhiteSpace(draft.TimeZone) ? "UTC" : draft.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            errors.Add("timeZone", $"Unknown time zone '{draft.TimeZone}'. Use an IANA zone such as Africa/Nairobi or Europe/Zurich.");
            zone = TimeZoneInfo.Utc;
        }
        var start = LocalTime(errors, "start", draft.Start, zone);
        var end = LocalTime(errors, "end", draft.End, zone);
        if (start is null || end is null) return (default, default, default, default, zoneId);

        var startUtc = start.Value.Utc;
        var endUtc = end.Value.Utc;
        if (endUtc <= startUtc) errors.Add("end", $"end {end.Value.Local:yyyy-MM-ddTHH:mm} is not after start {start.Value.Local:yyyy-MM-ddTHH:mm}.");
        else if ((endUtc - startUtc).TotalDays > Limits.MaxEventDays) errors.Add("end", $"An event lasts at most {Limits.MaxEventDays} days.");
        return (start.Value.Local, end.Value.Local, startUtc, endUtc, zoneId);
    }

    private static (DateTime Local, DateTimeOffset Utc)? LocalTime(ValidationErrors errors, string field, DateTime? value, TimeZoneInfo zone)
    {
        if (value is not { } local)
        {
            errors.Add(field, $"{field} is required: the local date and time at the venue, e.g. 2026-03-10T09:00.");
            return null;
        }
        if (local.Kind != DateTimeKind.Unspecified)
        {
            errors.Add(field, $"{field} must be the local wall-clock time at the venue without an offset or 'Z' (e.g. 2026-03-10T09:00); the zone goes in timeZone.");
            return null;
        }
        // Before any conversion: an instant in year 1 or 9999 may not exist in UTC.
        if (!PlannableDates.Contains(local))
        {
            errors.Add(field, PlannableDates.Refusal(field, local.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }
        if (zone.IsInvalidTime(local))
        {
            errors.Add(field, $"{field} {local:yyyy-MM-ddTHH:mm} does not exist in {zone.Id} (the clocks skip it).");
            return null;
        }
        return (local, ToUtc(local, zone));
    }

    /// <summary>The instant of a local time at the venue; an ambiguous time (clocks going back) is read as the earlier of the two.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }
}
