namespace SanctionWatch.Text;

/// <summary>
/// Quotations: the tokens inside a quotation that closes in its paragraph (and is not too long) are not cut open.
/// It also tells which characters are quotation marks and which close a sentence after its terminal.
/// </summary>
public static partial class SentenceSplitter
{
    private const int MaxQuoteLength = 600;

    // Marks tokens strictly inside a quotation that closes within its paragraph and is not too long.
    private static bool[] MarkQuotations(string text, List<Token> tokens)
    {
        var inside = new bool[tokens.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            char open = text[tokens[k].Start];
            char close = open switch
            {
                '„' => '“',
                '“' => '”',
                '»' => '«',
                '«' => '»',
                '"' => '"',
                _ => '\0',
            };
            if (close == '\0' || (open == '"' && k > 0 && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].Kind != TokenKind.Punctuation))
            {
                continue;
            }

            int limit = Math.Min(text.Length, tokens[k].Start + MaxQuoteLength);
            for (int j = k + 1; j < tokens.Count && tokens[j].Start < limit; j++)
            {
                char c = text[tokens[j].Start];
                if (c == '\n' && HasLineBreak(text, tokens[j - 1].End, tokens[j].Start))
                {
                    break;
                }

                if (HasLineBreak(text, tokens[j - 1].End, tokens[j].Start))
                {
                    break;
                }

                if (c == close || (open == '„' && c == '”'))
                {
                    for (int m = k + 1; m < j; m++)
                    {
                        inside[m] = true;
                    }

                    k = j;
                    break;
                }
            }
        }

        return inside;
    }

    private static bool IsCloser(char c) => c is '"' or '“' or '”' or '»' or '«' or '\'' or '’' or ')' or ']';

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '»' or '«' or '\'' or '’';
}
