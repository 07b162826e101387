namespace Coordination.Grains.Records;

/// <summary>
/// Rows of a grain: small records stored under one grain and one table name, read together when the grain
/// activates and written one by one, for a listing too large to rewrite whole on every change (a committee's inbox
/// holds hundreds of thousands of alerts). Each storage provider of the platform has one, registered as a keyed
/// service under the provider's name beside its <c>IGrainStorage</c>.
/// </summary>
/// <remarks>
/// Rows carry no ETag: the grain's single activation is their only writer, and what a listing holds is a copy of
/// records kept elsewhere (an alert's summary, an activity's profile), sent again whenever they change.
/// </remarks>
public interface IGrainRowStorage
{
    /// <summary>Every row of the grain under <paramref name="table"/>, by key; empty when there is none.</summary>
    Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId);

    /// <summary>Stores the changes in one transaction: a row is inserted or replaced, or deleted when its value is null.</summary>
    Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class;
}
