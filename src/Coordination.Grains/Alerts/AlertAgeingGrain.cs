using Coordination.Grains.Records;
using Microsoft.Extensions.Logging;

namespace Coordination.Grains.Alerts;

/// <summary>
/// Looks through the committees' inboxes once per period and escalates what has stayed open too long.
/// It reads each inbox bucket once per run and is on no request's path.
/// </summary>
public sealed partial class AlertAgeingGrain(AgeingSettings settings, TimeProvider clock, ILogger<AlertAgeingGrain> logger)
    : Grain, IAlertAgeingGrain, IRemindable
{
    private const string ReminderName = "alert-ageing";

    public async Task ScheduleAsync() => await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), settings.CheckEvery);

    public async Task ReceiveReminder(string reminderName, TickStatus status) => await RunAsync();

    public async Task<int> RunAsync()
    {
        var now = clock.GetUtcNow();
        var overdue = (await Listings.AlertsAsync(GrainFactory, AgeingSettings.EscalatedRoutes))
            .Where(a => a.EscalatedAt is null && settings.IsOverdue(a, now))
            .Select(a => a.Id).Distinct().ToArray();
        var reason = $"Open for more than {settings.AlertOverdueAfter.TotalDays:0.#} days.";
        foreach (var chunk in overdue.Chunk(16))
            await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<IAlertGrain>(id).EscalateAsync(reason)));
        if (overdue.Length > 0) LogEscalated(overdue.Length);
        return overdue.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {Count} overdue alerts to the Coordination Committee")]
    private partial void LogEscalated(int count);
}
