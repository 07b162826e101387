using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Coordination.Silo.Hosting;

/// <summary>Says where the platform answers and where its data lives, once it is ready.</summary>
public sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, IOptions<StorageOptions> storage, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no HTTP address)";
            Console.WriteLine($"""

                Coordination is running at {url}
                  API      {url}/api      (OpenAPI document: {url}/openapi/v1.json)
                  Health   {url}/health/ready
                  Data     {storage.Value.ResolveDataDirectory(environment.ContentRootPath)}
                Press Ctrl+C to stop.

                """);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
