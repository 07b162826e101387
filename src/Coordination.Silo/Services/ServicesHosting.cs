namespace Coordination.Silo.Services;

public static class ServicesHosting
{
    /// <summary>
    /// What the API endpoints and the web pages both call, so that both read the same data and refuse the same people.
    /// Singletons: they hold no state of their own, only the grain factory and the authorisation service.
    /// </summary>
    public static IServiceCollection AddCoordinationServices(this IServiceCollection services)
    {
        services.AddSingleton<AlertDirectory>();
        services.AddSingleton<AlertDecisions>();
        services.AddSingleton<ActivityLinking>();
        services.AddSingleton<ActivityRegistration>();
        services.AddSingleton<OverlapWording>();
        services.AddSingleton<EventCalendars>();
        return services;
    }
}
