using System.Diagnostics;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// A one-line progress display on standard error for work that takes more than a second. Drawn only when standard
/// error is a terminal and <c>--quiet</c> is off, so logs and pipes never see carriage returns.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_period = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter? _error;
    private readonly string _label;
    private readonly Func<string>? _status;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _drawnWidth;
    private bool _disposed;

    private ProgressDisplay(TextWriter? error, string label, Func<string>? status)
    {
        _error = error;
        _label = label;
        _status = status;
        if (error is not null) _timer = new Timer(_ => Draw(), null, s_delay, s_period);
    }

    /// <summary>Starts a display; it shows itself only after a second and erases itself when disposed.</summary>
    public static ProgressDisplay Start(CliContext context, string label, Func<string>? status = null) =>
        new(context.ErrorIsTerminal && !context.Quiet ? context.Error : null, label, status);

    private void Draw()
    {
        lock (_gate)
        {
            if (_disposed || _error is null) return;
            var text = $"{_label}: {(_status is null ? "" : _status() + ", ")}{_clock.Elapsed.TotalSeconds:F0}s";
            var pad = Math.Max(0, _drawnWidth - text.Length);
            _error.Write("\r" + text + new string(' ', pad));
            _error.Flush();
            _drawnWidth = text.Length;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _disposed = true;
            if (_error is null || _drawnWidth == 0) return;
            _error.Write("\r" + new string(' ', _drawnWidth) + "\r");
            _error.Flush();
        }
    }
}
