namespace Coordination.Abstractions.Events;

public enum EventKind { Workshop, Forum, Conference, Meeting, Training, Webinar, Other }
