using Orleans.Concurrency;

namespace Coordination.Abstractions.Alerts;

/// <summary>One bucket of the alerts routed to a dashboard (MCG, CoCo, TF:{id}, RD:{region}), keyed "{route}/{bucket}".</summary>
[Alias("coordination.IAlertInboxGrain")]
public interface IAlertInboxGrain : IGrainWithStringKey
{
    [Alias("Upsert")] Task UpsertAsync(AlertSummary summary);

    [Alias("List"), ReadOnly] Task<AlertSummary[]> ListAsync();
}
