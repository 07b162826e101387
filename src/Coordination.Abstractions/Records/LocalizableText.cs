using System.Globalization;
using System.Text;

namespace Coordination.Abstractions.Records;

/// <summary>
/// A message to a person, kept apart from its words: an English composite-format <see cref="Template"/> ("Unknown
/// topic '{0}'. ...") and its <see cref="Arguments"/> already written out invariantly (ids, values, numbers, dates).
/// The English template is the key under which the host finds the message in another language, so rules and grains
/// write English and the API answers in the caller's language. Templates hold bare placeholders ({0}); formats and
/// alignments written in the code are applied to the argument when the message is made.
/// </summary>
[GenerateSerializer, Immutable, Alias("coordination.LocalizableText")]
public sealed record LocalizableText(
    [property: Id(0)] string Template,
    [property: Id(1)] string[] Arguments)
{
    /// <summary>The message of an interpolated string: its literal text becomes the template, its holes the arguments.</summary>
    public static LocalizableText Of(FormattableString message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (template, arguments) = Normalise(message.Format, message.GetArguments());
        return new(template, arguments);
    }

    /// <summary>The message in English.</summary>
    public string English => Format(Template, CultureInfo.InvariantCulture);

    /// <summary>Another wording of <see cref="Template"/> (a translation) filled with this message's arguments.</summary>
    public string Format(string template, IFormatProvider culture) =>
        string.Format(culture, template, Arguments.Cast<object?>().ToArray());

    public override string ToString() => English;

    /// <summary>
    /// Rewrites {index,alignment:format} as {index}, writing each argument with its format and alignment in the
    /// invariant culture, so that the template says only where each value goes.
    /// </summary>
    public static (string Template, string[] Arguments) Normalise(string format, object?[] arguments)
    {
        var template = new StringBuilder(format.Length);
        var written = new string[arguments.Length];
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c is '{' or '}' && i + 1 < format.Length && format[i + 1] == c)
            {
                template.Append(c).Append(c);
                i++;
                continue;
            }
            if (c != '{')
            {
                template.Append(c);
                continue;
            }
            var close = format.IndexOf('}', i);
            if (close < 0) throw new FormatException($"Unclosed placeholder in '{format}'.");
            var hole = format.AsSpan(i + 1, close - i - 1);
            var colon = hole.IndexOf(':');
            var formatText = colon < 0 ? null : hole[(colon + 1)..].ToString();
            var head = colon < 0 ? hole : hole[..colon];
            var comma = head.IndexOf(',');
            var index = int.Parse(comma < 0 ? head : head[..comma], CultureInfo.InvariantCulture);
            var alignment = comma < 0 ? 0 : int.Parse(head[(comma + 1)..].Trim(), CultureInfo.InvariantCulture);
            var text = arguments[index] switch
            {
                null => "",
                IFormattable formattable => formattable.ToString(formatText, CultureInfo.InvariantCulture),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
            };
            written[index] = alignment >= 0 ? text.PadLeft(alignment) : text.PadRight(-alignment);
            template.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
            i = close;
        }
        for (var i = 0; i < written.Length; i++) written[i] ??= "";
        return (template.ToString(), written);
    }
}
