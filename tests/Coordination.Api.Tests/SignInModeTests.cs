using System.Net;
using Coordination.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Coordination.Api.Tests;

/// <summary>
/// Hosts started one after another on one data folder, so with the same data-protection keys: a web cookie from
/// the development sign-in, where anyone may pick the administrator, must not open a host that signs in through OIDC.
/// </summary>
public sealed class SignInModeTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("coordination-modes-").FullName;

    [Fact]
    public async Task A_development_cookie_is_refused_by_a_production_host_on_the_same_data_and_still_read_by_development()
    {
        string cookie;
        await using (var development = new ApiFactory(_dataDirectory))
            cookie = await WebSignIn.WebCookieAsync(development.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }), "admin");

        await using (var production = new ProductionApiFactory(_dataDirectory))
        {
            foreach (var path in new[] { "/charts", "/alerts/export.csv" })
            {
                var response = await Browser(production, cookie).GetAsync(path);

                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {path}: {(int)response.StatusCode}");
                Assert.StartsWith(ProductionApiFactory.Authority + "/authorize", response.Headers.Location?.AbsoluteUri);
                // The refused cookie is removed from the browser.
                Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("coordination-web=;", StringComparison.Ordinal) && c.Contains("1970"));
            }
        }

        await using var developmentAgain = new ApiFactory(_dataDirectory);
        Assert.Equal(HttpStatusCode.OK, (await Browser(developmentAgain, cookie).GetAsync("/charts")).StatusCode);
    }

    private static HttpClient Browser(WebApplicationFactory<Program> host, string cookie)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
