namespace Coordination.Silo.Alerts;

public static class AlertsHosting
{
    /// <summary>
    /// The "Alerts" and "Ageing" settings, and the alert listing and decisions that the API and the pages share.
    /// Singletons: they hold no state of their own, only the grain factory and the authorisation service.
    /// </summary>
    public static WebApplicationBuilder AddCoordinationAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedSettings<AlertOptions, AlertBudget>(AlertOptions.Section, options => options.ToBudget());
        builder.Services.AddValidatedSettings<AgeingOptions, AgeingSettings>(AgeingOptions.Section, options => options.ToSettings());
        builder.Services.AddSingleton<AlertDirectory>();
        builder.Services.AddSingleton<AlertDecisions>();
        builder.Services.AddSingleton<AlertViews>();
        builder.Services.AddSingleton<AlertCharts>();
        return builder;
    }
}
