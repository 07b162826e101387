namespace Coordination.Domain.Validation;

/// <summary>The field checks that every kind of record shares.</summary>
internal static class FieldRules
{
    /// <summary>One of the six UN languages; English when absent.</summary>
    public static string Language(ValidationErrors errors, string? value)
    {
        var language = string.IsNullOrWhiteSpace(value) ? "en" : value.Trim().ToLowerInvariant();
        if (!UnLanguages.IsUnLanguage(language))
            errors.Add("language", $"Unknown language '{value}'. Expected one of the UN languages: {string.Join(", ", UnLanguages.Codes)}.");
        return language;
    }

    public static string Id(ValidationErrors errors, string id)
    {
        if (!Identifiers.IsValid(id)) errors.Add("id", $"'{id}' is not a valid identifier. Identifiers are 1 to 64 lower-case letters, digits or hyphens, not starting or ending with a hyphen.");
        return id;
    }

    /// <summary>
    /// Trimmed text with something to see in it; <paramref name="multiLine"/> fields may break lines. Messages name
    /// <paramref name="subject"/> when the error is filed under a list's field ("members") rather than the text's own.
    /// </summary>
    public static string RequiredText(ValidationErrors errors, string field, string? value, int maxLength, bool multiLine = false, string? subject = null)
    {
        var text = value?.Trim() ?? "";
        subject ??= field;
        if (TextRules.IsBlank(text))
        {
            if (text.Length == 0) errors.Add(field, $"{subject} is required.");
            else errors.Add(field, $"{subject} is required: it has no visible characters.");
        }
        else if (text.Length > maxLength) errors.Add(field, $"{subject} has {text.Length} characters; at most {maxLength} are allowed.");
        else if (TextRules.Problem(subject, text, multiLine) is { } problem) errors.Add(field, problem);
        return text;
    }

    /// <summary>Trimmed text, or "" for none: a text without visible characters counts as none.</summary>
    public static string OptionalText(ValidationErrors errors, string field, string? value, int maxLength, bool multiLine = false) =>
        TextRules.IsBlank(value) ? "" : RequiredText(errors, field, value, maxLength, multiLine);

    /// <summary>A date of <see cref="PlannableDates"/>, or none.</summary>
    public static void Date(ValidationErrors errors, string field, DateOnly? value)
    {
        if (value is { } day && !PlannableDates.Contains(day)) errors.Add(field, PlannableDates.Refusal(field, PlannableDates.Format(day)));
    }

    public static TEnum Enum<TEnum>(ValidationErrors errors, string field, string? value, TEnum? fallback = null) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is { } f) return f;
            errors.Add(field, $"{field} is required. Expected one of: {Expected<TEnum>()}.");
            return default;
        }
        if (TryParse<TEnum>(value, out var parsed)) return parsed;
        errors.Add(field, $"Unknown {field} '{value}'. Expected one of: {Expected<TEnum>()}.");
        return default;
    }

    public static TEnum[] Enums<TEnum>(ValidationErrors errors, string field, string[]? values) where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach (var value in values ?? [])
        {
            if (TryParse<TEnum>(value, out var parsed)) { if (!result.Contains(parsed)) result.Add(parsed); }
            else errors.Add(field, $"Unknown {Singular(field)} '{value}'. Expected one of: {Expected<TEnum>()}.");
        }
        return [.. result];
    }

    /// <summary>Trimmed, de-duplicated (ignoring case) list of short single-line strings.</summary>
    public static string[] TextList(ValidationErrors errors, string field, string[]? values, int maxItems, int maxLength)
    {
        var list = (values ?? []).Select(v => v?.Trim() ?? "").ToList();
        if (list.Count > maxItems) errors.Add(field, $"{field} has {list.Count} entries; at most {maxItems} are allowed.");
        if (list.Any(TextRules.IsBlank)) errors.Add(field, $"{field} must not contain empty entries.");
        if (list.FirstOrDefault(v => v.Length > maxLength) is { } tooLong)
            errors.Add(field, $"'{tooLong[..20]}...' in {field} has {tooLong.Length} characters; at most {maxLength} are allowed.");
        else if (list.Select((v, i) => TextRules.Problem(field, v, multiLine: false, entry: i + 1)).FirstOrDefault(p => p is not null) is { } problem)
            errors.Add(field, problem);
        return list.Where(v => !TextRules.IsBlank(v)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public static string[] Countries(ValidationErrors errors, string field, string[]? values)
    {
        var result = new List<string>();
        foreach (var value in values ?? [])
        {
            if (value is not null && ReferenceData.Countries.TryGet(value.Trim(), out var country)) { if (!result.Contains(country.Code)) result.Add(country.Code); }
            else errors.Add(field, $"Unknown country code '{value}'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH.");
        }
        return [.. result];
    }

    public static string[] Topics(ValidationErrors errors, string[]? values, KnownReferences known)
    {
        var result = new List<string>();
        foreach (var raw in values ?? [])
        {
            var id = raw?.Trim().ToLowerInvariant() ?? "";
            if (!known.Topics.Contains(id)) errors.Add("topics", $"Unknown topic '{raw}'. Register the topic first, or use the identifier of an existing one.");
            else if (!result.Contains(id)) result.Add(id);
        }
        return [.. result];
    }

    public static string? ThematicPriority(ValidationErrors errors, string? value, KnownReferences known)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var code = value.Trim().ToLowerInvariant();
        if (!known.ThematicPriorities.Contains(code))
            errors.Add("thematicPriority", $"Unknown thematic priority '{value}'. The list is at GET /api/reference/thematic-priorities.");
        return code;
    }

    private static bool TryParse<TEnum>(string? value, out TEnum parsed) where TEnum : struct, Enum => EnumCodes.TryParse(value, out parsed);

    private static string Expected<TEnum>() where TEnum : struct, Enum => EnumCodes.Expected<TEnum>();

    private static string Singular(string field) => field switch
    {
        "regions" => "region",
        "organisingSectors" => "sector",
        _ => field.TrimEnd('s'),
    };
}
