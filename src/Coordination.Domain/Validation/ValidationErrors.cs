namespace Coordination.Domain.Validation;

/// <summary>
/// Collects field errors under the JSON names of the fields, in the shape of RFC 7807 validation problems. Each
/// message is kept as a template and its arguments (<see cref="LocalizableText"/>), so the API can word it in the
/// caller's language; field names and the values a user sent stay as they are.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<LocalizableText>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, FormattableString message) => Add(field, LocalizableText.Of(message));

    public void Add(string field, LocalizableText message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public Dictionary<string, LocalizableText[]> ToMessages() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>The errors in English.</summary>
    public Dictionary<string, string[]> ToDictionary() => English(ToMessages());

    public static Dictionary<string, string[]> English(Dictionary<string, LocalizableText[]> messages) =>
        messages.ToDictionary(e => e.Key, e => e.Value.Select(m => m.English).ToArray());
}

/// <summary>The outcome of validating a draft: the normalised record, or the errors.</summary>
public sealed record Validated<T>(T? Value, Dictionary<string, LocalizableText[]> Messages) where T : class
{
    public bool IsValid => Value is not null;

    /// <summary>The errors in English.</summary>
    public Dictionary<string, string[]> Errors => ValidationErrors.English(Messages);

    public static Validated<T> From(T value, ValidationErrors errors) =>
        errors.IsEmpty ? new(value, []) : new(null, errors.ToMessages());
}

/// <summary>Which of the referenced topics and thematic priorities exist; looked up by the caller before validation.</summary>
public sealed record KnownReferences(IReadOnlySet<string> Topics, IReadOnlySet<string> ThematicPriorities)
{
    public static KnownReferences None { get; } = new(new HashSet<string>(), new HashSet<string>());
}
