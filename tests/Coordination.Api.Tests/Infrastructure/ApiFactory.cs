using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coordination.Api.Tests.Infrastructure;

/// <summary>
/// The real host (silo, SQLite storage, authentication, API) in this process, on a temporary data
/// folder and free Orleans ports. Demo data is off so that tests see only what they create.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IHost? _started;

    public ApiFactory() : this(Directory.CreateTempSubdirectory("coordination-api-").FullName)
    {
    }

    /// <summary>A host on a folder the caller keeps, for hosts started one after another on the same data.</summary>
    internal ApiFactory(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    /// <summary>How many times the host was started: more than once when an Orleans port was taken before the silo bound it.</summary>
    public int Starts { get; private set; }

    protected virtual string EnvironmentName => "Development";

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Orleans:SiloPort", PickPort().ToString());
        builder.UseSetting("Orleans:GatewayPort", PickPort().ToString());
        builder.UseSetting("DemoData:Enabled", "false");
        // The suites send hundreds of changes a minute as one user; RateLimitTests set low limits of their own.
        builder.UseSetting("RateLimits:WritesPerMinute", "1000000");
        builder.UseSetting("RateLimits:ChecksPerMinute", "1000000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingPath>());
    }

    /// <summary>The path that fails on purpose, so that tests see what a failure on the server answers.</summary>
    public const string FailurePath = "/test-failure";

    /// <summary>Last in the pipeline, where requests no endpoint took arrive: <see cref="FailurePath"/> throws there.</summary>
    private sealed class FailingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((http, rest) => http.Request.Path == FailurePath ? throw new InvalidOperationException("A failure the tests asked for.") : rest(http));
        };
    }

    /// <summary>A loopback port for the silo; each start of the host picks its own.</summary>
    protected virtual int PickPort() => LoopbackPorts.Next();

    /// <summary>
    /// The Orleans ports are picked free but bound only as the silo starts, and something else may take one in between:
    /// then the host is disposed and the factory builds and starts another (<see cref="ConfigureWebHost"/> picks fresh
    /// ports), which becomes this factory's server, at most <see cref="PortRace.Attempts"/> times in all.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        Starts++;
        var host = builder.Build();
        try
        {
            host.Start();
            return _started = host;
        }
        catch (Exception failure) when (Starts < PortRace.Attempts && PortRace.Lost(failure))
        {
            host.Dispose();
            _started = null;
            StartServer(); // builds and starts the next host through this method
            return _started ?? throw new InvalidOperationException("The host lost a port and could not be started again.", failure);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>A client signed in as one of the development users.</summary>
    public async Task<HttpClient> SignedInAsync(string user)
    {
        var client = CreateClient();
        await DevSignIn.AuthorizeAsync(client, user);
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
