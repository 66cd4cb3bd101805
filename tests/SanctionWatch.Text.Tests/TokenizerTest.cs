using FsCheck;
using FsCheck.Fluent;

namespace SanctionWatch.Text.Tests;

public sealed class TokenizerTest
{
    [Theory]
    [InlineData("Kim Jong-un traf Putin.", new[] { "Kim", "Jong-un", "traf", "Putin", "." })]
    [InlineData("mehr als 1.000 Container", new[] { "mehr", "als", "1.000", "Container" })]
    [InlineData("1,500 soldiers in the U.S. army", new[] { "1,500", "soldiers", "in", "the", "U.S.", "army" })]
    [InlineData("Russia's troops", new[] { "Russia", "'s", "troops" })]
    [InlineData("„Hwasong-17“ (Rakete)", new[] { "„", "Hwasong-17", "“", "(", "Rakete", ")" })]
    [InlineData("am 18.06. in Pjöngjang", new[] { "am", "18.06", ".", "in", "Pjöngjang" })]
    public void Tokenize_News_SplitsAsTheCorporaDo(string text, string[] expected)
    {
        var tokens = Tokenizer.Tokenize(text).Select(t => t.TextOf(text));
        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void Tokenize_NumbersAndWords_AreKindedCorrectly()
    {
        const string text = "5 Millionen Granaten!";
        var kinds = Tokenizer.Tokenize(text).Select(t => t.Kind).ToArray();
        Assert.Equal(new[] { TokenKind.Number, TokenKind.Word, TokenKind.Word, TokenKind.Punctuation }, kinds);
    }

    [Fact]
    public void Tokenize_AnyText_OffsetsRoundTripAndDoNotOverlap()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), input =>
        {
            string text = input.Get;
            var tokens = Tokenizer.Tokenize(text);
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                if (token.Start < previousEnd || token.Length <= 0 || token.End > text.Length)
                {
                    return false;
                }

                if (token.TextOf(text) != text.Substring(token.Start, token.Length) || token.TextOf(text).Trim().Length == 0)
                {
                    return false;
                }

                previousEnd = token.End;
            }

            // Everything between tokens is white space or control characters.
            var covered = new bool[text.Length];
            foreach (var token in tokens)
            {
                for (int i = token.Start; i < token.End; i++)
                {
                    covered[i] = true;
                }
            }

            return Enumerable.Range(0, text.Length).All(i => covered[i] || char.IsWhiteSpace(text[i]) || char.IsControl(text[i]));
        }).QuickCheckThrowOnFailure();
    }
}
