using Coordination.Silo.Api;
using Coordination.Silo.Hosting;
using Coordination.Silo.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data-dir"] = "Storage:DataDirectory" });

builder.AddCoordinationSilo();
builder.AddCoordinationTelemetry();
builder.AddCoordinationSecurity();
builder.AddCoordinationApi();
builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
// Registered after the silo, so it starts once the silo is running.
builder.Services.AddHostedService<PlatformSetup>();
builder.Services.AddHostedService<StartupBanner>();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapCoordinationApi();
app.Run();

/// <summary>Entry point; public so that integration tests can host it.</summary>
public partial class Program;
