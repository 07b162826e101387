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
}
