using SanctionWatch.Tests.Support;

namespace SanctionWatch.Cli.Tests;

/// <summary><c>serve</c> takes a SQLite file or a PostgreSQL address; one it cannot open is one line and exit 1, never a trace or a half-made store.</summary>
public sealed class ServeStoreAddressTest
{
    [Theory]
    [InlineData("postgres://nobody@127.0.0.1:1/none?timeout=3", "sanctionwatch: error: cannot reach PostgreSQL at 127.0.0.1:1")]
    [InlineData("postgres://nobody@127.0.0.1:not-a-port/none", "sanctionwatch: error: cannot understand the PostgreSQL address")]
    public void Serve_PostgresAddressItCannotOpen_OneLineAndExitOne(string address, string expected)
    {
        using var temp = new TempFolder();

        var run = CliRunner.Run(temp.Path, "serve", "--db", address, "--urls", "http://127.0.0.1:0");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith(expected, run.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Serve_StoreInAFolderThatDoesNotExist_OneLineAndCreatesNothing()
    {
        using var temp = new TempFolder();

        var run = CliRunner.Run(temp.Path, "serve", "--db", temp.File("no/such/dir/s.db"), "--urls", "http://127.0.0.1:0");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal($"sanctionwatch: error: the folder of the store '{temp.File("no/such/dir/s.db")}' does not exist", run.Stderr.Trim());
        Assert.False(Directory.Exists(temp.File("no")));
    }
}
