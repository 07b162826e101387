namespace Coordination.Silo.Api;

internal static class Paging
{
    public const int MaxLimit = 500;

    public static IResult? Check(int offset, int limit) =>
        offset < 0 ? HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad paging", $"offset must be 0 or more, not {offset}.")
        : limit is < 1 or > MaxLimit ? HttpResults.Problem(StatusCodes.Status400BadRequest, "Bad paging", $"limit must be between 1 and {MaxLimit}, not {limit}.")
        : null;

    public static Page<T> Page<T>(IEnumerable<T> ordered, int total, int offset, int limit) =>
        new(ordered.Skip(offset).Take(limit).ToArray(), total, offset, limit);
}
