using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Coordination.Grains.Tests;

/// <summary>
/// A refusal crosses the grain boundary with its messages as templates and arguments, so that the host words them in
/// the caller's language; the English wording travels beside them for callers that show it as it is.
/// </summary>
public class CommandResultSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    [Fact]
    public void Field_errors_keep_their_templates_and_arguments_through_serialization()
    {
        var errors = new ValidationErrors();
        errors.Add("countries", $"Unknown country code '{"XX"}'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH.");

        var copy = RoundTrip(CommandResult<Activity>.Invalid(errors.ToMessages()));

        Assert.Equal(CommandOutcome.Invalid, copy.Outcome);
        var message = Assert.Single(copy.FieldErrors!["countries"]);
        Assert.Equal("Unknown country code '{0}'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH.", message.Template);
        Assert.Equal(["XX"], message.Arguments);
        Assert.Equal(["Unknown country code 'XX'. Use ISO 3166-1 alpha-2 codes such as KE, BR or CH."], copy.Errors!["countries"]);
        Assert.Equal("The request has invalid fields.", copy.Detail!.Template);
    }

    [Fact]
    public void A_refusal_keeps_its_template_and_its_english_message()
    {
        var copy = RoundTrip(CommandResult<Activity>.Conflict(RecordRefusals.StaleVersion("activity", "act-1", 3, 2)));

        Assert.Equal("The activity '{0}' is at version {1}, not {2}: it changed since you read it. Read it again and reapply your change.", copy.Detail!.Template);
        Assert.Equal(["act-1", "3", "2"], copy.Detail.Arguments);
        Assert.Equal("The activity 'act-1' is at version 3, not 2: it changed since you read it. Read it again and reapply your change.", copy.Message);
    }
}
