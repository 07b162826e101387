namespace Coordination.Domain.Validation;

/// <summary>Collects field errors under the JSON names of the fields, in the shape of RFC 7807 validation problems.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

/// <summary>The outcome of validating a draft: the normalised record, or the errors.</summary>
public sealed record Validated<T>(T? Value, Dictionary<string, string[]> Errors) where T : class
{
    public bool IsValid => Value is not null;

    public static Validated<T> From(T value, ValidationErrors errors) =>
        errors.IsEmpty ? new(value, []) : new(null, errors.ToDictionary());
}

/// <summary>Which of the referenced topics and thematic priorities exist; looked up by the caller before validation.</summary>
public sealed record KnownReferences(IReadOnlySet<string> Topics, IReadOnlySet<string> ThematicPriorities)
{
    public static KnownReferences None { get; } = new(new HashSet<string>(), new HashSet<string>());
}
