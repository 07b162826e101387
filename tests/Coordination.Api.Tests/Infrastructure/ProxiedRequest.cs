using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Coordination.Api.Tests.Infrastructure;

/// <summary>
/// A request as it reaches the host behind a proxy: from the proxy's address, for the public host name, with the
/// headers the proxy adds. An HttpClient of the test server cannot choose the address it comes from.
/// </summary>
public static partial class ProxiedRequest
{
    public const string PublicHost = "coordination.example.org";

    public static Task<HttpContext> SendAsync(TestServer server, IPAddress from, string method, string path,
        IReadOnlyDictionary<string, string> headers, IReadOnlyDictionary<string, string>? form = null) =>
        server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Method = method;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString(PublicHost);
            context.Request.Path = path;
            foreach (var (name, value) in headers) context.Request.Headers[name] = value;
            if (form is null) return;
            var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body);
        });

    /// <summary>The Set-Cookie line of the cookie whose name starts so.</summary>
    public static string SetCookie(HttpContext context, string namePrefix) =>
        context.Response.Headers.SetCookie.FirstOrDefault(c => c!.StartsWith(namePrefix, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No cookie {namePrefix}… was set; the response set: {string.Join(" | ", context.Response.Headers.SetCookie.ToArray())}");

    public static bool IsSecure(string setCookie) => SecureAttribute().IsMatch(setCookie);

    /// <summary>"name=value" of a Set-Cookie line, to send back in a Cookie header.</summary>
    public static string NameAndValue(string setCookie) => setCookie.Split(';')[0];

    public static async Task<string> BodyAsync(HttpContext context) => await new StreamReader(context.Response.Body).ReadToEndAsync();

    [GeneratedRegex(@";\s*secure\s*(;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SecureAttribute();
}
