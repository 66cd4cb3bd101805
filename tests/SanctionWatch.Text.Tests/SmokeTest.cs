namespace SanctionWatch.Text.Tests;

public sealed class SmokeTest
{
    [Fact]
    public void Adds() => Assert.Equal(2, 1 + 1);
}
