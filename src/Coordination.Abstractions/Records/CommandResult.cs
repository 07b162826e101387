namespace Coordination.Abstractions.Records;

public enum CommandOutcome { Ok, Created, Invalid, Conflict, NotFound, Forbidden }

/// <summary>
/// The answer of a grain command. Expected failures (bad input, a stale version, a missing record) are
/// values rather than exceptions, so the API maps each to its HTTP status without guessing.
/// <see cref="Message"/> and <see cref="Errors"/> are the English wording; <see cref="Detail"/> and
/// <see cref="FieldErrors"/> the same messages as templates, which the API words in the caller's language.
/// </summary>
[GenerateSerializer, Alias("coordination.CommandResult`1")]
public sealed record CommandResult<T>(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] T? Value,
    [property: Id(2)] string? Message,
    [property: Id(3)] Dictionary<string, string[]>? Errors)
{
    [Id(4)] public LocalizableText? Detail { get; init; }

    [Id(5)] public Dictionary<string, LocalizableText[]>? FieldErrors { get; init; }

    public bool Succeeded => Outcome is CommandOutcome.Ok or CommandOutcome.Created;

    public static CommandResult<T> Ok(T value) => new(CommandOutcome.Ok, value, null, null);
    public static CommandResult<T> Created(T value) => new(CommandOutcome.Created, value, null, null);

    public static CommandResult<T> Invalid(Dictionary<string, LocalizableText[]> errors)
    {
        var detail = LocalizableText.Of($"The request has invalid fields.");
        return new(CommandOutcome.Invalid, default, detail.English, errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.English).ToArray()))
        {
            Detail = detail,
            FieldErrors = errors,
        };
    }

    /// <summary>One field error.</summary>
    public static CommandResult<T> Invalid(string field, FormattableString message) => Invalid(new() { [field] = [LocalizableText.Of(message)] });

    public static CommandResult<T> Conflict(FormattableString message) => Refused(CommandOutcome.Conflict, LocalizableText.Of(message));
    public static CommandResult<T> NotFound(FormattableString message) => Refused(CommandOutcome.NotFound, LocalizableText.Of(message));
    public static CommandResult<T> Forbidden(FormattableString message) => Refused(CommandOutcome.Forbidden, LocalizableText.Of(message));
    public static CommandResult<T> Forbidden(LocalizableText message) => Refused(CommandOutcome.Forbidden, message);

    private static CommandResult<T> Refused(CommandOutcome outcome, LocalizableText message) =>
        new(outcome, default, message.English, null) { Detail = message };
}
