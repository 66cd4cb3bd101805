using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// A listing of a company, ship or person described by its country only ("ein chinesisches Handelsunternehmen", "a Laotian
/// bank", "a North Korean missile official"): the event remembers the kind, so that the document can give it the firm, ship
/// or person the next sentences name. Runs after coordination: each listed party of "a Chinese maker and a Russian trader" has its own.
/// </summary>
internal sealed partial class SentenceRun
{
    private void DescribedTargets(List<RawEvent> built)
    {
        foreach (var e in built)
        {
            // An adjective, or a country that a body noun after it made the party ("ein chinesisches Handelsunternehmen").
            if (e.Type != "SANCTION" || e.Target is not { } target || st.Parts.FirstOrDefault(p => p.Mention == target.Mention) is not { } described
                || (!described.Adjective && st.Doc.Mentions[described.Mention].Schema != SchemaNames.Country))
            {
                continue;
            }

            // The kind noun right after the adjective, or after one or two more words of its phrase ("a Laotian commercial bank",
            // "a senior North Korean missile official", "einen nordkoreanischen Rüstungsmanager").
            for (int j = described.End; j < st.S.Count && j <= described.End + 2 && !st.S.IsPunct(j); j++)
            {
                var kinds = KindOfParty(st.S.Lower(j));
                e.DescribedAs = (kinds & FunctionWord.ShipWord) != 0 ? DescribedKind.Ship
                    : kinds != FunctionWord.None ? DescribedKind.Firm
                    : st.IsTitle(j) ? DescribedKind.Person
                    : DescribedKind.None;
                if (e.DescribedAs != DescribedKind.None || st.Lex.Words.Is(st.S.Lower(j), FunctionWord.Coordinator))
                {
                    break;
                }
            }
        }
    }

    // The firm or ship word, also as the last part of a German compound ("Maschinenhersteller", "Öltanker").
    private FunctionWord KindOfParty(string word)
    {
        const FunctionWord Kinds = FunctionWord.FirmWord | FunctionWord.ShipWord;
        var kinds = st.Lex.Words.KindsOf(word) & Kinds;
        if (kinds == FunctionWord.None && st.Lex.Shapes.CapitalisedNouns)
        {
            kinds = st.Lex.Words.EndsIn(word, FunctionWord.ShipWord) ? FunctionWord.ShipWord
                : st.Lex.Words.EndsIn(word, FunctionWord.FirmWord) ? FunctionWord.FirmWord
                : FunctionWord.None;
        }

        return kinds;
    }
}
