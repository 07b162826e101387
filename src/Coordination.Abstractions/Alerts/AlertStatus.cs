namespace Coordination.Abstractions.Alerts;

public enum AlertStatus { Open, Resolved }
