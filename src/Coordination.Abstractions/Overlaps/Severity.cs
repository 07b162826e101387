namespace Coordination.Abstractions.Overlaps;

public enum Severity { Low, Medium, High }
