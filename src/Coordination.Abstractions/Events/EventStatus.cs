namespace Coordination.Abstractions.Events;

public enum EventStatus { Planned, Confirmed, Cancelled }
