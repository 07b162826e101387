using Microsoft.Extensions.Options;

namespace Coordination.Silo.Alerts;

public static class AlertsHosting
{
    /// <summary>
    /// The "Alerts" and "Ageing" settings, and the alert listing and decisions that the API and the pages share.
    /// Singletons: they hold no state of their own, only the grain factory and the authorisation service.
    /// </summary>
    public static WebApplicationBuilder AddCoordinationAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<AlertOptions>>().Value.ToBudget());
        builder.Services.AddOptions<AgeingOptions>().BindConfiguration(AgeingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<AgeingOptions>>().Value.ToSettings());
        builder.Services.AddSingleton<AlertDirectory>();
        builder.Services.AddSingleton<AlertDecisions>();
        return builder;
    }
}
