using System.Buffers;
using SanctionWatch.Analysis.Events;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// Company names told by the words around them, before the tagger splits them at a word it knows: the capitalised words
/// after a kind of company ("die Reederei Primorje Cargo Service", "the shipping firm Caspian Freight"), and a run of
/// capitalised words that ends in a company head ("Dalny Credit Bank", "Harbor Link Ltd"), and a name glued to a company head ("Ostrow-Bank"). The name replaces the place or
/// person a word of it was taken for ("Dalny" is no Dalian, "Cargo Service" no person); a country that opens the run stays
/// the country ("Russian Baltic Shipping" is a Russian company).
/// </summary>
public sealed class CompanyNamePipe() : Pipe("company-names", DocLayer.Tokens | DocLayer.Sentences, DocLayer.Mentions)
{
    private const int LongestName = 5;

    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        if (doc.Pack.Lexicon is not { } lexicon)
        {
            return;
        }

        var text = doc.Text;
        var tokens = doc.Tokens;
        var mentions = doc.Mentions.Open;
        var kinds = ArrayPool<FunctionWord>.Shared.Rent(tokens.Count);
        try
        {
            // Each word's company kinds, looked up once: a run is read only around them.
            Span<char> buffer = stackalloc char[64];
            for (int i = 0; i < tokens.Count; i++)
            {
                kinds[i] = tokens[i].Kind == TokenKind.Word
                    ? lexicon.Words.KindsOf(LowerCase.Word(text, tokens[i], buffer)) & (FunctionWord.CompanyNoun | FunctionWord.CompanyHead)
                    : FunctionWord.None;
            }

            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                if ((kinds[i] & FunctionWord.CompanyNoun) != 0 && Run(text, tokens, i + 1, lexicon) is int end and > 0)
                {
                    i = Add(text, tokens, i + 1, end, mentions) ?? i;
                }
                else if (char.IsUpper(text[tokens[i].Start]) && HeadAhead(text, tokens, i, kinds) && HeadedRun(text, tokens, i, lexicon) is int last and > 0
                    && NameStart(text, tokens, i, last, lexicon) is int first && last - first >= 2)
                {
                    i = Add(text, tokens, first, last, mentions) ?? i;
                }
                else if (GluedHead(text, tokens[i], lexicon))
                {
                    Add(text, tokens, i, i + 1, mentions); // "die russische Schemtschug-Bank"
                }
            }
        }
        finally
        {
            ArrayPool<FunctionWord>.Shared.Return(kinds);
        }
    }

    // One past the last token of the capitalised words from `from` on (at most five, none a good or an event word, the first
    // no kind of company), or -1.
    private static int Run(string text, List<Token> tokens, int from, EventLexicon lexicon)
    {
        int j = from;
        while (j < tokens.Count && j < from + LongestName && NameWord(text, tokens, j, lexicon)
            && (j == from || !LineBreakBefore(text, tokens, j)) // a headline above is no part of the name
            && (j > from || !lexicon.Words.Is(tokens[j].TextOf(text).ToLowerInvariant(), FunctionWord.Descriptor | FunctionWord.CompanyNoun)))
        {
            j++; // a kind of company inside the name is part of it: "Tumen Shipping"
        }

        // "Ryongun Technology Trading", "Amur Oil Shipping": a good or event word inside a name that a company head closes.
        for (int m = j; j > from && m < tokens.Count && m < from + LongestName && char.IsUpper(text[tokens[m].Start]) && !LineBreakBefore(text, tokens, m); m++)
        {
            if (lexicon.Words.Is(tokens[m].TextOf(text).ToLowerInvariant(), FunctionWord.CompanyHead))
            {
                j = m + 1;
                break;
            }
        }

        // "die Firma Kalina Autoimport": a capitalised event word that stops the run may be the name's own; the tagger decides
        // then. Goods after it are the object ("lieferte die Firma Amur Trade Ersatzteile").
        bool cut = j > from && j < tokens.Count && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start])
            && !LineBreakBefore(text, tokens, j) && j < from + LongestName
            && lexicon.ItemWords.Find(tokens[j].TextOf(text).ToLowerInvariant()).Value is null;
        return j > from && !cut ? j : -1;
    }

    // "Ostrow-Bank", "VTB-Bank": one capitalised name glued to a word for a firm by a hyphen ("U-Boot-Technik" is none).
    private static bool GluedHead(string text, Token token, EventLexicon lexicon)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        int hyphen = word.IndexOf('-');
        return token.Kind == TokenKind.Word && hyphen >= 2 && hyphen == word.LastIndexOf('-') && hyphen < word.Length - 2 && char.IsUpper(word[0])
            && char.IsUpper(word[hyphen + 1]) && lexicon.Words.Is(word[(hyphen + 1)..].ToString().ToLowerInvariant(), FunctionWord.FirmWord | FunctionWord.CompanyNoun);
    }

    private static bool LineBreakBefore(string text, List<Token> tokens, int j) =>
        text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Contains('\n');

    private static bool NameWord(string text, List<Token> tokens, int j, EventLexicon lexicon)
    {
        var token = tokens[j];
        if (token.Kind != TokenKind.Word || !(char.IsUpper(text[token.Start]) || char.IsDigit(text[token.Start])))
        {
            return false;
        }

        string lower = token.TextOf(text).ToLowerInvariant();
        return lexicon.ItemWords.Find(lower).Value is null
            && (lexicon.Triggers.Find(lower).Value is null || lexicon.Words.Is(lower, FunctionWord.CompanyHead)) && !lexicon.Determiners.Contains(lower);
    }

    // "Dalny Credit Bank", "Harbor Link Ltd": capitalised words from `from` whose last is a company head, with a word before
    // it; one past the head, or -1. Only where `from` opens the run (the word before is no name word).
    private static int HeadedRun(string text, List<Token> tokens, int from, EventLexicon lexicon)
    {
        // "die russische Regionalbank Primorski Kredit": the common noun after the adjective stands before the name.
        if (from > 0 && NameWord(text, tokens, from - 1, lexicon) && !LineBreakBefore(text, tokens, from) && !AfterInflectedAdjective(text, tokens, from - 1, lexicon))
        {
            return -1;
        }

        // "das in Hongkong ansässige Handelshaus Jade Anchor Trading": where nouns are capitalised, a word after an inflected
        // adjective is a common noun, not the start of a name; the tagger decides then.
        if (AfterInflectedAdjective(text, tokens, from, lexicon))
        {
            return -1;
        }

        int end = Run(text, tokens, from, lexicon);
        return end > from + 1 && lexicon.Words.Is(tokens[end - 1].TextOf(text).ToLowerInvariant(), FunctionWord.CompanyHead) ? end : -1;
    }

    private static bool AfterInflectedAdjective(string text, List<Token> tokens, int j, EventLexicon lexicon) =>
        j > 0 && lexicon.Shapes.CapitalisedNouns && tokens[j - 1].Kind == TokenKind.Word && char.IsLower(text[tokens[j - 1].Start])
        && lexicon.Shapes.IsInflectedAdjective(tokens[j - 1].TextOf(text), false);

    // The common case, decided without reading the words again: no company head among the capitalised words ahead.
    private static bool HeadAhead(string text, List<Token> tokens, int from, FunctionWord[] kinds)
    {
        for (int m = from + 1; m < tokens.Count && m < from + LongestName && tokens[m].Kind == TokenKind.Word && char.IsUpper(text[tokens[m].Start]); m++)
        {
            if ((kinds[m] & FunctionWord.CompanyHead) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The first word of the name in a headed run: after the last kind of company before its head ("das Hongkonger Unternehmen
    // Crescent Tide Shipping"), or the run's own first word.
    private static int NameStart(string text, List<Token> tokens, int from, int end, EventLexicon lexicon)
    {
        for (int j = end - 2; j >= from; j--)
        {
            if (lexicon.Words.Is(tokens[j].TextOf(text).ToLowerInvariant(), FunctionWord.CompanyNoun | FunctionWord.Descriptor))
            {
                return j + 1;
            }
        }

        return from;
    }

    // Adds the company over tokens [from, end) unless a mention reaches out of it or already is it; words of it taken for
    // places or people are dropped; a country opening it stays and the name starts after it, if two words are left. The
    // last token used, or null.
    private static int? Add(string text, List<Token> tokens, int from, int end, List<Mention> mentions)
    {
        int stop = tokens[end - 1].End;
        if (mentions.FirstOrDefault(m => m.Start == tokens[from].Start && m.Schema == SchemaNames.Country) is { } country)
        {
            while (from < end && tokens[from].Start < country.End)
            {
                from++;
            }

            if (end - from < 2)
            {
                return null; // "Russian Railways", "nordkoreanische Händler": the country and one word
            }
        }

        int start = tokens[from].Start;
        bool oneWord = end - from == 1;
        foreach (var m in mentions)
        {
            bool overlaps = m.Start < stop && start < m.End;
            if (overlaps && (m.Start < start || m.End > stop || (m.Start == start && m.End == stop) || oneWord))
            {
                return null; // a longer known name, this one already, or one word that names a known place or person
            }
        }

        mentions.RemoveAll(m => m.Start >= start && m.End <= stop);
        mentions.Add(new Mention(start, stop, text[start..stop], SchemaNames.Company, null, text[start..stop], null, "pattern"));
        return end - 1;
    }
}
