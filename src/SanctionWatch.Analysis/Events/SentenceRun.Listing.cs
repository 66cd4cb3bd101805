using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// The targets of a sanction told after it: "Betroffen sind die Firmen X und Y", "including the logistics firm X", "The
/// sanctions also cover the ship Z". Each company, person or vessel named after the listing word in its clause is a
/// target of the sanction told in this sentence, or in the two before with no other happening told between, by the same
/// actor and as firmly; a sanction that had no target of its own, or only a country, is replaced by them. Countries and places are no listed targets, and with no sanction before nothing is.
/// </summary>
internal sealed partial class SentenceRun
{
    private const int ListingReach = 2;

    private void Listing(int k, List<RawEvent> built, List<RawEvent> listedBefore)
    {
        var sanction = built.LastOrDefault(e => e.Type == "SANCTION" && !e.Deny && e.TriggerToken < k)
            ?? st.Doc.Events.LastOrDefault(e => e.Type == "SANCTION" && !e.Deny && e.SentenceIndex >= st.Index - ListingReach);
        if (sanction?.Actor is not { } actor || Between(sanction, k, built))
        {
            return;
        }

        var listed = new List<RawEvent>();
        foreach (var p in st.Parts)
        {
            if (p.Start <= k || !InTheList(k, p.Start) || st.InAttribution(p.Start) || SpeakerAfter(p) || p.Place || p.Adjective || st.SameThing(p.Mention, actor.Mention)
                || (st.Speaker is { } speaker && st.SameThing(p.Mention, speaker.Mention) && (st.SpeechAt < 0 || st.Hard[st.SpeechAt] == st.Hard[p.Start]))
                || st.Doc.Mentions[p.Mention].Schema is SchemaNames.Country or SchemaNames.Address
                || listed.Concat(listedBefore).Any(e => st.SameThing(e.Target!.Mention, p.Mention)))
            {
                continue;
            }

            var e = sanction.Copy();
            e.Target = EventBuilder.Ref(p);
            e.Items = [];
            e.Sentence = st.Span;
            e.SentenceIndex = st.Index;
            e.Trigger = new TextSpan(st.S.Token(k).Start, st.S.Token(k).End);
            e.TriggerToken = k;
            e.Clause = st.Clause[k];
            e.Noun = false;
            e.DescribedAs = DescribedKind.None; // named here: "a Vladivostok-based firm" told before is this one
            listed.Add(e);
        }

        if (listed.Count == 0)
        {
            return;
        }

        // "Sanktionen gegen zwei syrische Unternehmen … Betroffen sind X und Y": the named targets replace a sanction told
        // without one, or with only the country of its descriptor.
        if (sanction.Target is null || st.Doc.Mentions[sanction.Target.Mention].Schema is SchemaNames.Country or SchemaNames.Address)
        {
            built.Remove(sanction);
            st.Doc.Events.Remove(sanction);
        }

        listedBefore.AddRange(listed);
    }

    // The list runs from the listing word over commas and conjunctions until a verb opens another clause ("Auf der Liste
    // stehen die Reederei X, der Betrieb Y sowie Z", "including X, Y and Z, which shipped …"); with no tree, to the clause's end.
    private bool InTheList(int k, int start)
    {
        if (st.Tree is not { } g)
        {
            return st.Hard[start] == st.Hard[k];
        }

        for (int j = k + 1; j < start; j++)
        {
            if (g.Tree.Upos[j] == "VERB" && g.Tree.Deprels[j] is not ("amod" or "acl"))
            {
                return false; // "die in Wladiwostok registrierte Firma X" goes on; "…, die Öl geliefert hat" does not
            }
        }

        return true;
    }

    // "…, Chief Cabinet Secretary Minoru Kihara told a news conference": a name (with the titles and names after it) right
    // before a verb of speech is the speaker, no item of the list.
    private bool SpeakerAfter(Participant p)
    {
        int j = p.End;
        while (j < st.S.Count && !st.S.IsPunct(j) && (st.IsTitle(j) || st.S.IsUpper(j)))
        {
            j++;
        }

        return j < st.S.Count && (st.Cue[j] & CueKind.Speech) != 0;
    }

    // Another happening told between the sanction and the listing word: "Die EU verhängte Sanktionen gegen Russland. In der
    // Nacht griff Russland Odessa an. Betroffen war auch ein Lager der Firma X" lists the attack's damage, not the sanction's targets.
    private bool Between(RawEvent sanction, int k, List<RawEvent> built)
    {
        if (built.Contains(sanction))
        {
            return false; // in its own sentence what stands between describes the targets: "companies it accused of shipping oil, including X"
        }

        return built.Any(e => e.TriggerToken < k) || st.Doc.Events.Any(e => e.SentenceIndex > sanction.SentenceIndex);
    }
}
