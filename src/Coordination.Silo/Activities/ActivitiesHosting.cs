namespace Coordination.Silo.Activities;

public static class ActivitiesHosting
{
    /// <summary>Registration, editing and links, shared by the API and the pages so that both refuse the same people.</summary>
    public static WebApplicationBuilder AddCoordinationActivities(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ActivityLinking>();
        builder.Services.AddSingleton<ActivityRegistration>();
        builder.Services.AddSingleton<ActivitySearch>();
        builder.Services.AddSingleton<ActivityEditing>();
        return builder;
    }
}
