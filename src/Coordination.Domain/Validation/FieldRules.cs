using Coordination.Domain.ReferenceData;

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
        if (!Identifiers.IsValid(id)) errors.Add("id", $"'{id}' is not a valid identifier. {Identifiers.Rule}");
        return id;
    }

    public static string RequiredText(ValidationErrors errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) errors.Add(field, $"{field} is required.");
        else if (text.Length > maxLength) errors.Add(field, $"{field} has {text.Length} characters; at most {maxLength} are allowed.");
        return text;
    }

    public static string OptionalText(ValidationErrors errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > maxLength) errors.Add(field, $"{field} has {text.Length} characters; at most {maxLength} are allowed.");
        return text;
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

    /// <summary>Trimmed, de-duplicated (ignoring case) list of short strings.</summary>
    public static string[] TextList(ValidationErrors errors, string field, string[]? values, int maxItems, int maxLength)
    {
        var list = (values ?? []).Select(v => v?.Trim() ?? "").ToList();
        if (list.Any(v => v.Length == 0)) errors.Add(field, $"{field} must not contain empty entries.");
        if (list.FirstOrDefault(v => v.Length > maxLength) is { } tooLong)
            errors.Add(field, $"'{tooLong[..20]}...' in {field} has {tooLong.Length} characters; at most {maxLength} are allowed.");
        var distinct = list.Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (distinct.Length > maxItems) errors.Add(field, $"{field} has {distinct.Length} entries; at most {maxItems} are allowed.");
        return distinct;
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

    private static bool TryParse<TEnum>(string? value, out TEnum parsed) where TEnum : struct, Enum => Codes.TryParse(value, out parsed);

    private static string Expected<TEnum>() where TEnum : struct, Enum => Codes.Expected<TEnum>();

    private static string Singular(string field) => field switch
    {
        "regions" => "region",
        "organisingSectors" => "sector",
        _ => field.TrimEnd('s'),
    };
}
