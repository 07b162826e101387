namespace Coordination.Silo.Calendars;

public static class CalendarsHosting
{
    /// <summary>The "Clashes" settings, and the calendars (clash checks, free windows, .ics files) and single-event editing that the API and the pages share.</summary>
    public static WebApplicationBuilder AddCoordinationCalendars(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedSettings<ClashOptions, ClashSettings>(ClashOptions.Section, options => options.ToSettings());
        builder.Services.AddSingleton<EventCalendars>();
        builder.Services.AddSingleton<EventEditing>();
        return builder;
    }
}
