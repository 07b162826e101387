namespace Coordination.Abstractions.ReferenceData;

// Enum members are stored and sent by name (JSON string enums), so their numeric values may change
// but a member must never be renamed without a migration.

/// <summary>The ITU's three bureaus and the General Secretariat.</summary>
public enum Sector { BR, TSB, BDT, GS }
