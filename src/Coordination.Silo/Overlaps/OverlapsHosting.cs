using Microsoft.Extensions.Options;

namespace Coordination.Silo.Overlaps;

public static class OverlapsHosting
{
    /// <summary>The "Overlaps" settings, the lexicons read once at start, and the wording of matches shared by the API and the pages.</summary>
    public static WebApplicationBuilder AddCoordinationOverlaps(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<OverlapOptions>(OverlapOptions.Section);
        builder.Services.AddSingleton(services => LexiconLoading.Load(
            services.GetRequiredService<IOptions<OverlapOptions>>().Value, services.GetRequiredService<ILogger<LexiconLoading>>()));
        builder.Services.AddSingleton<OverlapWording>();
        // Read as the silo starts, off its grain scheduler (see LexiconWarmUp).
        builder.Services.AddSiloStartStep<LexiconWarmUp>();
        return builder;
    }
}
