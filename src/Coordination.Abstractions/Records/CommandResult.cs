namespace Coordination.Abstractions.Records;

public enum CommandOutcome { Ok, Created, Invalid, Conflict, NotFound, Forbidden }

/// <summary>
/// The answer of a grain command. Expected failures (bad input, a stale version, a missing record) are
/// values rather than exceptions, so the API maps each to its HTTP status without guessing.
/// </summary>
[GenerateSerializer, Alias("coordination.CommandResult`1")]
public sealed record CommandResult<T>(
    [property: Id(0)] CommandOutcome Outcome,
    [property: Id(1)] T? Value,
    [property: Id(2)] string? Message,
    [property: Id(3)] Dictionary<string, string[]>? Errors)
{
    public bool Succeeded => Outcome is CommandOutcome.Ok or CommandOutcome.Created;

    public static CommandResult<T> Ok(T value) => new(CommandOutcome.Ok, value, null, null);
    public static CommandResult<T> Created(T value) => new(CommandOutcome.Created, value, null, null);
    public static CommandResult<T> Invalid(Dictionary<string, string[]> errors) =>
        new(CommandOutcome.Invalid, default, "The request has invalid fields.", errors);
    public static CommandResult<T> Conflict(string message) => new(CommandOutcome.Conflict, default, message, null);
    public static CommandResult<T> NotFound(string message) => new(CommandOutcome.NotFound, default, message, null);
    public static CommandResult<T> Forbidden(string message) => new(CommandOutcome.Forbidden, default, message, null);
}
