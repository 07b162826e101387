namespace Coordination.Domain.Validation;

public static class Limits
{
    public const int TitleLength = 300;
    public const int DescriptionLength = 20_000;
    public const int NameLength = 200;
    public const int ShortTextLength = 200;
    public const int KeywordLength = 100;
    public const int Keywords = 50;
    public const int ListItems = 300;
    public const int MaxEventDays = 60;
    public const int UserIdLength = 100;
    /// <summary>A comment on an alert, and the reason given with a decision.</summary>
    public const int CommentLength = 2_000;
    /// <summary>An alert is a decision's record, not a discussion forum: 200 comments keep it under half a megabyte.</summary>
    public const int CommentsPerAlert = 200;
}
