namespace Coordination.Domain.Calendars;

public static class FlagshipRules
{
    public static Validated<FlagshipWindow> Validate(string code, FlagshipWindow window)
    {
        var errors = new ValidationErrors();
        if (!Identifiers.IsValid(code)) errors.Add("code", $"'{code}' is not a valid code. Identifiers are 1 to 64 lower-case letters, digits or hyphens, not starting or ending with a hyphen.");
        if (window.Code is not null && window.Code != code) errors.Add("code", $"The body's code '{window.Code}' does not match '{code}'.");
        var name = FieldRules.RequiredText(errors, "name", window.Name, Limits.TitleLength);
        var city = FieldRules.OptionalText(errors, "city", window.City, Limits.ShortTextLength);
        FieldRules.Date(errors, "start", window.Start);
        FieldRules.Date(errors, "end", window.End);
        if (window.End < window.Start) errors.Add("end", $"end {window.End:yyyy-MM-dd} is before start {window.Start:yyyy-MM-dd}.");
        else if (window.End.DayNumber - window.Start.DayNumber + 1 > Limits.MaxEventDays) errors.Add("end", $"A window lasts at most {Limits.MaxEventDays} days.");
        if (window.Country is { } country && !Countries.TryGet(country, out _))
            errors.Add("country", $"Unknown country code '{country}'. Use ISO 3166-1 alpha-2 codes such as CH or QA.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(window.TimeZone ?? "", out _))
            errors.Add("timeZone", $"Unknown time zone '{window.TimeZone}'. Use an IANA zone such as Europe/Zurich.");
        var audience = FieldRules.TextList(errors, "audience", window.Audience, Limits.Keywords, Limits.KeywordLength);
        return Validated<FlagshipWindow>.From(window with { Code = code, Name = name, City = city.Length == 0 ? null : city, Audience = audience }, errors);
    }
}
