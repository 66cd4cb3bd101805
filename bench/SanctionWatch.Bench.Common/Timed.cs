using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SanctionWatch.Bench.Common;

/// <summary>Runs a command under <c>/usr/bin/time -v</c>: wall time (start-up included), CPU time and peak memory.</summary>
public static partial class Timed
{
    /// <summary>
    /// Runs <paramref name="exe"/> to its end and throws if it fails; exit code 3 (finished with warnings, as
    /// `lists import` does on a list with odd entries) counts as success only when <paramref name="warningsAreSuccess"/>.
    /// </summary>
    public static (double Wall, double Cpu, double PeakMb) Run(string exe, IReadOnlyList<string> arguments, bool warningsAreSuccess = false)
    {
        var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add("-v");
        psi.ArgumentList.Add(exe);
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        var err = stderr.Result;
        if (process.ExitCode is not 0 && !(warningsAreSuccess && process.ExitCode is 3))
        {
            throw new InvalidOperationException($"{Path.GetFileName(exe)} {(arguments.Count > 0 ? arguments[0] : "")} exited with {process.ExitCode}: {err.Split('\n').FirstOrDefault()}");
        }

        var rss = Rss().Match(err);
        double peak = rss.Success ? double.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) / 1024 : double.NaN;
        return (clock.Elapsed.TotalSeconds, Seconds(err, "User time") + Seconds(err, "System time"), peak);
    }

    private static double Seconds(string output, string label)
    {
        var m = Regex.Match(output, Regex.Escape(label) + @" \(seconds\): ([0-9.]+)");
        return m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex Rss();
}
