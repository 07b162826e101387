using System.Diagnostics.Metrics;
using Coordination.Grains.Diagnostics;

namespace Coordination.Benchmarks;

/// <summary>Listens to the platform's own meter: check durations measured inside the detector grain, alerts raised.</summary>
internal sealed class TelemetryTap : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly object _gate = new();
    private List<double> _checks = [];
    private volatile bool _recording;
    private long _alerts;

    public TelemetryTap()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CoordinationTelemetry.Name) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (_recording && instrument == CoordinationTelemetry.DetectionDuration) lock (_gate) _checks.Add(value);
        });
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument == CoordinationTelemetry.AlertsRaised) Interlocked.Add(ref _alerts, value);
        });
        _listener.Start();
    }

    public long AlertsRaised => Interlocked.Read(ref _alerts);

    public Percentiles Checks()
    {
        lock (_gate) return new Percentiles(_checks);
    }

    public void Reset(bool recordChecks)
    {
        _recording = recordChecks;
        lock (_gate) _checks = [];
        Interlocked.Exchange(ref _alerts, 0);
    }

    public void Dispose() => _listener.Dispose();
}
