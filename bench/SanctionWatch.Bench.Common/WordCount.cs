using System.Diagnostics;
using System.Globalization;

namespace SanctionWatch.Bench.Common;

/// <summary>Counts words with `wc -w` itself, because the issue defines words as what it counts (its locale's idea of white space included).</summary>
public static class WordCount
{
    public static long Of(IReadOnlyList<string> files)
    {
        var psi = new ProcessStartInfo("wc") { RedirectStandardOutput = true };
        psi.ArgumentList.Add("-w");
        foreach (var f in files)
        {
            psi.ArgumentList.Add(f);
        }

        using var process = Process.Start(psi)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        // With several files the last line is the total; with one it is the only line.
        return long.Parse(lines[^1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
