using System.Text.Json;
using Coordination.Silo.Api;

namespace Coordination.Silo.Demo;

/// <summary>Reads demo-data.json, embedded in the host, with the API's JSON settings: a misspelt field is an error, not a silent gap.</summary>
public static class DemoDataFile
{
    public const string FileName = "demo-data.json";
    public const string ResourceName = "Coordination.Silo.Demo." + FileName;

    public static DemoDataSet Load()
    {
        using var stream = typeof(DemoDataFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The host was built without its demo data: resource {ResourceName} is missing.");
        return Read(stream, FileName);
    }

    /// <param name="name">What to call the file in an error message.</param>
    public static DemoDataSet Read(Stream json, string name)
    {
        try
        {
            return JsonSerializer.Deserialize<DemoDataSet>(json, ApiJson.Options)
                ?? throw new InvalidDataException($"{name} holds null instead of the demo data.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}, line {(e.LineNumber + 1)?.ToString() ?? "?"}, at {e.Path ?? "$"}: {WithoutPosition(e.Message)}", e);
        }
    }

    /// <summary>System.Text.Json ends its messages with the path and zero-based position, already given above.</summary>
    private static string WithoutPosition(string message) =>
        message.IndexOf(" Path: ", StringComparison.Ordinal) is var at and > 0 ? message[..at] : message;
}
