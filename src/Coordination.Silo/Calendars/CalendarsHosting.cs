using Microsoft.Extensions.Options;

namespace Coordination.Silo.Calendars;

public static class CalendarsHosting
{
    /// <summary>The "Clashes" settings, and the calendars (clash checks, free windows, .ics files) that the API and the pages share.</summary>
    public static WebApplicationBuilder AddCoordinationCalendars(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClashOptions>().BindConfiguration(ClashOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<ClashOptions>>().Value.ToSettings());
        builder.Services.AddSingleton<EventCalendars>();
        return builder;
    }
}
