using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Coordination.Silo.Api;

/// <summary>
/// A body that is not JSON, or JSON of the wrong shape, is a 400 problem that says what is wrong and
/// where. Anything unexpected is a 500 problem that reveals nothing internal; a browser's page gets the error page.
/// </summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var text = ProblemText.For(http);
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, "Malformed JSON", Describe(json, text)),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
                (tooLarge.StatusCode, RequestBodyLimits.TooLargeTitle,
                    RequestBodyLimits.LimitOf(http) is { } limit ? text.Render(RequestBodyLimits.Describe(limit)) : tooLarge.Message),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", text.Render($"The request failed on the server; it has been logged.")),
        };
        if (status >= 500) LogUnhandled(exception, http.Request.Method, http.Request.Path);
        // A browser's page request is re-executed on the site's error page (ErrorAnswers).
        if (ErrorAnswers.WantsPage(http)) return false;
        http.Response.StatusCode = status;
        return await ErrorAnswers.WriteProblemAsync(http, new ProblemDetails { Status = status, Title = title, Detail = detail }, exception);
    }

    /// <summary>Where the body went wrong and why, in the request's language; the serializer's own words stay English.</summary>
    private static string Describe(JsonException json, ProblemText text)
    {
        var reason = json.Message.Split(" Path:", 2)[0];
        if (UnmappedMember().Match(reason) is { Success: true } unmapped)
            reason = text.Render($"'{unmapped.Groups[1].Value}' is not a field of this request; check its spelling against /openapi/v1.json.");
        else if (NotConvertible().Match(reason) is { Success: true } conversion)
            reason = text.Render($"expected {text.Render(Expected(conversion.Groups[1].Value))}.");
        var path = json.Path is { Length: > 0 } p ? p : null;
        return (path, json.LineNumber) switch
        {
            ({ } at, { } l) => text.Render($"The request body is not valid JSON for this endpoint at {at} (line {l + 1}, position {json.BytePositionInLine + 1}): {reason}"),
            ({ } at, null) => text.Render($"The request body is not valid JSON for this endpoint at {at}: {reason}"),
            (null, { } l) => text.Render($"The request body is not valid JSON for this endpoint (line {l + 1}, position {json.BytePositionInLine + 1}): {reason}"),
            _ => text.Render($"The request body is not valid JSON for this endpoint: {reason}"),
        };
    }

    /// <summary>Plain words for the .NET types that drafts use, so that messages name no internals.</summary>
    private static FormattableString Expected(string clrType) => clrType switch
    {
        _ when clrType.Contains("DateOnly") => $"a date such as 2027-03-10",
        _ when clrType.Contains("DateTime") => $"a local date and time such as 2027-03-10T09:00",
        "System.String[]" => $"a list of text values, e.g. [\"AI\", \"IoT\"]",
        "System.String" => $"a text value in quotes",
        _ when clrType.EndsWith("[]", StringComparison.Ordinal) => $"a list",
        _ when clrType.Contains("Int32") => $"a whole number",
        _ => $"a value of another shape",
    };

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"could not be converted to (\S+?)\.?$")]
    private static partial Regex NotConvertible();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
