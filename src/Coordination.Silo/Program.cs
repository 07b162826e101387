using Coordination.Silo.Api;
using Coordination.Silo.Hosting;
using Coordination.Silo.Security;
using Coordination.Silo.Services;
using Coordination.Silo.Web;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "Storage:DataDirectory" });
    if (DatabaseCommand.Matches(args))
        return await DatabaseCommand.RunAsync(builder.Configuration, LoggerFactory.Create(b => b.AddConsole()));

    builder.Services.AddOptions<ClashOptions>().BindConfiguration(ClashOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    // Before the silo, whose defaults only fill in what is not registered yet.
    builder.Services.AddSingleton(services => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClashOptions>>().Value.ToSettings());
    builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    builder.Services.AddSingleton(services => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AlertOptions>>().Value.ToBudget());
    builder.Services.AddOptions<AgeingOptions>().BindConfiguration(AgeingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    builder.Services.AddSingleton(services => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AgeingOptions>>().Value.ToSettings());
    builder.Services.AddOptions<OverlapOptions>().BindConfiguration(OverlapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    builder.Services.AddSingleton(services => LexiconLoading.Load(
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OverlapOptions>>().Value, services.GetRequiredService<ILogger<LexiconLoading>>()));
    builder.AddCoordinationSilo();
    builder.AddCoordinationTelemetry();
    builder.AddCoordinationSecurity();
    builder.AddCoordinationForwardedHeaders();
    // The web cookie and antiforgery tokens must read the same on every silo and after a restart.
    builder.AddCoordinationDataProtection();
    builder.AddCoordinationApi();
    builder.AddCoordinationWeb();
    builder.Services.AddCoordinationServices();
    builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
    // Registered after the silo, so they start once the silo is running.
    builder.Services.AddHostedService<PlatformSetup>();
    builder.Services.AddHostedService<StartupBanner>();

    var app = builder.Build();
    app.UseCoordinationForwardedHeaders();
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
