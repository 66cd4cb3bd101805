namespace SanctionWatch.Analysis.Pipeline.Pipes;

/// <summary>
/// Tags and parses the sentences that can hold an event with parties — those with a trigger word of the pack's
/// lexicon (or a noun of receipt: "took possession of") and an entity mention — with
/// the pack's syntax model, so that later steps read subjects, objects, obliques and voice from the tree. The
/// other sentences stay unparsed (null), which keeps a long report fast. A dateline before a sentence
/// ("SEOUL (AP) —") is left out of the parse, so that it cannot become the subject, and hangs on the root as <c>dep</c>.
/// </summary>
public sealed class SyntaxPipe() : Pipe("syntax", DocLayer.Tokens | DocLayer.Sentences | DocLayer.Mentions | DocLayer.Furniture, DocLayer.Syntax)
{
    /// <inheritdoc />
    public override void Process(Doc doc)
    {
        var syntax = doc.Pack.Syntax;
        var lexicon = doc.Pack.Lexicon;
        var trees = new Syntax.SentenceSyntax?[doc.SentenceTokens.Count];
        doc.Syntax = trees;
        if (syntax is null || lexicon is null)
        {
            return;
        }

        var jobs = new List<(int Sentence, int First, string[] Words)>();
        Span<char> buffer = stackalloc char[64];
        int mention = 0;
        for (int si = 0; si < trees.Length; si++)
        {
            var span = doc.Sentences[si];
            while (mention < doc.Mentions.Count && doc.Mentions[mention].Start < span.Start)
            {
                mention++;
            }

            if (mention == doc.Mentions.Count || doc.Mentions[mention].Start >= span.End)
            {
                continue; // no name in the sentence: nothing for the tree to place
            }

            var range = doc.SentenceTokens[si];
            bool trigger = false;
            bool needsGoods = false; // a trigger that is an event only with goods ("brought", "flowed"): parse only where goods can be
            for (int k = range.First; k < range.End && !trigger; k++)
            {
                var t = doc.Tokens[k];
                if (t.Kind == TokenKind.Word && t.Length <= buffer.Length)
                {
                    var lower = buffer[..t.Length];
                    LowerCase.Invariant(doc.Text.AsSpan(t.Start, t.Length), lower);
                    var entry = lexicon.Triggers.Find(lower).Value;
                    needsGoods |= entry is { NeedsItem: true };
                    trigger = entry is { NeedsItem: false } || lexicon.Words.Is(lower, Events.FunctionWord.ReceiptNoun); // "took possession of": the verb of taking is one
                }
            }

            if (!trigger && needsGoods)
            {
                // Goods, a number or a sum anywhere in the sentence.
                bool goods = false;
                for (int k = range.First; k < range.End && !goods; k++)
                {
                    var t = doc.Tokens[k];
                    goods = t.Kind == TokenKind.Number || (t.Kind == TokenKind.Punctuation && doc.Text[t.Start] is '$' or '€' or '£');
                    if (!goods && t.Kind == TokenKind.Word && t.Length <= buffer.Length)
                    {
                        var lower = buffer[..t.Length];
                        LowerCase.Invariant(doc.Text.AsSpan(t.Start, t.Length), lower);
                        goods = lexicon.ItemWords.Find(lower).Value is not null || lexicon.ItemPhrases.Starts(lower);
                    }
                }

                trigger = goods;
            }

            if (!trigger)
            {
                continue;
            }

            int first = range.First;
            while (first < range.End && doc.Furniture.Any(f => f.Start <= doc.Tokens[first].Start && doc.Tokens[first].End <= f.End))
            {
                first++;
            }

            var words = new string[range.End - first];
            for (int k = first; k < range.End; k++)
            {
                words[k - first] = doc.Text.Substring(doc.Tokens[k].Start, doc.Tokens[k].Length);
            }

            jobs.Add((si, first, words));
            if (jobs.Count == Batch)
            {
                ParseAll(doc, syntax, jobs, trees);
            }
        }

        ParseAll(doc, syntax, jobs, trees);
    }

    // Below this many sentences to parse, handing them to other threads costs more than it saves; a long report's
    // sentences are parsed a batch at a time, so that only one batch's words wait in memory.
    private const int ParallelFrom = 64;
    private const int Batch = 1024;

    // Sentences parse independently: a long report's are spread over the cores (the analyzer is shared and
    // thread-safe); a news article's few stay on the calling thread.
    private static void ParseAll(Doc doc, Syntax.SyntaxAnalyzer syntax, List<(int Sentence, int First, string[] Words)> jobs, Syntax.SentenceSyntax?[] trees)
    {
        void Parse(int j)
        {
            var (si, first, words) = jobs[j];
            var tree = syntax.Analyze(words);
            int start = doc.SentenceTokens[si].First;
            trees[si] = first == start ? tree : WithPrefix(tree, doc, start, first);
        }

        if (jobs.Count < ParallelFrom)
        {
            for (int j = 0; j < jobs.Count; j++)
            {
                Parse(j);
            }
        }
        else
        {
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Parse);
        }

        jobs.Clear();
    }

    // The tree of the words after a dateline, with the dateline's tokens put back in front as dependents of the root.
    private static Syntax.SentenceSyntax WithPrefix(Syntax.SentenceSyntax tree, Doc doc, int first, int parsed)
    {
        int offset = parsed - first;
        int root = Math.Max(tree.Root, 0) + offset;
        var words = new List<string>(offset + tree.Count);
        var upos = new List<string>(words.Capacity);
        var heads = new List<int>(words.Capacity);
        var deprels = new List<string>(words.Capacity);
        for (int k = first; k < parsed; k++)
        {
            words.Add(doc.Text.Substring(doc.Tokens[k].Start, doc.Tokens[k].Length));
            upos.Add(doc.Tokens[k].Kind == TokenKind.Punctuation ? "PUNCT" : "X");
            heads.Add(tree.Count == 0 ? -1 : root);
            deprels.Add("dep");
        }

        var blank = Enumerable.Repeat("_", offset).ToList();
        return new Syntax.SentenceSyntax(
            [.. words, .. tree.Words], [.. upos, .. tree.Upos], [.. blank, .. tree.Xpos], [.. blank, .. tree.Feats], [.. words, .. tree.Lemmas],
            [.. heads, .. tree.Heads.Select(h => h < 0 ? h : h + offset)], [.. deprels, .. tree.Deprels]);
    }
}
