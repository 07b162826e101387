namespace Coordination.Silo.Security;

/// <summary>
/// Says once, at start, that the sign-in keys are stored unencrypted and which setting encrypts them: registered only
/// when DataProtection:CertificatePath is empty. A notice in Development, where that is the default; a warning elsewhere.
/// </summary>
internal sealed partial class DataProtectionNotice(IConfiguration configuration, IHostEnvironment environment, ILogger<DataProtectionNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var location = DataProtectionHosting.KeyRingLocation(configuration, environment.ContentRootPath);
        if (environment.IsDevelopment()) LogUnencryptedInDevelopment(location);
        else LogUnencrypted(location);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal const string Message = "Sign-in keys are stored unencrypted in {Location}: set DataProtection:CertificatePath to a PKCS#12 (.pfx) file "
        + "with its private key (and DataProtection:CertificatePassword) to encrypt them at rest.";

    [LoggerMessage(Level = LogLevel.Information, Message = Message)]
    private partial void LogUnencryptedInDevelopment(string location);

    [LoggerMessage(Level = LogLevel.Warning, Message = Message)]
    private partial void LogUnencrypted(string location);
}
