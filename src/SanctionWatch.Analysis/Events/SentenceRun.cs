using System.Runtime.CompilerServices;
using SanctionWatch.Model.Documents;
using SanctionWatch.Model.Dossier;
using SanctionWatch.Text;

namespace SanctionWatch.Analysis.Events;

/// <summary>The event rules for one sentence: triggers, their regions, one event each, merged and kept when they have parties.</summary>
internal sealed class SentenceRun(SentenceState st, List<(int Token, TriggerEntry Entry)> triggers)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run()
    {
        st.Parts = new ParticipantFinder(st).Find();
        new SourceFinder(st).Find();
        if (st.Speaker is not null)
        {
            st.Doc.LastSpeaker = (st.Speaker.Mention, st.Index);
        }

        if (triggers.Count == 0)
        {
            return;
        }

        var dates = DateFinder.Find(st.S, st.Doc.Date);
        var modality = new ModalityRules(st);
        var builder = new EventBuilder(st, modality, new ItemFinder(st));
        var built = new List<RawEvent>();
        var pendingQuantity = (Quantity?)null;
        var valid = new List<(int Token, TriggerEntry Entry, bool Noun)>();
        foreach (var (k, entry) in triggers)
        {
            if (RecipientPassive(k, entry) is int receiver && receiver != k)
            {
                continue; // "bekam … geliefert", "geschenkt bekommen": the verb of receiving tells the event
            }

            if (valid.Count > 0 && valid[^1].Token == k - 1 && valid[^1].Entry.Type == entry.Type)
            {
                if (entry.Frame == Frame.Receive && valid[^1].Entry.Frame == Frame.Active && !entry.Noun && !valid[^1].Entry.Noun)
                {
                    valid[^1] = (k, entry, false); // "geschenkt bekommen": the subject received
                }

                continue; // "Waffen liefern" style doubles of one word family
            }

            if (entry.Particle is { } particle && !st.HasParticle(k, particle))
            {
                continue;
            }

            if (st.Lex.Shapes.CapitalisedNouns && entry.Noun && !st.S.IsUpper(k))
            {
                continue;
            }

            if (st.Tree is { } g && g.Tree.Deprels[k] == "compound")
            {
                continue; // "attack drones", "supply chain": the word names a kind of thing, not a happening
            }

            valid.Add((k, entry, entry.Noun || (st.Lex.Shapes.CapitalisedNouns && st.S.IsUpper(k) && k > 0)));
        }

        for (int i = 0; i < valid.Count; i++)
        {
            var (k, entry, noun) = valid[i];
            int lo = 0, hi = st.S.Count;
            if (i > 0)
            {
                int previousToken = valid[i - 1].Token;
                int cut = st.Cut(previousToken, k);
                lo = (cut >= 0 ? cut : previousToken) + 1;
            }

            if (i + 1 < valid.Count)
            {
                int nextToken = valid[i + 1].Token;
                int cut = st.Cut(k, nextToken);
                hi = cut >= 0 ? cut : nextToken;
            }

            // A trigger's arguments after it stay in its clause ("…, Öl zu liefern, um Arbeiter zu gewinnen").
            int clauseEnd = k + 1;
            while (clauseEnd < hi && (st.Hard[clauseEnd] == st.Hard[k]
                || (st.S.Lower(clauseEnd) == "," && clauseEnd + 1 < hi && st.IsItemWord(clauseEnd + 1))
                || (clauseEnd > 0 && st.S.Lower(clauseEnd - 1) == "," && st.IsItemWord(clauseEnd))))
            {
                clauseEnd++;
            }

            hi = clauseEnd;
            int clauseStart = k;
            while (clauseStart > lo && st.Hard[clauseStart - 1] == st.Hard[k])
            {
                clauseStart--;
            }

            if (clauseStart > 0 && ((st.Cue[clauseStart] & CueKind.Clause) != 0 || (clauseStart + 1 < st.S.Count && (st.Cue[clauseStart + 1] & CueKind.Clause) != 0)))
            {
                lo = clauseStart; // a subordinate clause has its own subject ("…, dass Kim Russland Granaten liefert")
            }
            var e = builder.Build(k, entry, noun, lo, hi, built, dates, ref pendingQuantity);
            if (e is not null)
            {
                if (!e.Noun && st.AnyBefore(k, -1, CueKind.Reciprocal))
                {
                    FlowBack(e, built);
                }

                built.Add(e);
            }
        }

        Merge(built);
        foreach (var e in built.ToList())
        {
            built.AddRange(Coordinated(e)); // after the merge, so that no copy becomes the transfer a later one flows back along
        }

        foreach (var e in built)
        {
            if (Keep(e))
            {
                st.Doc.Events.Add(e);
            }
        }
    }

    /// <summary>
    /// "Russia supplies both Iran and North Korea", "Iran and North Korea have supplied Russia": one event for each
    /// coordinated party, the others copies of <paramref name="e"/> with that party in its place. Meetings and
    /// agreements are left alone: there the second name is the partner.
    /// </summary>
    private List<RawEvent> Coordinated(RawEvent e)
    {
        var copies = new List<RawEvent>();
        if (e.Type is "CONSULT" or "COOPERATE" or "AGREE" || st.TrustedTree is not { } g)
        {
            return copies;
        }

        foreach (bool actor in (bool[])[true, false])
        {
            var role = actor ? e.Actor : e.Target;
            var other = actor ? e.Target : e.Actor;
            var part = role is null ? null : st.Parts.FirstOrDefault(p => p.Mention == role.Mention);
            if (part is null || e.Noun || !g.StandsForItself(part.Start, part.End))
            {
                continue; // a name that only qualifies another noun ("the ministers of the US, Japan and South Korea") is not the party
            }

            foreach (int word in g.Conjuncts(part.Start, part.End))
            {
                var partner = st.Parts.FirstOrDefault(p => p.Start <= word && word < p.End);
                if (partner is null || st.SameThing(partner.Mention, part.Mention) || (other is not null && st.SameThing(partner.Mention, other.Mention)))
                {
                    continue;
                }

                var copy = e.Copy();
                copy.Items = [.. e.Items];
                if (actor)
                {
                    copy.Actor = EventBuilder.Ref(partner);
                }
                else
                {
                    copy.Target = EventBuilder.Ref(partner);
                }

                copies.Add(copy);
            }
        }

        return copies;
    }

    /// <summary>
    /// The token of the verb of receiving that makes the transfer participle <paramref name="k"/> a recipient passive
    /// ("Nordkorea bekam von Russland Lastwagen geliefert": the participle hangs on "bekam" or "bekam" on it), or null.
    /// </summary>
    private int? RecipientPassive(int k, TriggerEntry entry)
    {
        if (st.Tree is not { } g || entry.Frame != Frame.Active || entry.Noun)
        {
            return null;
        }

        var tree = g.Tree;
        if (!(tree.Xpos[k] is "VVPP" or "VBN" || tree.Feature(k, "VerbForm") == "Part"))
        {
            return null; // only a participle is received ("bekam … geliefert"), not "bekam Öl, um es zu liefern"
        }

        foreach (var (other, otherEntry) in triggers)
        {
            if (other == k || otherEntry.Frame != Frame.Receive || otherEntry.Noun || otherEntry.Type != entry.Type
                || g.Children(other).Any(c => tree.Deprels[c] == "mark" && st.Lex.Words.Is(tree.Words[c].ToLowerInvariant(), FunctionWord.InfinitiveMark)))
            {
                continue;
            }

            if ((tree.Heads[k] == other && tree.Deprels[k] is "xcomp" or "ccomp") || (tree.Heads[other] == k && tree.Deprels[other] is "xcomp" or "aux" or "aux:pass"))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// "Im Gegenzug erhält Nordkorea …", "In return, Pyongyang gets …": a transfer with a party left unsaid flows back
    /// along the last transfer told with both parties — its recipient now supplies, its supplier now receives.
    /// </summary>
    private void FlowBack(RawEvent e, List<RawEvent> built)
    {
        if (e.Type != "TRANSFER" || (e.Actor is not null && e.Target is not null))
        {
            return;
        }

        var before = built.LastOrDefault(IsFlow) ?? st.Doc.Events.LastOrDefault(IsFlow);
        if (before is null)
        {
            return;
        }

        // "Pjöngjang schickt … Im Gegenzug erhält Nordkorea": the names may differ; a recipient other than the last one received is the last supplier.
        bool backToSupplier = e.Target is { } t && !st.SameThing(t.Mention, before.Target!.Mention);
        bool sameSupplier = e.Actor is { } a && st.SameThing(a.Mention, before.Target!.Mention);
        if (e.Actor is null && (e.Target is null || backToSupplier))
        {
            e.Actor = before.Target;
            e.Target ??= before.Actor;
        }
        else if (e.Target is null && sameSupplier)
        {
            e.Target = before.Actor;
        }

        static bool IsFlow(RawEvent x) => x.Type == "TRANSFER" && x.Actor is not null && x.Target is not null && x.Modality is not ("negated" or "denied" or "hypothetical");
    }

    private static void Merge(List<RawEvent> built)
    {
        for (int i = 0; i < built.Count; i++)
        {
            for (int j = i + 1; j < built.Count; j++)
            {
                var a = built[i];
                var b = built[j];
                if (a.Type != b.Type || a.Clause != b.Clause || !(a.Noun || b.Noun) || a.Deny != b.Deny)
                {
                    continue;
                }

                // One happening named twice in a clause ("Munitionslieferungen ... geschickt"): keep the verb's reading.
                var (keep, drop) = a.Noun && !b.Noun ? (b, a) : (a, b);
                keep.Actor ??= drop.Actor;
                keep.Target ??= drop.Target;
                keep.Location ??= drop.Location;
                keep.Date ??= drop.Date;
                keep.Mode ??= drop.Mode;
                foreach (var item in drop.Items)
                {
                    if (!keep.Items.Any(x => x.Start == item.Start))
                    {
                        keep.Items.Add(item);
                    }
                }

                keep.Items.Sort((x, y) => x.Start.CompareTo(y.Start));
                built.Remove(drop);
                i = -1;
                break;
            }
        }
    }

    private static bool Keep(RawEvent e)
    {
        if (e.NeedsItem && e.Items.Count == 0)
        {
            return false;
        }

        bool party = e.Actor is not null || e.Target is not null;
        if (e.Type == "TRANSFER")
        {
            return e.Items.Count > 0 ? party || !e.Noun : e.Actor is not null && e.Target is not null;
        }

        return party;
    }
}
