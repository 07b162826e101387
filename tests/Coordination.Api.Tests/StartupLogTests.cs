using System.Diagnostics;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Hosting;
using Coordination.Silo.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coordination.Api.Tests;

/// <summary>What the host does so that its start-up log warns only of real problems.</summary>
[Collection(ApiCollection.Name)]
public class StartupLogTests(ApiFactory api)
{
    /// <summary>
    /// The Orleans version in use still has the watchdog field WatchdogStart stamps: when an upgrade renames it (or fixes
    /// the race), this fails, and WatchdogStart is to be checked against the new Watchdog.Start, or removed.
    /// </summary>
    [Fact]
    public async Task The_watchdogs_last_participant_check_is_stamped_with_now_on_the_running_silo()
    {
        await api.SignedInAsync("admin");
        var watchdog = api.Services.GetRequiredService(WatchdogStart.WatchdogType!);
        var start = new WatchdogStart(api.Services, NullLogger<WatchdogStart>.Instance);
        var before = Stopwatch.GetTimestamp();

        Assert.True(start.Stamp());

        var stamped = (long)WatchdogStart.LastParticipantCheck!.GetValue(watchdog)!;
        Assert.InRange(stamped, before, Stopwatch.GetTimestamp());
    }

    [Fact]
    public async Task Without_a_certificate_the_unencrypted_key_notice_is_one_line_naming_the_setting()
    {
        var logged = new CapturedLog();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:DataDirectory"] = Directory.CreateTempSubdirectory("coordination-notice-").FullName;
        builder.Logging.ClearProviders().AddProvider(logged);
        builder.AddCoordinationDataProtection();
        using var app = builder.Build();

        foreach (var notice in app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DataProtectionNotice>())
            await notice.StartAsync(CancellationToken.None);
        // A first start creates the key ring's first key: that is when the framework warned.
        app.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.KeyManagement.IKeyManager>()
            .CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        var line = Assert.Single(logged.Lines, l => l.Contains("unencrypted", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("DataProtection:CertificatePath", line);
        Assert.DoesNotContain(logged.Lines, l => l.StartsWith(DataProtectionHosting.KeyManagerCategory, StringComparison.Ordinal) && l.Contains("Warning"));
    }

    private sealed class CapturedLog : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose() { }

        private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)}");
        }
    }
}
