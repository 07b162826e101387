namespace Coordination.Abstractions.Model;

// Enum members are stored and sent by name (JSON string enums), so their numeric values may change
// but a member must never be renamed without a migration.

/// <summary>The ITU's three bureaus and the General Secretariat.</summary>
public enum Sector { BR, TSB, BDT, GS }

/// <summary>The regions served by ITU regional offices; GLOBAL for headquarters-wide work.</summary>
public enum Region { AFR, AMS, ARB, ASP, CIS, EUR, GLOBAL }

public enum ActivityKind { Study, Project, Publication, Workshop, CapacityBuilding, Event, Other }

public enum ActivityStatus { Planned, Ongoing, Completed, Cancelled }

public enum EventKind { Workshop, Forum, Conference, Meeting, Training, Webinar, Other }

public enum EventStatus { Planned, Confirmed, Cancelled }
