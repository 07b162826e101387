using Orleans.Storage;

namespace Coordination.Grains.Records;

/// <summary>
/// Rows of a grain: small records stored under one grain and one table name, read together when the grain
/// activates and written one by one, for a listing too large to rewrite whole on every change (a committee's inbox
/// holds hundreds of thousands of alerts). Each storage provider of the platform has one, registered as a keyed
/// service under the provider's name beside its <c>IGrainStorage</c>.
/// </summary>
/// <remarks>
/// Rows carry no ETag, unlike grain state: the grain's activation is their writer, and what a listing holds is a
/// copy of records kept elsewhere (an alert's summary, an activity's profile), sent again whenever they change.
/// After a silo failure Orleans may briefly run a grain twice; a row the stale activation writes stays until its
/// record changes again, where grain state would refuse that write.
/// </remarks>
public interface IGrainRowStorage
{
    /// <summary>Every row of the grain under <paramref name="table"/>, by key; empty when there is none.</summary>
    Task<Dictionary<string, T>> ReadRowsAsync<T>(string table, GrainId grainId);

    /// <summary>Stores the changes in one transaction: a row is inserted or replaced, or deleted when its value is null.</summary>
    Task WriteRowsAsync<T>(string table, GrainId grainId, IReadOnlyCollection<KeyValuePair<string, T?>> changes) where T : class;
}

/// <summary>A row's payload read back by any of the row stores, or an error that names the row.</summary>
public static class GrainRowPayload
{
    public static T Read<T>(IGrainStorageSerializer serializer, BinaryData payload, string key, string table, GrainId grainId)
    {
        try
        {
            return serializer.Deserialize<T>(payload) ?? throw new InvalidDataException("it holds null");
        }
        catch (Exception exception)
        {
            throw new OrleansException($"The stored row '{key}' of {table} of {grainId} cannot be read as {typeof(T).Name}: {exception.Message}", exception);
        }
    }
}
