namespace Coordination.Silo.Overlaps;

/// <summary>
/// Reads the lexicons (15-30 s on a busy machine) on a pool thread while the silo starts, before set-up registers the
/// demo data. Read lazily instead, the first activity grain to need them blocked its scheduler thread that long: Orleans
/// warned of a long-running work item, and past 30 s the demo registrations timed out and the host failed to start.
/// </summary>
internal sealed class LexiconWarmUp(IServiceProvider services) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LexiconWarmUp), ServiceLifecycleStage.Active,
            cancellationToken => Task.Run(() => services.GetRequiredService<Lexicons>(), cancellationToken));
}
