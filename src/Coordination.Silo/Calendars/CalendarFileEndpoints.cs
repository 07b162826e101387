using System.Text;
using System.Text.Json;
using Coordination.Grains.Calendars;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Coordination.Silo.Calendars;

/// <summary>iCalendar files in and out: regional offices live in Outlook.</summary>
internal static class CalendarFileEndpoints
{
    private const string CalendarType = "text/calendar";
    private const string ProgressType = "application/x-ndjson";
    private static readonly TimeSpan MaxExportWindow = TimeSpan.FromDays(5 * 366);

    public static void MapCalendarFileEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/events/import", ImportAsync).WithTags("Events")
            .RequireAuthorization(p => p.RequireRole(EventCalendars.ImportRoles))
            .Accepts<string>(CalendarType)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(EventCalendars.MaxImportBytes))
            .WithSummary("Import events from an .ics file (body, text/calendar). Query: region, sector, timeZone fill entries without them " +
                "(floating times are the venue's local time); preview=true answers what the import would do and stores nothing. " +
                "Nothing is stored from a file with an error. Accept: application/x-ndjson streams progress.");
        api.MapGet("/calendar.ics", ExportAsync).WithTags("Events")
            .WithSummary("A calendar view as .ics: region, sector or topic (any combination), from/to (default: the coming year).");
    }

    /// <param name="preview">Answer the <see cref="ImportPreview"/> (200, also for a file with problems: they are its rejected lines) and store nothing.</param>
    private static async Task<IResult> ImportAsync(HttpContext http, EventCalendars calendars, string? region, string? sector, string? timeZone,
        CancellationToken cancellationToken, bool preview = false)
    {
        if (region is not null && !EnumCodes.TryParse<Region>(region, out _))
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown region", $"Unknown region '{region}'. Expected one of: {EnumCodes.Expected<Region>()}.");
        if (sector is not null && !EnumCodes.TryParse<Sector>(sector, out _))
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown sector", $"Unknown sector '{sector}'. Expected one of: {EnumCodes.Expected<Sector>()}.");
        if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown time zone", $"Unknown time zone '{timeZone}'. Use an IANA zone such as Africa/Nairobi.");
        // The endpoint's size limit holds on the bytes read (see RequestBodyLimits), whether or not a length was declared.
        using var file = new MemoryStream();
        try
        {
            await http.Request.Body.CopyToAsync(file, cancellationToken);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return HttpResults.Problem(StatusCodes.Status413PayloadTooLarge, "File too large", $"An import file is at most {EventCalendars.MaxImportBytes / 1024 / 1024} MB; split the calendar.");
        }
        var (text, notUtf8) = EventCalendarFiles.Decode(file.GetBuffer().AsSpan(0, (int)file.Length));
        if (notUtf8 is not null) return preview ? Results.Ok(ImportPreview.Of(notUtf8)) : Rejected(StatusCodes.Status422UnprocessableEntity, [notUtf8]);
        if (string.IsNullOrWhiteSpace(text))
            return HttpResults.Problem(StatusCodes.Status400BadRequest, "Empty file", $"Send the .ics file as the request body (Content-Type: text/calendar).");

        // The preview and the commit share the check: the commit stores exactly the entries and actions the preview reports.
        var check = await calendars.CheckImportAsync(http.User, text, new ImportDefaults(region, sector, timeZone), cancellationToken);
        if (preview) return Results.Ok(check.Preview());
        if (!check.Plan.IsValid) return Rejected(StatusCodes.Status422UnprocessableEntity, check.Plan.Errors);
        if (check.Refusals.Length > 0) return Rejected(StatusCodes.Status403Forbidden, check.Refusals);

        if (!http.Request.Headers.Accept.ToString().Contains(ProgressType, StringComparison.OrdinalIgnoreCase))
            return Results.Ok(await calendars.StoreImportAsync(http.User, check, cancellationToken: cancellationToken));

        // Progress as one JSON line per hundred events, then the report; the file was validated whole before the first line.
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        http.Response.ContentType = ProgressType;
        var writes = new SemaphoreSlim(1);
        async Task WriteLineAsync(object value)
        {
            await writes.WaitAsync(cancellationToken);
            try
            {
                await http.Response.WriteAsync(JsonSerializer.Serialize(value, json) + "\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
            }
            finally { writes.Release(); }
        }
        var pending = new List<Task>();
        var report = await calendars.StoreImportAsync(http.User, check,
            new SynchronousProgress<ImportProgress>(p => { lock (pending) pending.Add(WriteLineAsync(new { progress = p })); }), cancellationToken);
        await Task.WhenAll(pending);
        await WriteLineAsync(new { report });
        return Results.Empty;
    }

    private static IResult Rejected(int status, CalendarLineError[] lines) =>
        Results.Problem(statusCode: status, title: "The calendar file was rejected; nothing was stored",
            detail: $"{lines.Length} problem(s); the first at line {lines[0].Line}: {lines[0].Message}",
            extensions: new Dictionary<string, object?> { ["lines"] = lines });

    /// <summary>Also served to the web UI at /calendar/export.ics (cookie sign-in).</summary>
    public static async Task<IResult> ExportAsync(EventCalendars calendars, TimeProvider clock, string? region, string? sector, string? topic, DateTimeOffset? from, DateTimeOffset? to)
    {
        Region? onlyRegion = null;
        if (region is not null)
        {
            if (!EnumCodes.TryParse<Region>(region, out var r))
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown region", $"Unknown region '{region}'. Expected one of: {EnumCodes.Expected<Region>()}.");
            onlyRegion = r;
        }
        Sector? onlySector = null;
        if (sector is not null)
        {
            if (!EnumCodes.TryParse<Sector>(sector, out var s))
                return HttpResults.Problem(StatusCodes.Status400BadRequest, "Unknown sector", $"Unknown sector '{sector}'. Expected one of: {EnumCodes.Expected<Sector>()}.");
            onlySector = s;
        }
        if (QueryWindow.Check(from, to, clock, MaxExportWindow, longestIsAYear: false, out var start, out var end) is { } badWindow) return badWindow;

        if (await calendars.ExportAsync(onlyRegion, onlySector, topic, start, end) is not { } file) return HttpResults.NotFound("topic", topic!);
        return Results.File(Encoding.UTF8.GetBytes(file.Text), $"{CalendarType}; charset=utf-8", file.FileName);
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts to a context that a request does not have.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
