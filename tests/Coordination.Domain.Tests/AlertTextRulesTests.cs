namespace Coordination.Domain.Tests;

public class AlertTextRulesTests
{
    private static Alert WithComments(int count) => new()
    {
        Id = "a~b",
        ItemIds = ["a", "b"],
        Titles = ["A", "B"],
        Sectors = [Sector.BR, Sector.BDT],
        Severity = Severity.Medium,
        Score = 0.5,
        Explanation = new OverlapExplanation(0.5, 0.5, 0.5, 0.5, [], [], [Sector.BR, Sector.BDT], true),
        Status = AlertStatus.Open,
        RaisedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
        MaterialKey = "k",
        Trail = Enumerable.Range(0, count).Select(i => new AlertTrailEntry(DateTimeOffset.UnixEpoch, "helena.berg", AlertActions.Commented, null, null, $"comment {i}")).ToArray(),
    };

    [Fact]
    public void An_alert_takes_200_comments_and_refuses_the_201st_saying_why()
    {
        var room = new ValidationErrors();
        var full = new ValidationErrors();

        AlertRules.Comment(room, "One more.", WithComments(Limits.CommentsPerAlert - 1));
        AlertRules.Comment(full, "One more.", WithComments(Limits.CommentsPerAlert));

        Assert.True(room.IsEmpty);
        Assert.Contains("200 comments", Assert.Single(full.ToDictionary()["text"]));
    }

    [Theory]
    [InlineData(2_001, false)]
    [InlineData(2_000, true)]
    public void A_decisions_reason_is_limited_like_a_comment(int length, bool accepted)
    {
        var reasonErrors = new ValidationErrors();
        var commentErrors = new ValidationErrors();

        AlertRules.Reason(reasonErrors, new string('r', length));
        AlertRules.Comment(commentErrors, new string('c', length), WithComments(0));

        Assert.Equal(accepted, reasonErrors.IsEmpty);
        Assert.Equal(accepted, commentErrors.IsEmpty);
    }

    [Fact]
    public void Reasons_and_comments_may_break_lines_but_hold_no_other_control_characters()
    {
        var lines = new ValidationErrors();
        var escape = new ValidationErrors();
        var blank = new ValidationErrors();

        var reason = AlertRules.Reason(lines, "Different bands:\n\t- 700 MHz\r\n\t- 3.5 GHz");
        AlertRules.Comment(escape, "See \u001B[1mthis\u001B[0m", WithComments(0));
        AlertRules.Comment(blank, "\u200B\u2060", WithComments(0));

        Assert.True(lines.IsEmpty);
        Assert.Equal("Different bands:\n\t- 700 MHz\r\n\t- 3.5 GHz", reason);
        Assert.Contains("U+001B", Assert.Single(escape.ToDictionary()["text"]));
        Assert.Contains("text", blank.ToDictionary().Keys);
        Assert.Null(AlertRules.Reason(new ValidationErrors(), "\u200B "));
    }
}
