using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Coordination.Silo.Hosting;
using Coordination.Silo.Security;
using Coordination.Storage.PostgreSql.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Coordination.Api.Tests;

/// <summary>
/// The host's data protection (the keys of the web cookie and antiforgery tokens), as each silo configures it:
/// each test builds one or more silos' containers from the same settings and checks that they read each other.
/// </summary>
public sealed class DataProtectionTests : IDisposable
{
    private const string Purpose = "coordination-web cookie";
    private readonly string _directory = Directory.CreateTempSubdirectory("coordination-keys-").FullName;

    private string DataDirectory => Path.Combine(_directory, "data");

    private string KeysDirectory => Path.Combine(DataDirectory, DataProtectionHosting.KeysFolder);

    [Fact]
    public void Embedded_mode_keeps_the_keys_in_the_data_directory_for_a_silo_started_later_from_another_folder()
    {
        var settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = DataDirectory };
        string payload;
        using (var before = Silo(settings, contentRoot: Path.Combine(_directory, "release-1")))
            payload = Protector(before).Protect("signed in as li.wei");

        // Another content root: the default application name would differ, and so would the purpose strings.
        using var after = Silo(settings, contentRoot: Path.Combine(_directory, "release-2"));

        Assert.Single(Directory.GetFiles(KeysDirectory, "key-*.xml"));
        Assert.Equal("signed in as li.wei", Protector(after).Unprotect(payload));
    }

    [Fact]
    public void PostgreSql_mode_keeps_the_keys_in_the_shared_database()
    {
        using var silo = Silo(new Dictionary<string, string?>
        {
            ["Orleans:Mode"] = nameof(HostingMode.PostgreSql),
            ["ConnectionStrings:Coordination"] = "Host=db.invalid;Database=coordination;Username=coordination",
            ["Storage:DataDirectory"] = DataDirectory,
        });

        var options = silo.GetRequiredService<IOptions<KeyManagementOptions>>().Value;

        Assert.IsType<PostgreSqlXmlRepository>(options.XmlRepository);
    }

    [Fact]
    public void PostgreSql_mode_without_a_connection_string_is_a_configuration_problem()
    {
        var problem = Assert.Throws<ConfigurationProblem>(() =>
            Silo(new Dictionary<string, string?> { ["Orleans:Mode"] = nameof(HostingMode.PostgreSql) }).Dispose());

        Assert.Contains("ConnectionStrings:Coordination", problem.Message);
    }

    [Fact]
    public void With_a_certificate_the_keys_are_encrypted_at_rest_and_read_back()
    {
        var certificatePath = Path.Combine(_directory, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=coordination data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["DataProtection:CertificatePath"] = certificatePath,
            ["DataProtection:CertificatePassword"] = "pfx-password",
        };
        string payload;
        using (var before = Silo(settings))
            payload = Protector(before).Protect("signed in as li.wei");

        using var after = Silo(settings);

        var key = File.ReadAllText(Assert.Single(Directory.GetFiles(KeysDirectory, "key-*.xml")));
        Assert.Contains("EncryptedData", key);
        Assert.DoesNotContain("<masterKey", key);
        Assert.Equal("signed in as li.wei", Protector(after).Unprotect(payload));
    }

    [Fact]
    public void A_certificate_that_cannot_be_read_is_a_configuration_problem()
    {
        var problem = Assert.Throws<ConfigurationProblem>(() => Silo(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["DataProtection:CertificatePath"] = Path.Combine(_directory, "missing.pfx"),
        }).Dispose());

        Assert.Contains("DataProtection:CertificatePath", problem.Message);
    }

    private ServiceProvider Silo(Dictionary<string, string?> settings, string? contentRoot = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        // Data protection's default application name comes from the host's content root.
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            ApplicationName = "Coordination.Silo",
            ContentRootPath = contentRoot ?? _directory,
        });
        services.AddCoordinationDataProtection(configuration, contentRoot ?? _directory);
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider silo) => silo.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
