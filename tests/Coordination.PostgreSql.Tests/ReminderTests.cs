using Coordination.PostgreSql.Tests.Infrastructure;
using Coordination.PostgreSql.Tests.Probes;

namespace Coordination.PostgreSql.Tests;

[Collection(PostgreSqlCollection.Name)]
public sealed class ReminderTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task A_reminder_is_kept_in_PostgreSQL_and_fires()
    {
        var identity = ClusterIdentity.New("reminder");
        await using var silo = await TestSilo.StartAsync(postgres.ConnectionString, identity);
        var key = Guid.NewGuid().ToString("N");
        var fired = ReminderSignals.For(key);
        var probe = silo.Grains.GetGrain<IReminderProbeGrain>(key);

        await probe.StartAsync();

        var row = Assert.Single(await RemindersAsync(identity));
        Assert.EndsWith(key, row.GrainId);
        Assert.Equal(ReminderProbeGrain.Period.TotalMilliseconds, row.PeriodMs);
        Assert.InRange(row.StartTime, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal([ReminderProbeGrain.ReminderName], await probe.ListRemindersAsync());
        Assert.Equal(ReminderProbeGrain.ReminderName, await fired.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        await probe.StopAsync();
        Assert.Empty(await RemindersAsync(identity));
    }

    private sealed record ReminderRow(string GrainId, long PeriodMs, DateTime StartTime);

    private Task<List<ReminderRow>> RemindersAsync(ClusterIdentity identity) =>
        Sql.RowsAsync(postgres.ConnectionString,
            "SELECT grain_id, period_ms, start_time FROM orleans_reminder WHERE service_id = $1 AND reminder_name = $2",
            r => new ReminderRow(r.GetString(0), r.GetInt64(1), r.GetDateTime(2)), identity.ServiceId, ReminderProbeGrain.ReminderName);
}
