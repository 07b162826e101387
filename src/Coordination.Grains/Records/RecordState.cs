namespace Coordination.Grains.Records;

/// <summary>
/// The stored form of a record grain. <see cref="Previous"/> is kept while the listings that show the
/// record have not yet been told of the change, so that a restart can finish that work exactly.
/// </summary>
[GenerateSerializer, Alias("coordination.RecordState`1")]
public sealed class RecordState<TRecord> where TRecord : class
{
    [Id(0)] public TRecord? Current { get; set; }
    [Id(1)] public TRecord? Previous { get; set; }
    [Id(2)] public bool IndexPending { get; set; }
    /// <summary>Set when the record was deleted: who and when.</summary>
    [Id(3)] public Audit? Deleted { get; set; }
}
