using Orleans.Concurrency;

namespace Coordination.Abstractions.Setup;

/// <summary>Remembers which one-time set-up steps (default reference data, demo data) have run.</summary>
[Alias("coordination.ISetupGrain")]
public interface ISetupGrain : IGrainWithIntegerKey
{
    [Alias("IsDone"), ReadOnly] Task<bool> IsDoneAsync(string step);

    [Alias("MarkDone")] Task MarkDoneAsync(string step);
}
