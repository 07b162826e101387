using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coordination.Silo.Api;

/// <summary>Ready when a grain call through storage succeeds: the silo is up and its storage answers.</summary>
internal sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<ISetupGrain>(0).IsDoneAsync(PlatformSetup.ReferenceDataStep).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The silo or its storage does not answer.", exception);
        }
    }
}
