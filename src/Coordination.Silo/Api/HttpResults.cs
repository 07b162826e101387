using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace Coordination.Silo.Api;

/// <summary>
/// The HTTP side of record commands: versions travel as ETag / If-Match, and every refusal is an
/// RFC 7807 problem.
/// </summary>
internal static class HttpResults
{
    /// <summary>A problem whose detail is worded in the request's language when the answer is written; the title stays English.</summary>
    public static IResult Problem(int status, string title, FormattableString detail) => Problem(status, title, LocalizableText.Of(detail));

    public static IResult Problem(int status, string title, LocalizableText detail) => new LocalizedProblem(status, title, detail);

    /// <summary>A 422 validation problem: the field errors and the detail are worded in the request's language.</summary>
    public static IResult ValidationProblem(Dictionary<string, LocalizableText[]> errors) =>
        new LocalizedProblem(StatusCodes.Status422UnprocessableEntity, InvalidTitle, LocalizableText.Of($"The request has invalid fields."), errors);

    public const string InvalidTitle = "The request has invalid fields";

    public static IResult NotFound(string kind, string id) =>
        Problem(StatusCodes.Status404NotFound, $"Unknown {kind}", RecordRefusals.Missing(kind, id));

    /// <summary>The record with its version as ETag, or 404.</summary>
    public static IResult Found<T>(HttpContext http, T? record, Func<T, Audit> audit, string kind, string id) where T : class
    {
        if (record is null) return NotFound(kind, id);
        http.Response.Headers.ETag = ETagOf(audit(record).Version);
        return Results.Ok(record);
    }

    public static IResult From<T>(HttpContext http, CommandResult<T> result, Func<T, Audit> audit, string location) where T : class
    {
        if (result.Succeeded && result.Value is { } value) http.Response.Headers.ETag = ETagOf(audit(value).Version);
        return From(result, location);
    }

    /// <summary>The result of a command on something without a version (an alert decision, say).</summary>
    public static IResult From<T>(CommandResult<T> result, string location) where T : class => result.Outcome switch
    {
        CommandOutcome.Created => Results.Created(location, result.Value),
        CommandOutcome.Ok => Results.Ok(result.Value),
        CommandOutcome.Invalid => new LocalizedProblem(StatusCodes.Status422UnprocessableEntity, InvalidTitle,
            result.Detail ?? LocalizableText.Of($"The request has invalid fields."),
            result.FieldErrors ?? (result.Errors ?? []).ToDictionary(e => e.Key, e => e.Value.Select(Untranslated).ToArray())),
        CommandOutcome.Conflict => Problem(StatusCodes.Status409Conflict, "Conflict", DetailOf(result, $"Conflict.")),
        CommandOutcome.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", DetailOf(result, $"Not found.")),
        CommandOutcome.Forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed", DetailOf(result, $"Not allowed.")),
        _ => throw new InvalidOperationException($"Unexpected outcome {result.Outcome}."),
    };

    /// <summary>The version named by If-Match, which updates and deletes require so that nobody overwrites a change unseen.</summary>
    private static bool TryGetExpectedVersion(HttpRequest request, out int version, out IResult? problem)
    {
        version = 0;
        problem = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            problem = Problem(StatusCodes.Status428PreconditionRequired, "If-Match required",
                $"Send the If-Match header with the ETag you read (GET returns it), e.g. If-Match: \"3\".");
            return false;
        }
        if (EntityTagHeaderValue.TryParse(header, out var tag) && int.TryParse(tag.Tag.AsSpan().Trim('"'), out version) && version > 0)
            return true;
        problem = Problem(StatusCodes.Status400BadRequest, "Malformed If-Match", $"If-Match '{header}' is not a version ETag such as \"3\".");
        return false;
    }

    /// <summary>null when If-Match names <paramref name="currentVersion"/>; else 428, 400 or 412.</summary>
    public static IResult? CheckVersion(HttpRequest request, int currentVersion, string kind, string id)
    {
        if (!TryGetExpectedVersion(request, out var expected, out var problem)) return problem;
        return expected == currentVersion ? null
            : Problem(StatusCodes.Status412PreconditionFailed, "Version mismatch", RecordRefusals.StaleVersion(kind, id, currentVersion, expected));
    }

    /// <summary>null when the user may edit the scope, else a 403 problem saying why not.</summary>
    public static async Task<IResult?> AuthorizeAsync(HttpContext http, EditScope scope)
    {
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(http.User, scope, EditRequirement.Instance);
        return result.Succeeded ? null : Problem(StatusCodes.Status403Forbidden, "Not allowed", scope.Refusal);
    }

    private static string ETagOf(int version) => $"\"{version}\"";

    /// <summary>A result made before messages were templates (or by a silo of an earlier version) carries English only.</summary>
    private static LocalizableText DetailOf<T>(CommandResult<T> result, FormattableString fallback) =>
        result.Detail ?? (result.Message is { } english ? Untranslated(english) : LocalizableText.Of(fallback));

    /// <summary>English text as it is: a template without placeholders, translated only where the very sentence is a key.</summary>
    private static LocalizableText Untranslated(string english) => new(english.Replace("{", "{{").Replace("}", "}}"), []);

    /// <summary>Writes the problem at the end of the request, when its language is known.</summary>
    private sealed class LocalizedProblem(int status, string title, LocalizableText detail, Dictionary<string, LocalizableText[]>? errors = null)
        : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => status;

        public Task ExecuteAsync(HttpContext http)
        {
            var text = ProblemText.For(http);
            var result = errors is null
                ? Results.Problem(statusCode: status, title: title, detail: text.Render(detail))
                : Results.ValidationProblem(text.Render(errors), detail: text.Render(detail), statusCode: status, title: title);
            return result.ExecuteAsync(http);
        }
    }
}
