namespace Coordination.PostgreSql.Tests.Probes;

/// <summary>A state written straight through the grain storage provider, to test its ETags.</summary>
[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)] public string Value { get; set; } = "";
}
