namespace Coordination.Silo.Hosting;

/// <summary>A setting that prevents the host from starting; its message says what to change.</summary>
public sealed class ConfigurationProblem(string message) : Exception(message);
