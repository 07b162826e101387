using System.Text.Json;

namespace Coordination.Deploy.Tests.Infrastructure;

/// <summary>One instruction of a Dockerfile, continuation lines joined, with the build stage it belongs to.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments, int Stage)
{
    /// <summary>The arguments split on white space, with the <c>--flag=value</c> options separated out.</summary>
    public (IReadOnlyDictionary<string, string> Flags, IReadOnlyList<string> Words) Split()
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new List<string>();
        foreach (var word in Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Count == 0 && word.StartsWith("--", StringComparison.Ordinal))
            {
                var equals = word.IndexOf('=');
                flags[equals < 0 ? word[2..] : word[2..equals]] = equals < 0 ? "" : word[(equals + 1)..];
            }
            else words.Add(word);
        }
        return (flags, words);
    }

    /// <summary>The exec (JSON array) form of ENTRYPOINT, CMD or RUN; null for the shell form.</summary>
    public IReadOnlyList<string>? ExecForm() =>
        Arguments.TrimStart().StartsWith('[') ? JsonSerializer.Deserialize<List<string>>(Arguments) : null;
}

/// <summary>A Dockerfile read well enough to check it against the repository (no variable expansion, no heredocs).</summary>
public sealed class Dockerfile
{
    public Dockerfile(string path)
    {
        Path = path;
        var stage = -1;
        var pending = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#'))) continue;
            if (line.StartsWith('#')) continue; // a comment inside a continued instruction
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            line = pending + line;
            pending = "";
            var space = line.IndexOfAny([' ', '\t']);
            var keyword = (space < 0 ? line : line[..space]).ToUpperInvariant();
            if (keyword == "FROM") stage++;
            Instructions.Add(new DockerInstruction(keyword, space < 0 ? "" : line[(space + 1)..].Trim(), stage));
        }
    }

    public string Path { get; }

    public List<DockerInstruction> Instructions { get; } = [];

    public int FinalStage => Instructions.Max(i => i.Stage);

    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public IEnumerable<DockerInstruction> InFinalStage(string keyword) => All(keyword).Where(i => i.Stage == FinalStage);

    /// <summary>The variables ENV sets in the final stage (the image's environment), <c>KEY=value</c> form.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in InFinalStage("ENV"))
        {
            foreach (var pair in env.Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                if (equals <= 0) throw new InvalidOperationException($"Only ENV KEY=value is understood here: '{env.Arguments}'.");
                variables[pair[..equals]] = pair[(equals + 1)..].Trim('"');
            }
        }
        return variables;
    }
}
