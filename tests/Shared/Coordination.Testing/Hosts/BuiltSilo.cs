using System.Diagnostics;
using Coordination.Testing.Processes;

namespace Coordination.Testing.Hosts;

/// <summary>The host built next to the running program: src/Coordination.Silo/bin/{configuration}/{framework}/Coordination.Silo.dll.</summary>
public static class BuiltSilo
{
    public static string Locate()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = RepositoryRoot.Above(output.FullName) ?? throw new InvalidOperationException($"Coordination.sln was not found above {output.FullName}.");
        var path = Path.Combine(root, "src", "Coordination.Silo", "bin", configuration, framework, "Coordination.Silo.dll");
        return File.Exists(path) ? path
            : throw new FileNotFoundException($"The host {path} is missing: build it first (dotnet build src/Coordination.Silo -c {configuration}).", path);
    }

    /// <summary>Runs one of the host's commands (such as <c>db migrate</c>) to its end with <paramref name="environment"/>; throws when it fails.</summary>
    public static async Task<string> RunCommandAsync(string siloAssembly, IEnumerable<(string Name, string Value)> environment, string[] command,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(siloAssembly)! };
        foreach (var argument in command.Prepend(siloAssembly)) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var result = await ChildProcess.RunAsync(start, timeout, cancellationToken);
        var printed = (result.Output + result.Errors).Trim();
        return result.Succeeded ? printed : throw new InvalidOperationException($"{string.Join(' ', command)} exited with {result.ExitCode}:\n{printed}");
    }
}
