using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Coordination.Storage.PostgreSql.DataProtection;
using Microsoft.AspNetCore.DataProtection;

namespace Coordination.Silo.Security;

/// <summary>The "DataProtection" section: how the key ring is protected at rest.</summary>
public sealed class DataProtectionSettings
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the keys before they are stored; empty stores them unencrypted.</summary>
    public string CertificatePath { get; set; } = "";

    public string CertificatePassword { get; set; } = "";
}

/// <summary>
/// The keys behind the web sign-in cookie and the antiforgery tokens. They must outlive a restart (users stay
/// signed in) and, with several silos behind a load balancer, be the same on every silo: embedded mode keeps them
/// in the data folder, PostgreSql mode in the database the silos share.
/// </summary>
public static class DataProtectionHosting
{
    /// <summary>
    /// Part of every purpose string. Fixed, because the default is the content root path, which may differ between
    /// silos (and between releases), and a payload protected under another name cannot be read.
    /// </summary>
    public const string ApplicationName = "coordination";

    /// <summary>The key ring's folder under the data directory (embedded mode).</summary>
    public const string KeysFolder = "keys";

    /// <summary>The logger category of the framework's "No XML encryptor configured ... unencrypted form" warning.</summary>
    public const string KeyManagerCategory = "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager";

    public static WebApplicationBuilder AddCoordinationDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddCoordinationDataProtection(builder.Configuration, builder.Environment.ContentRootPath);
        var settings = builder.Configuration.GetSection(DataProtectionSettings.Section).Get<DataProtectionSettings>() ?? new();
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            // The framework says "may be persisted to storage in unencrypted form" without naming what to set (its only
            // warning in that category): DataProtectionNotice says it in one line naming the setting, at every start.
            builder.Logging.AddFilter(KeyManagerCategory, LogLevel.Error);
            builder.Services.AddHostedService<DataProtectionNotice>();
        }
        return builder;
    }

    /// <summary>Where the key ring is kept, in words for the start-up log.</summary>
    public static string KeyRingLocation(IConfiguration configuration, string contentRoot)
    {
        var cluster = configuration.GetSection(ClusterHostingOptions.Section).Get<ClusterHostingOptions>() ?? new();
        if (cluster.Mode == HostingMode.PostgreSql) return "the PostgreSQL database";
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
        return Path.Combine(storage.ResolveDataDirectory(contentRoot), KeysFolder);
    }

    public static IDataProtectionBuilder AddCoordinationDataProtection(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var cluster = configuration.GetSection(ClusterHostingOptions.Section).Get<ClusterHostingOptions>() ?? new();
        var settings = configuration.GetSection(DataProtectionSettings.Section).Get<DataProtectionSettings>() ?? new();
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);

        if (cluster.Mode == HostingMode.PostgreSql)
        {
            dataProtection.PersistKeysToPostgreSql(OrleansHosting.PostgreSqlConnectionString(configuration));
        }
        else
        {
            var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.ResolveDataDirectory(contentRoot), KeysFolder)));
        }

        // Also registers the certificate for reading the keys back, so no certificate store is needed.
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
            dataProtection.ProtectKeysWithCertificate(LoadCertificate(settings, contentRoot));
        return dataProtection;
    }

    private static X509Certificate2 LoadCertificate(DataProtectionSettings settings, string contentRoot)
    {
        var path = Path.GetFullPath(settings.CertificatePath, contentRoot);
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(settings.CertificatePassword) ? null : settings.CertificatePassword);
            // Without its private key the certificate could encrypt new keys but never read them back.
            return certificate.HasPrivateKey ? certificate
                : throw new ConfigurationProblem($"DataProtection:CertificatePath '{path}' holds no private key; the keys it encrypts could not be read back.");
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new ConfigurationProblem($"DataProtection:CertificatePath '{path}' cannot be read as a PKCS#12 (.pfx) file with DataProtection:CertificatePassword: {problem.Message}");
        }
    }
}
