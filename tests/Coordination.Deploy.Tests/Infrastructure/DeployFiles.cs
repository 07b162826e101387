using Coordination.Silo.Hosting;

namespace Coordination.Deploy.Tests.Infrastructure;

/// <summary>The files under deploy/, loaded once.</summary>
public static class DeployFiles
{
    public const string ImageName = "coordination-silo";

    public static Dockerfile Dockerfile { get; } = new(System.IO.Path.Combine(Repository.Deploy, "Dockerfile"));

    public static Dictionary<string, object?> Compose { get; } = Yaml.LoadMapping(System.IO.Path.Combine(Repository.Deploy, "compose.yaml"));

    public static IReadOnlyList<Manifest> Manifests { get; } =
        Repository.YamlFiles(Repository.Kubernetes)
            .SelectMany(file => Yaml.LoadAll(file).Select(document => new Manifest(file,
                document as Dictionary<string, object?> ?? throw new InvalidOperationException($"{file} holds a document that is not a mapping."))))
            .ToList();

    /// <summary>The port of the image's ASPNETCORE_URLS (http://+:8080).</summary>
    public static int ImageHttpPort => PortOfUrls(Dockerfile.Environment()["ASPNETCORE_URLS"]);

    public static int PortOfUrls(string urls) =>
        urls.Split(';') is [var single] && Uri.TryCreate(single.Replace("+", "localhost").Replace("*", "localhost"), UriKind.Absolute, out var uri)
            ? uri.Port
            : throw new Xunit.Sdk.XunitException($"ASPNETCORE_URLS '{urls}' is not one http URL.");

    /// <summary>The compose services that run the host's image.</summary>
    public static IEnumerable<(string Name, Dictionary<string, object?> Service)> ComposeHostServices() =>
        Compose.MapAt("services")
            .Select(s => (s.Key, Service: s.Value as Dictionary<string, object?> ?? []))
            .Where(s => s.Service.At("build") is not null || IsHostImage(s.Service.TextAt("image")));

    /// <summary>A compose service's environment, in either of its two forms (mapping, or a list of KEY=value).</summary>
    public static Dictionary<string, string?> ComposeEnvironment(Dictionary<string, object?> service) =>
        service.At("environment") switch
        {
            null => [],
            Dictionary<string, object?> map => map.ToDictionary(e => e.Key, e => e.Value as string),
            List<object?> list => list.OfType<string>().Select(e => e.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : null),
            var other => throw new Xunit.Sdk.XunitException($"environment is {other.GetType().Name}."),
        };

    public static bool IsHostImage(string? image) =>
        image is not null && (image == ImageName || image.StartsWith(ImageName + ":", StringComparison.Ordinal) || image.Contains("/" + ImageName, StringComparison.Ordinal));

    /// <summary>The one manifest of this kind (and name, if given).</summary>
    public static Manifest Single(string kind, string? name = null) =>
        Assert.Single(Manifests, m => m.Kind == kind && (name is null || m.Name == name));

    /// <summary>The pod template of the Deployment running the silos.</summary>
    public static Dictionary<string, object?> PodTemplate => Single("Deployment").Body.MapAt("spec", "template");

    public static Dictionary<string, object?> PodLabels => PodTemplate.MapAt("metadata", "labels");

    /// <summary>The silo container: the one in the pod that runs the host image without overriding its arguments.</summary>
    public static Dictionary<string, object?> SiloContainer =>
        Assert.Single(PodTemplate.ListAt("spec", "containers").Maps(), c => IsHostImage(c.TextAt("image")));

    /// <summary>Every container in the manifests, init containers and Jobs included, that runs the host image.</summary>
    public static IEnumerable<(Manifest Manifest, Dictionary<string, object?> Container)> HostContainers() =>
        from manifest in Manifests
        let pod = manifest.Kind == "Deployment" || manifest.Kind == "Job" ? manifest.Body.MapAt("spec", "template", "spec") : null
        where pod is not null
        from container in pod.ListAt("containers").Concat(pod.ListAt("initContainers")).Maps()
        where IsHostImage(container.TextAt("image"))
        select (manifest, container);

    /// <summary>A container port by number or by name.</summary>
    public static int ResolvePort(Dictionary<string, object?> container, string? port)
    {
        if (int.TryParse(port, out var number)) return number;
        var named = container.ListAt("ports").Maps().SingleOrDefault(p => p.TextAt("name") == port)
            ?? throw new Xunit.Sdk.XunitException($"The container has no port named '{port}'.");
        return int.Parse(named.TextAt("containerPort")!);
    }

    /// <summary>The Orleans port a silo uses: as configured in the ConfigMaps it reads, else the host's default.</summary>
    public static int ConfiguredOrleansPort(Dictionary<string, object?> container, string setting)
    {
        var value = EnvironmentFrom(container).GetValueOrDefault(setting);
        if (value is not null) return int.Parse(value);
        var defaults = new ClusterHostingOptions();
        return setting switch
        {
            "Orleans__SiloPort" => defaults.SiloPort,
            "Orleans__GatewayPort" => defaults.GatewayPort,
            _ => throw new ArgumentOutOfRangeException(nameof(setting)),
        };
    }

    /// <summary>
    /// The variables a container gets: its env entries (literal values; null for references) and the keys of
    /// the ConfigMaps and Secrets it reads whole with envFrom.
    /// </summary>
    public static Dictionary<string, string?> EnvironmentFrom(Dictionary<string, object?> container)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var source in container.ListAt("envFrom").Maps())
        {
            var (kind, reference) = source.At("configMapRef") is not null ? ("ConfigMap", source.MapAt("configMapRef")) : ("Secret", source.MapAt("secretRef"));
            var target = Single(kind, reference.TextAt("name"));
            foreach (var (key, value) in target.Data) variables[source.TextAt("prefix") + key] = value;
        }
        foreach (var env in container.ListAt("env").Maps())
            variables[env.TextAt("name")!] = env.TextAt("value");
        return variables;
    }
}

/// <summary>One Kubernetes object from one document of a file under deploy/kubernetes.</summary>
public sealed record Manifest(string File, Dictionary<string, object?> Body)
{
    public string? Kind => Body.TextAt("kind");

    public string? ApiVersion => Body.TextAt("apiVersion");

    public string? Name => Body.TextAt("metadata", "name");

    /// <summary>The keys and values of a ConfigMap or Secret (data or stringData).</summary>
    public Dictionary<string, string?> Data =>
        Body.MapAt("data").Concat(Body.MapAt("stringData")).ToDictionary(e => e.Key, e => e.Value as string);

    public override string ToString() => $"{Kind} {Name} ({Repository.Relative(File)})";
}
