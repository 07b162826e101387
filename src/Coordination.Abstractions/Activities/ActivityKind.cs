namespace Coordination.Abstractions.Activities;

public enum ActivityKind { Study, Project, Publication, Workshop, CapacityBuilding, Event, Other }
