using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Coordination.Silo.Api;

/// <summary>
/// How large a request body may be: <see cref="DefaultBytes"/>, unless the endpoint says otherwise with
/// <see cref="Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute"/> metadata (the .ics import takes 10 MB). Routing
/// hands that metadata to Kestrel; this middleware holds the same limit on the bytes actually read, whatever the
/// server (the in-process test server enforces none) and whether or not the length was declared, and answers 413.
/// </summary>
internal static class RequestBodyLimits
{
    /// <summary>
    /// The largest valid activity or event is under 200 KB even with every character escaped as \uXXXX in JSON
    /// (20,000 description characters at 6 bytes, 50 keywords of 100, 300 countries, a title of 300); 1 MB leaves
    /// room for that and refuses the rest before any of it is parsed.
    /// </summary>
    public const long DefaultBytes = 1024 * 1024;

    public const string TooLargeTitle = "Request body too large";

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(LimitAsync);

    /// <summary>The limit of the endpoint the request was routed to; null when it takes any size.</summary>
    public static long? LimitOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared ? declared.MaxRequestBodySize : DefaultBytes;

    public static FormattableString Describe(long limit)
    {
        if (limit % (1024 * 1024) == 0) return $"This endpoint takes a request body of at most {limit / 1024 / 1024} MB.";
        return $"This endpoint takes a request body of at most {limit} bytes.";
    }

    private static async Task LimitAsync(HttpContext http, RequestDelegate next)
    {
        // An upgraded connection (a web socket) is a stream, not a body.
        if (LimitOf(http) is not { } limit || http.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true)
        {
            await next(http);
            return;
        }
        if (http.Request.ContentLength > limit)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = TooLargeTitle, Detail = ProblemText.For(http).Render(Describe(limit)) },
            });
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server) server.MaxRequestBodySize = limit;
        http.Request.Body = new BoundedStream(http.Request.Body, limit);
        await next(http);
    }

    /// <summary>A request body that fails as Kestrel does (BadHttpRequestException, 413) once more than the limit is read.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > limit) throw new BadHttpRequestException(LocalizableText.Of(Describe(limit)).English, StatusCodes.Status413PayloadTooLarge);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
