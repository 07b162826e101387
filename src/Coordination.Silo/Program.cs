try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "Storage:DataDirectory" });
    if (DatabaseCommand.Matches(args))
        return await DatabaseCommand.RunAsync(builder.Configuration, LoggerFactory.Create(b => b.AddConsole()));

    // Before the silo, whose defaults only fill in the settings not registered yet.
    builder.AddCoordinationOverlaps();
    builder.AddCoordinationAlerts();
    builder.AddCoordinationCalendars();
    builder.AddCoordinationActivities();
    builder.AddCoordinationPeople();
    builder.AddCoordinationSilo();
    builder.AddCoordinationTelemetry();
    builder.AddCoordinationSecurity();
    builder.AddCoordinationForwardedHeaders();
    // The web cookie and antiforgery tokens must read the same on every silo and after a restart.
    builder.AddCoordinationDataProtection();
    builder.AddCoordinationLocalization();
    builder.AddCoordinationApi();
    builder.AddCoordinationWeb();
    // Set-up and the live alert feed run inside the silo's start, in the order SiloStartup gives.
    builder.AddCoordinationStartup();

    var app = builder.Build();
    app.UseCoordinationForwardedHeaders();
    // Before the API's exception handler and the pages, so that problems and pages speak the reader's language.
    app.UseCoordinationLocalization();
    app.UseCoordinationSecurityHeaders();
    app.MapCoordinationApi();
    app.MapCoordinationWeb();
    await app.RunAsync();
    return 0;
}
catch (ConfigurationProblem problem)
{
    Console.Error.WriteLine($"Coordination cannot start: {problem.Message}");
    return 1;
}
catch (Npgsql.NpgsqlException problem) when (DatabaseCommand.Matches(args))
{
    Console.Error.WriteLine($"db migrate failed: {problem.Message}");
    return 1;
}

/// <summary>Entry point; public so that integration tests can host it.</summary>
public partial class Program;
