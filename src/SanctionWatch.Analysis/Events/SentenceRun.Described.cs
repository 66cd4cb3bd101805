using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// A listing of a company or ship described by its country only ("ein chinesisches Handelsunternehmen", "a Laotian bank"):
/// the event remembers the kind, so that the document can give it the firm or ship the next sentences name.
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

            // The kind noun right after the adjective, or after one more adjective or noun of a compound ("a Laotian commercial bank").
            for (int j = described.End; j < st.S.Count && j <= described.End + 1 && !st.S.IsPunct(j); j++)
            {
                var kinds = st.Lex.Words.KindsOf(st.S.Lower(j)) & (FunctionWord.FirmWord | FunctionWord.ShipWord);
                if (kinds != FunctionWord.None)
                {
                    e.DescribedAs = (kinds & FunctionWord.ShipWord) != 0 ? FunctionWord.ShipWord : FunctionWord.FirmWord;
                    break;
                }
            }
        }
    }
}
