namespace Coordination.Silo.People;

public static class PeopleHosting
{
    /// <summary>The people directory the sign-ins record to and the API and pages read.</summary>
    public static WebApplicationBuilder AddCoordinationPeople(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PeopleRegistry>();
        return builder;
    }
}
