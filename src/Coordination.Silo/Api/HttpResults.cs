using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace Coordination.Silo.Api;

/// <summary>
/// The HTTP side of record commands: versions travel as ETag / If-Match, and every refusal is an
/// RFC 7807 problem.
/// </summary>
internal static class HttpResults
{
    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult NotFound(string kind, string id) =>
        Problem(StatusCodes.Status404NotFound, $"Unknown {kind}", $"There is no {kind} with id '{id}'.");

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
        CommandOutcome.Invalid => Results.ValidationProblem(result.Errors ?? [], detail: result.Message,
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request has invalid fields"),
        CommandOutcome.Conflict => Problem(StatusCodes.Status409Conflict, "Conflict", result.Message ?? "Conflict."),
        CommandOutcome.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", result.Message ?? "Not found."),
        CommandOutcome.Forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed", result.Message ?? "Not allowed."),
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
                "Send the If-Match header with the ETag you read (GET returns it), e.g. If-Match: \"3\".");
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
            : Problem(StatusCodes.Status412PreconditionFailed, "Version mismatch",
                $"The {kind} '{id}' is at version {currentVersion}, not {expected}: it changed since you read it. Read it again and reapply your change.");
    }

    /// <summary>null when the user may edit the scope, else a 403 problem saying why not.</summary>
    public static async Task<IResult?> AuthorizeAsync(HttpContext http, EditScope scope)
    {
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(http.User, scope, EditRequirement.Instance);
        return result.Succeeded ? null : Problem(StatusCodes.Status403Forbidden, "Not allowed", scope.Refusal);
    }

    private static string ETagOf(int version) => $"\"{version}\"";
}
