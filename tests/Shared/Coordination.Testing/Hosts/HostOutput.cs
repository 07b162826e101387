using System.Text;

namespace Coordination.Testing.Hosts;

/// <summary>What a host process prints: to a log file when it has one (with its last lines at hand), else kept in memory.</summary>
internal sealed class HostOutput : IDisposable
{
    private const int TailLines = 40;

    private readonly Lock _gate = new();
    private readonly string? _logFile;
    private readonly StringBuilder? _memory;
    private readonly StreamWriter? _log;
    private readonly Queue<string> _tail = new();
    private bool _closed;

    public HostOutput(string? logFile)
    {
        _logFile = logFile;
        if (logFile is not null) _log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        else _memory = new StringBuilder();
    }

    public bool InMemory => _memory is not null;

    /// <summary>Everything printed: from memory, or from the log file.</summary>
    public string All
    {
        get
        {
            if (_memory is not null) lock (_gate) return _memory.ToString();
            return string.Join('\n', LinesContaining(""));
        }
    }

    public string Tail
    {
        get { lock (_gate) return string.Join('\n', _tail); }
    }

    public void Append(string line)
    {
        lock (_gate)
        {
            _memory?.AppendLine(line);
            if (_log is not null && !_closed) _log.WriteLine(line);
            _tail.Enqueue(line);
            while (_tail.Count > TailLines) _tail.Dequeue();
        }
    }

    public string[] LinesContaining(string fragment)
    {
        if (_memory is not null)
            return All.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(fragment, StringComparison.Ordinal)).ToArray();
        lock (_gate)
        {
            if (!_closed) _log!.Flush();
        }
        try
        {
            using var stream = new FileStream(_logFile!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
                if (line.Contains(fragment, StringComparison.Ordinal)) lines.Add(line);
            return [.. lines];
        }
        catch (IOException)
        {
            return [];
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            _log?.Dispose();
        }
    }
}
