using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary><c>screen</c> reads a schema in any case and the usual written dates; an unknown value is a usage error, not a silent change.</summary>
public sealed class ScreenInputTest
{
    [Fact]
    public void Screen_InputMeaningTheSame_GivesTheSameAnswer_AndUnreadableInputIsAnError()
    {
        using var temp = new TempFolder();
        string db = temp.File("s.db");
        Assert.Equal(0, CliRunner.Run(temp.Path, "lists", "import", SharedData.PathOf("data", "sanctions", "ofac", "sdn.csv"), "--list-date", "2024-05-03", "--db", db).ExitCode);

        var canonical = CliRunner.Run(temp.Path, "screen", "Kim Jong Un", "--schema", "Person", "--birth-date", "1984-01-08", "--country", "kp", "--json", "--db", db);
        Assert.True(canonical.ExitCode == 0, canonical.ToString());
        Assert.Contains("KIM, Jong Un", canonical.Stdout, StringComparison.Ordinal);
        foreach (var variant in new[] { new[] { "person", "08.01.1984", "North Korea" }, ["PERSON", "8 January 1984", "KP"] })
        {
            var run = CliRunner.Run(temp.Path, "screen", "Kim Jong Un", "--schema", variant[0], "--birth-date", variant[1], "--country", variant[2], "--json", "--db", db);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(canonical.Stdout, run.Stdout);
        }

        foreach (var (option, value, says) in new[] { ("--schema", "Persn", "unknown schema 'Persn'"), ("--birth-date", "08/01/1984", "ambiguous date"), ("--country", "Narnia", "unknown country 'Narnia'") })
        {
            var run = CliRunner.Run(temp.Path, "screen", "Kim Jong Un", option, value, "--db", db);
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(says, run.Stderr, StringComparison.Ordinal);
            Assert.Single(run.Stderr.Trim().Split('\n'));
        }
    }
}
