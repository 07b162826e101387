namespace Coordination.Silo.Hosting;

/// <summary>
/// The host's own steps of the silo's start, after Orleans' stages and in this order. The silo, and so the host, reports
/// started only once they have run: the web server answers with the reference and demo data in place.
/// </summary>
public static class SiloStartup
{
    /// <summary>After <see cref="ServiceLifecycleStage.Active"/>, at which the silo starts its grain services (the reminder service among them).</summary>
    public const int PlatformSetup = ServiceLifecycleStage.Active + 1;

    /// <summary>Once set-up is done, the live alert feed subscribes for this host's dashboards.</summary>
    public const int AlertFeed = PlatformSetup + 1;

    /// <summary>The demo data switch, the set-up of a new installation and the banner that says where the platform answers.</summary>
    public static WebApplicationBuilder AddCoordinationStartup(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
        builder.Services.AddSiloStartStep<PlatformSetup>();
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }

    /// <summary>One instance, which the silo asks for its stage when it is built (see <see cref="ILifecycleParticipant{T}"/>).</summary>
    public static IServiceCollection AddSiloStartStep<T>(this IServiceCollection services) where T : class, ILifecycleParticipant<ISiloLifecycle>
    {
        services.AddSingleton<T>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => provider.GetRequiredService<T>());
        return services;
    }
}
