using System.Xml.Linq;
using Coordination.Deploy.Tests.Infrastructure;
using Coordination.Silo.Hosting;

namespace Coordination.Deploy.Tests;

/// <summary>The image's build context is the repository root (docker build -f deploy/Dockerfile .).</summary>
public class DockerfileTests
{
    private static readonly Dockerfile Dockerfile = DeployFiles.Dockerfile;
    private const string SiloProject = "src/Coordination.Silo/Coordination.Silo.csproj";

    [Fact]
    public void Every_COPY_source_exists_in_the_repository()
    {
        var copies = Dockerfile.All("COPY").Concat(Dockerfile.All("ADD")).Select(i => i.Split()).Where(c => !c.Flags.ContainsKey("from")).ToList();

        Assert.NotEmpty(copies);
        foreach (var (_, words) in copies)
        {
            Assert.True(words.Count >= 2, $"COPY {string.Join(' ', words)} has no destination.");
            foreach (var source in words.SkipLast(1))
            {
                var path = Repository.PathOf(source);
                Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY source '{source}' does not exist in the repository.");
            }
        }
    }

    [Fact]
    public void The_build_publishes_the_silo_project_into_the_folder_the_final_stage_copies()
    {
        var publish = Assert.Single(Dockerfile.All("RUN"), r => r.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        var words = publish.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var project = words[Array.IndexOf(words, "publish") + 1];
        var output = words[Array.IndexOf(words, "-o") + 1];

        Assert.Equal(SiloProject, project);
        Assert.True(File.Exists(Repository.PathOf(project)));
        var copy = Assert.Single(Dockerfile.InFinalStage("COPY"), c => c.Split().Flags.ContainsKey("from")).Split();
        Assert.Equal(output, copy.Words[0]);
        Assert.Equal(output, Dockerfile.InFinalStage("WORKDIR").Last().Arguments);
    }

    [Fact]
    public void The_entry_point_runs_the_silo_assembly()
    {
        var entryPoint = Dockerfile.InFinalStage("ENTRYPOINT").Last().ExecForm();

        var assemblyName = XDocument.Load(Repository.PathOf(SiloProject)).Descendants("AssemblyName").LastOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(SiloProject);
        Assert.Equal(["dotnet", $"{assemblyName}.dll"], entryPoint);
        Assert.Equal("Coordination.Silo", typeof(OrleansHosting).Assembly.GetName().Name);
    }

    [Fact]
    public void The_image_listens_on_the_port_it_exposes_and_exposes_the_Orleans_ports()
    {
        var exposed = Dockerfile.InFinalStage("EXPOSE").SelectMany(e => e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).ToList();
        var defaults = new ClusterHostingOptions();

        Assert.Equal(8080, DeployFiles.ImageHttpPort);
        Assert.Contains(DeployFiles.ImageHttpPort, exposed);
        Assert.Contains(defaults.SiloPort, exposed);
        Assert.Contains(defaults.GatewayPort, exposed);
    }

    [Fact]
    public void The_image_runs_as_a_user_other_than_root()
    {
        var user = Dockerfile.InFinalStage("USER").Last().Arguments;

        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
    }

    [Fact]
    public void The_build_ignores_local_build_output_and_data()
    {
        // BuildKit reads <Dockerfile>.dockerignore next to a Dockerfile given with -f.
        var ignored = File.ReadAllLines(Path.Combine(Repository.Deploy, "Dockerfile.dockerignore")).Select(l => l.Trim()).ToList();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/data/", ignored);
    }
}
