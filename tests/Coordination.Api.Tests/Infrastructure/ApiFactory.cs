using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Coordination.Api.Tests.Infrastructure;

/// <summary>
/// The real host (silo, SQLite storage, authentication, API) in this process, on a temporary data
/// folder and free Orleans ports. Demo data is off so that tests see only what they create.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("coordination-api-").FullName;

    protected virtual string EnvironmentName => "Development";

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString());
        builder.UseSetting("DemoData:Enabled", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A client signed in as one of the development users.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/dev/sign-in", new { user });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A browser-like client signed in to the web UI: it posts the development sign-in form, with its antiforgery
    /// token, and keeps the cookie; redirects are returned, not followed.
    /// </summary>
    public async Task<HttpClient> WebSignedInAsync(string user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/signin");
        var input = Regex.Match(form, "<input[^>]*name=\"__RequestVerificationToken\"[^>]*>");
        var token = Regex.Match(input.Value, "value=\"([^\"]*)\"");
        if (!token.Success) throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = user,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException($"Signing in {user} answered {(int)response.StatusCode} to {response.Headers.Location}.");
        return client;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
