using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SanctionWatch.Bench.LongDocuments;

/// <summary>Runs a command under <c>/usr/bin/time -v</c>: wall time (start-up included), CPU time and peak memory.</summary>
internal static partial class Timed
{
    public static (double Wall, double Cpu, double PeakMb) Run(string exe, string[] arguments)
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
        if (process.ExitCode is not 0)
        {
            throw new InvalidOperationException($"analyze exited with {process.ExitCode}: {err.Split('\n').FirstOrDefault()}");
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
