using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coordination.Silo.Api;

/// <summary>
/// How the API reads request bodies, in one place: the host configures its JSON with it, and the demo data file is read
/// with it too, so that the file holds exactly what the API would accept.
/// </summary>
public static class ApiJson
{
    /// <summary>The web defaults (camelCase, names matched without regard to case) with the API's settings; read-only.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
        // A misspelt field ("titel") is an error rather than silently dropped data.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }

    private static JsonSerializerOptions Create()
    {
        // The same starting point as ASP.NET Core's JsonOptions.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
