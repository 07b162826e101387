using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Coordination.FaultTests.Load;

/// <summary>What one request came back with: a status, or why there was none.</summary>
/// <param name="Status">The HTTP status; 0 when no response arrived.</param>
/// <param name="Error">Why the request failed ("timeout", "ConnectionError (ConnectionRefused)", "HTTP 500 ..."), null when it did not.</param>
internal sealed record ApiResponse(int Status, string? Body, string? Error, TimeSpan Elapsed)
{
    public bool Is(int status) => Status == status;

    /// <summary>No answer, or a server error: the outcome of the request is unknown.</summary>
    public bool Failed => Status is 0 or >= 500;

    public JsonElement Json() => JsonDocument.Parse(Body ?? "null").RootElement;
}

/// <summary>The REST API of every silo, one HttpClient each, with the development tokens of the users the load acts as.</summary>
internal sealed class ClusterApi : IDisposable
{
    /// <summary>A request that has no answer after this counts as failed (Orleans' own response timeout is 30 s).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient[] _clients;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public ClusterApi(IEnumerable<Uri> silos)
    {
        _clients = silos.Select(address => new HttpClient(new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(3),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        })
        {
            BaseAddress = address,
            Timeout = Timeout.InfiniteTimeSpan, // each request has its own, see RequestTimeout
        }).ToArray();
    }

    public int SiloCount => _clients.Length;

    /// <summary>Signs every user in through the first silo: the signing key is in the shared data folder, so the tokens are valid on every silo.</summary>
    public async Task SignInAsync(IEnumerable<string> users, CancellationToken cancellationToken)
    {
        foreach (var user in users)
        {
            var response = await SendAsync(0, HttpMethod.Post, "/api/dev/sign-in", new { user }, user: null, cancellationToken);
            if (!response.Is(200)) throw new SetupException($"Sign-in of {user} failed: {response.Error ?? response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)} {response.Body}");
            _tokens[user] = response.Json().GetProperty("accessToken").GetString()!;
        }
    }

    /// <summary>Sends one request to silo <paramref name="silo"/> (0-based); never throws for what the network or the server did.</summary>
    public async Task<ApiResponse> SendAsync(int silo, HttpMethod method, string path, object? body, string? user, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        if (user is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[user]);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var response = await _clients[silo].SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            var status = (int)response.StatusCode;
            return new ApiResponse(status, text, status >= 500 ? $"HTTP {status} {ProblemTitle(text)}" : null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ApiResponse(0, null, "timeout", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException failure)
        {
            return new ApiResponse(0, null, Describe(failure), System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (IOException failure)
        {
            return new ApiResponse(0, null, $"IOException: {failure.Message}", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    private static string Describe(HttpRequestException failure)
    {
        var socket = failure.InnerException as SocketException ?? failure.InnerException?.InnerException as SocketException;
        return socket is null ? $"{failure.HttpRequestError}" : $"{failure.HttpRequestError} ({socket.SocketErrorCode})";
    }

    /// <summary>The title of an RFC 7807 problem, or the start of whatever the body was.</summary>
    private static string ProblemTitle(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("title", out var title))
                return $"\"{title.GetString()}\"";
        }
        catch (JsonException)
        {
            // Not JSON: fall through.
        }
        var start = new StringBuilder();
        foreach (var c in body.Take(80)) start.Append(char.IsControl(c) ? ' ' : c);
        return start.ToString();
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
    }
}
