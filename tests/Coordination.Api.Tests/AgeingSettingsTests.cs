using Coordination.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coordination.Api.Tests;

/// <summary>The host with settings of a test's choosing.</summary>
public sealed class ConfiguredApiFactory(IReadOnlyDictionary<string, string> settings) : ApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => settings;
}

/// <summary>The "Ageing" section reaches the grains, and the host schedules the escalation of overdue alerts when it starts.</summary>
public class AgeingSettingsTests
{
    private static async Task WithHostAsync(Dictionary<string, string> settings, Func<ConfiguredApiFactory, Task> test)
    {
        var factory = new ConfiguredApiFactory(settings);
        try { await test(factory); }
        finally { await ((IAsyncLifetime)factory).DisposeAsync(); }
    }

    [Fact]
    public Task The_configured_ageing_is_what_the_grains_use_and_its_reminder_is_scheduled_at_start() => WithHostAsync(new()
    {
        ["Ageing:AlertOverdueAfter"] = "10.00:00:00",
        ["Ageing:ActivityStaleAfter"] = "60.00:00:00",
        ["Ageing:CheckEvery"] = "00:05:00",
    }, async host =>
    {
        var settings = host.Services.GetRequiredService<AgeingSettings>();
        var ageing = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IAlertAgeingGrain>(0);
        var reminder = await host.Services.GetRequiredService<IReminderTable>().ReadRow(ageing.GetGrainId(), "alert-ageing");

        Assert.Equal(new AgeingSettings(TimeSpan.FromDays(10), TimeSpan.FromDays(60), TimeSpan.FromMinutes(5)), settings);
        Assert.NotNull(reminder);
        Assert.Equal(TimeSpan.FromMinutes(5), reminder.Period);
    });

    [Theory]
    [InlineData("Ageing:CheckEvery", "00:00:10", "Ageing:CheckEvery must be between one minute and one day.")]
    [InlineData("Ageing:AlertOverdueAfter", "00:30:00", "Ageing:AlertOverdueAfter must be between one hour and 365 days.")]
    [InlineData("Ageing:ActivityStaleAfter", "800.00:00:00", "Ageing:ActivityStaleAfter must be between one day and 730 days.")]
    public Task A_setting_out_of_range_stops_the_host_with_a_message_naming_it(string key, string value, string message) =>
        WithHostAsync(new() { [key] = value }, host =>
        {
            var refused = Assert.Throws<OptionsValidationException>(() => host.Services);
            Assert.Contains(message, refused.Message);
            return Task.CompletedTask;
        });
}
