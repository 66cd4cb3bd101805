using System.Diagnostics;

namespace SanctionWatch.Tests.Support;

/// <summary>Runs the real <c>sanctionwatch</c> command in its own process, as a user would.</summary>
public static class CliRunner
{
    /// <summary>Runs the command with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static CliResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, null, arguments);

    /// <summary>Runs the command with extra environment variables.</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "sanctionwatch.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("SANCTIONWATCH_DB");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sanctionwatch did not finish in 5 minutes: " + string.Join(' ', arguments));
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>What a run of the command did.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- stderr ---\n{Stderr}\n--- stdout (start) ---\n{Stdout[..Math.Min(Stdout.Length, 2000)]}";
}
