using System.Diagnostics;

namespace SanctionWatch.Cli;

/// <summary>
/// Shows long work on standard error: a bar redrawn in place on a terminal, a plain line now and then
/// when standard error is a file or a pipe, so logs stay readable.
/// </summary>
public sealed class ProgressReporter : IProgress<WorkProgress>, IDisposable
{
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _lastDraw = TimeSpan.FromHours(-1);
    private bool _barShown;

    /// <summary>Creates a reporter writing to standard error.</summary>
    public ProgressReporter()
        : this(Console.Error, !Console.IsErrorRedirected)
    {
    }

    /// <summary>Creates a reporter writing to <paramref name="error"/>.</summary>
    public ProgressReporter(TextWriter error, bool terminal)
    {
        _error = error;
        _terminal = terminal;
    }

    /// <inheritdoc />
    public void Report(WorkProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var now = _clock.Elapsed;
            bool last = value.Total is { } t && value.Done >= t;
            if (_terminal)
            {
                if (!last && now - _lastDraw < TimeSpan.FromMilliseconds(100))
                {
                    return;
                }

                _lastDraw = now;
                _error.Write("\r" + Bar(value));
                _barShown = true;
                if (last)
                {
                    _error.WriteLine();
                    _barShown = false;
                }

                return;
            }

            if (value.Total is not > 1 || (!last && now - _lastDraw < TimeSpan.FromSeconds(2)))
            {
                return;
            }

            _lastDraw = now;
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value.Stage}: {value.Done}/{value.Total} {value.Unit} ({now.TotalSeconds:F1} s)"));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_barShown)
            {
                _error.WriteLine();
                _barShown = false;
            }
        }
    }

    private static string Bar(WorkProgress value)
    {
        if (value.Total is not { } total || total <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{value.Stage,-8} {value.Done} {value.Unit}");
        }

        const int width = 30;
        int filled = (int)Math.Round(width * Math.Min(1.0, value.Done / (double)total));
        return string.Create(CultureInfo.InvariantCulture, $"{value.Stage,-8} [{new string('#', filled)}{new string('-', width - filled)}] {value.Done}/{total}");
    }
}
