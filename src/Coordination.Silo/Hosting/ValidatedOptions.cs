using Microsoft.Extensions.Options;

namespace Coordination.Silo.Hosting;

/// <summary>
/// How the host registers a settings section: bound, and checked against its attributes when the host starts, so that a
/// bad value stops it with a message naming the setting rather than failing on first use.
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>The section, and the plain settings the grains and rules take, derived from it once.</summary>
    public static IServiceCollection AddValidatedSettings<TOptions, TSettings>(this IServiceCollection services, string section, Func<TOptions, TSettings> settings)
        where TOptions : class where TSettings : class
    {
        services.AddValidatedOptions<TOptions>(section);
        return services.AddSingleton(provider => settings(provider.GetRequiredService<IOptions<TOptions>>().Value));
    }
}
