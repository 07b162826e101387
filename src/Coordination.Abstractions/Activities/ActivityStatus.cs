namespace Coordination.Abstractions.Activities;

public enum ActivityStatus { Planned, Ongoing, Completed, Cancelled }
