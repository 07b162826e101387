using System.Collections.Concurrent;

namespace Coordination.PostgreSql.Tests.Probes;

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task StartAsync();

    Task StopAsync();

    Task<string[]> ListRemindersAsync();
}

/// <summary>A grain whose only job is to register a reminder and report when it fires.</summary>
public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    // Orleans refuses periods under ReminderOptions.MinimumReminderPeriod (1 minute); the due time may be short.
    public static readonly TimeSpan DueTime = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    public Task StartAsync() => this.RegisterOrUpdateReminder(ReminderName, DueTime, Period);

    public async Task StopAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    public async Task<string[]> ListRemindersAsync() => (await this.GetReminders()).Select(r => r.ReminderName).ToArray();

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderSignals.For(this.GetPrimaryKeyString()).TrySetResult(reminderName);
        return Task.CompletedTask;
    }
}

/// <summary>The test and the silo share a process: a grain's reminder completes the task its test awaits.</summary>
public static class ReminderSignals
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource<string>> Signals = new();

    public static TaskCompletionSource<string> For(string grainKey) =>
        Signals.GetOrAdd(grainKey, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
