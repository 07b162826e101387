using System.Diagnostics.Metrics;
using Coordination.Grains.Diagnostics;
using Coordination.Grains.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;

namespace Coordination.Grains.Tests;

/// <summary>
/// A follow-up that can never succeed (an event stored in year 9999 before dates were checked, whose listing overflows
/// the calendar types) is given up at once: logged once as an error, counted, and not retried every minute for ever.
/// </summary>
public sealed class HopelessFollowUpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coordination-hopeless-").FullName;
    private readonly LogRecorder _logs = new();

    [Fact]
    public async Task A_listing_that_cannot_succeed_is_given_up_at_once_logged_once_as_an_error_and_counted()
    {
        await using var cluster = await ClusterFixture.StartAsync(Path.Combine(_folder, "coordination.db"),
            configure: silo => silo.Services.AddSingleton<ILoggerProvider>(_logs));
        using var abandoned = new CounterTap(CoordinationTelemetry.FollowUpsAbandoned);
        var id = Drafts.UniqueId("evt");
        await StoreAsAnEarlierVersionDidAsync(cluster, id, new DateTime(9999, 12, 30, 9, 0, 0));

        // Activating the grain finishes the listing work its stored state says is pending.
        var stored = await cluster.Client.GetGrain<IEventGrain>(id).GetAsync();

        Assert.Equal(9999, stored!.Start.Year);
        var grain = cluster.Client.GetGrain<IEventGrain>(id).GetGrainId().ToString();
        var about = _logs.Entries.Where(e => e.Message.Contains(grain, StringComparison.Ordinal)).ToArray();
        var error = Assert.Single(about);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains("cannot succeed", error.Message);
        Assert.IsType<ArgumentOutOfRangeException>(error.Exception);
        Assert.Contains(abandoned.Measurements, m => m.Tags["work"] as string == "listings" && m.Tags["reason"] as string == "error");
    }

    [Fact]
    public void Errors_that_the_same_state_raises_every_time_are_told_apart_from_outages()
    {
        Assert.True(FollowUp.CannotSucceed(new ArgumentOutOfRangeException("value")));
        Assert.True(FollowUp.CannotSucceed(new AggregateException(new OverflowException(), new FormatException())));
        Assert.False(FollowUp.CannotSucceed(new IOException("The rows' storage is unavailable.")));
        Assert.False(FollowUp.CannotSucceed(new TimeoutException()));
        Assert.False(FollowUp.CannotSucceed(new AggregateException(new ArgumentException(), new IOException())));
    }

    /// <summary>The event as the platform stored it before its dates were checked: the record written, its listing pending.</summary>
    private static async Task StoreAsAnEarlierVersionDidAsync(InProcessTestCluster cluster, string id, DateTime start)
    {
        var valid = EventRules.Validate(id, Drafts.Event("KE") with { Id = id }, KnownReferences.None, Audit.New("tester", DateTimeOffset.UnixEpoch)).Value!;
        var end = start.AddHours(8);
        var far = valid with
        {
            Start = start, End = end, TimeZone = "UTC",
            StartUtc = new DateTimeOffset(start, TimeSpan.Zero), EndUtc = new DateTimeOffset(end, TimeSpan.Zero),
        };
        var state = new GrainState<RecordState<Event>>(new RecordState<Event> { Current = far, IndexPending = true });
        await cluster.Storage().WriteStateAsync(StorageNames.Event, cluster.Client.GetGrain<IEventGrain>(id).GetGrainId(), state);
    }

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The silo's warnings and errors of the follow-up work, as written.</summary>
    private sealed class LogRecorder : ILoggerProvider
    {
        private readonly List<(LogLevel Level, string Message, Exception? Exception)> _entries = [];

        public (LogLevel Level, string Message, Exception? Exception)[] Entries { get { lock (_entries) return [.. _entries]; } }

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(FollowUp).FullName ? new Recorder(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose() { }

        private sealed class Recorder(LogRecorder owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) lock (owner._entries) owner._entries.Add((logLevel, formatter(state, exception), exception));
            }
        }
    }

    /// <summary>Every measurement of one counter while the tap is open, with its tags.</summary>
    private sealed class CounterTap : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(long Value, Dictionary<string, object?> Tags)> _measurements = [];

        public CounterTap(Counter<long> counter)
        {
            _listener.InstrumentPublished = (instrument, listener) => { if (instrument == counter) listener.EnableMeasurementEvents(instrument); };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var copy = new Dictionary<string, object?>();
                foreach (var tag in tags) copy[tag.Key] = tag.Value;
                lock (_measurements) _measurements.Add((value, copy));
            });
            _listener.Start();
        }

        public (long Value, Dictionary<string, object?> Tags)[] Measurements { get { lock (_measurements) return [.. _measurements]; } }

        public void Dispose() => _listener.Dispose();
    }
}
