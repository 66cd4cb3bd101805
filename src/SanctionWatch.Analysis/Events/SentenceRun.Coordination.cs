namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Coordinated parties: "Russia supplies both Iran and North Korea" is one event for each name joined by "and".
/// The copies are made from the merged events, and meetings and agreements keep the second name as their partner.
/// </summary>
internal sealed partial class SentenceRun
{
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
}
