namespace Coordination.Deploy.Tests.Infrastructure;

/// <summary>The environment variables the host reads, by the names deploy/ may use.</summary>
public static class HostSettings
{
    /// <summary>Configuration keys (Section__Key) and the standard variables of ASP.NET Core and OpenTelemetry.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "Orleans__Mode",
        "ConnectionStrings__Coordination",
        "Orleans__ServiceId",
        "Orleans__ClusterId",
        "Orleans__SiloPort",
        "Orleans__GatewayPort",
        "Orleans__AdvertisedIPAddress",
        "Authentication__Authority",
        "Authentication__Audience",
        "Storage__DataDirectory",
        "DataProtection__CertificatePath",
        "DataProtection__CertificatePassword",
        "ForwardedHeaders__KnownNetworks",
        "ForwardedHeaders__KnownProxies",
        "ASPNETCORE_URLS",
        "ASPNETCORE_ENVIRONMENT",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
    };

    /// <summary>Variables not read by the host that Kubernetes manifests set from the downward API, as the Orleans guidance lists them.</summary>
    public static readonly IReadOnlySet<string> DownwardApi = new HashSet<string>(StringComparer.Ordinal) { "POD_NAME", "POD_NAMESPACE", "POD_IP" };
}
