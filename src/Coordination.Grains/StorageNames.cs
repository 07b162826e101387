namespace Coordination.Grains;

/// <summary>
/// The grain storage provider, the state names and the row tables (<see cref="Records.IGrainRowStorage"/>). The
/// storage keys records by state name and grain key, so every state gets a name of its own; renaming one orphans
/// its stored records.
/// </summary>
public static class StorageNames
{
    public const string Provider = "coordination";

    public const string Activity = "activity";
    /// <summary>The sector index's earlier single-document form and pages, moved into rows on activation.</summary>
    public const string SectorActivityIndex = "sector-activity-index";
    public const string SectorActivityIndexPage = "sector-activity-index-page";
    public const string SectorActivityIndexRows = "sector-activity-index-rows";
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
    /// <summary>The overlap buckets' earlier single-document form and pages, moved into rows on activation.</summary>
    public const string OverlapBucket = "overlap-bucket";
    public const string OverlapBucketPage = "overlap-bucket-page";
    public const string OverlapBucketRows = "overlap-bucket-rows";
    public const string Alert = "alert";
    /// <summary>The inboxes' earlier single-document form and layouts in 32, 128 and 512 pages, moved into rows on activation.</summary>
    public const string AlertInbox = "alert-inbox";
    public const string AlertInboxPageOf32 = "alert-inbox-page";
    public const string AlertInboxPageOf128 = "alert-inbox-page-of-128";
    public const string AlertInboxPageOf512 = "alert-inbox-page-of-512";
    public const string AlertInboxRows = "alert-inbox-rows";
    public const string OverlapRescan = "overlap-rescan";
    public const string RegionCalendarBucket = "region-calendar-bucket";
    public const string AudienceCalendar = "audience-calendar";
    public const string FlagshipCatalog = "flagship-catalog";
    public const string ActivityLinks = "activity-links";
    public const string ActivityFamily = "activity-family";
    public const string Person = "person";
    public const string PeopleDirectory = "people-directory";
}
