namespace Coordination.Grains;

/// <summary>
/// The grain storage provider and the state names. The ADO.NET provider keys rows by state name and
/// grain key, so every state gets a name of its own; renaming one orphans its stored rows.
/// </summary>
public static class StorageNames
{
    public const string Provider = "coordination";

    public const string Activity = "activity";
    /// <summary>The sector index's earlier single-document form, moved into pages on activation.</summary>
    public const string SectorActivityIndex = "sector-activity-index";
    public const string SectorActivityIndexPage = "sector-activity-index-page";
    public const string Topic = "topic";
    public const string TopicMembers = "topic-members";
    public const string TopicCatalog = "topic-catalog";
    public const string TaskForce = "task-force";
    public const string TaskForceCatalog = "task-force-catalog";
    public const string Event = "event";
    public const string RegionalOffice = "regional-office";
    public const string ThematicPriority = "thematic-priority";
    public const string ThematicPriorityCatalog = "thematic-priority-catalog";
    public const string Setup = "setup";
    /// <summary>The overlap buckets' earlier single-document form, moved into pages on activation.</summary>
    public const string OverlapBucket = "overlap-bucket";
    public const string OverlapBucketPage = "overlap-bucket-page";
    public const string Alert = "alert";
    /// <summary>The inboxes' earlier single-document form, moved into pages on activation.</summary>
    public const string AlertInbox = "alert-inbox";
    /// <summary>The inboxes' earlier layouts in 32 and 128 pages, moved into the current one on activation.</summary>
    public const string AlertInboxPageOf32 = "alert-inbox-page";
    public const string AlertInboxPageOf128 = "alert-inbox-page-of-128";
    public const string AlertInboxPage = "alert-inbox-page-of-512";
    public const string OverlapRescan = "overlap-rescan";
    public const string RegionCalendarBucket = "region-calendar-bucket";
    public const string AudienceCalendar = "audience-calendar";
    public const string FlagshipCatalog = "flagship-catalog";
    public const string ActivityLinks = "activity-links";
}
