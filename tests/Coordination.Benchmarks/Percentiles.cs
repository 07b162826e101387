namespace Coordination.Benchmarks;

/// <summary>Nearest-rank percentiles of a sample of durations in milliseconds.</summary>
public sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> values)
    {
        _sorted = [.. values];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    /// <summary>The smallest value that at least <paramref name="percent"/>% of the sample does not exceed; NaN when empty.</summary>
    public double At(double percent)
    {
        if (_sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
}
