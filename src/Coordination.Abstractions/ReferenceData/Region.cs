namespace Coordination.Abstractions.ReferenceData;

/// <summary>The regions served by ITU regional offices; GLOBAL for headquarters-wide work.</summary>
public enum Region { AFR, AMS, ARB, ASP, CIS, EUR, GLOBAL }
