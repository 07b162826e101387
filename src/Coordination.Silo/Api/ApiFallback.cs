using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Coordination.Silo.Api;

/// <summary>
/// What the API answers a request no endpoint took. Routing sets aside the endpoints whose accepted body types do not
/// match the request's before it picks one, so a text/plain body sent to a JSON endpoint lands here too: that is a
/// 415 naming the type to send, and only a route that does not exist at all is a 404.
/// </summary>
internal static class ApiFallback
{
    public static FormattableString UnsupportedMediaType =>
        $"The body's Content-Type is not one this endpoint reads: send JSON as application/json (the .ics import takes text/calendar).";

    public static IResult Answer(HttpContext http) => TakesAnotherMediaType(http)
        ? HttpResults.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", UnsupportedMediaType)
        : HttpResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No such API endpoint; see /openapi/v1.json.");

    /// <summary>Whether an endpoint with this method and path exists that reads a body of a type the request does not have.</summary>
    private static bool TakesAnotherMediaType(HttpContext http)
    {
        if (string.IsNullOrEmpty(http.Request.ContentType)) return false;
        var endpoints = http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints;
        return endpoints.OfType<RouteEndpoint>().Any(endpoint =>
            endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 }
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
            && methods.HttpMethods.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase)
            && new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), []).TryMatch(http.Request.Path, []));
    }
}
