using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Coordination.Api.Tests.Infrastructure;

/// <summary>
/// The real host (silo, SQLite storage, authentication, API) in this process, on a temporary data
/// folder and free Orleans ports. Demo data is off so that tests see only what they create.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public ApiFactory() : this(Directory.CreateTempSubdirectory("coordination-api-").FullName)
    {
    }

    /// <summary>A host on a folder the caller keeps, for hosts started one after another on the same data.</summary>
    internal ApiFactory(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    protected virtual string EnvironmentName => "Development";

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString());
        builder.UseSetting("DemoData:Enabled", "false");
        // The suites send hundreds of changes a minute as one user; RateLimitTests set low limits of their own.
        builder.UseSetting("RateLimits:WritesPerMinute", "1000000");
        builder.UseSetting("RateLimits:ChecksPerMinute", "1000000");
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
    /// A client signed in to the web UI as a browser is: the development sign-in form, its antiforgery token and
    /// the cookie it sets. Redirects are not followed, so that a test sees where a page sends it.
    /// </summary>
    public async Task<HttpClient> WebSignedInAsync(string user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await WebSignIn.SignInAsync(client, user);
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
