namespace SanctionWatch.Analysis.Events;

/// <summary>
/// The parties of a verb trigger as its dependency tree gives them: the subject, the objects, the obliques that
/// mark a recipient or a source (by their preposition) and the passive agent. Names the tree attaches to another
/// clause are left out; obliques the tree attaches elsewhere count only when the tree offers none.
/// </summary>
internal sealed class GrammaticalFrame
{
    private GrammaticalFrame()
    {
    }

    /// <summary>The subject among the participants, or null.</summary>
    public Participant? Subject { get; private init; }

    /// <summary>A participant outside the trigger's region that the tree makes its subject (a coordinated or controlling verb's), or null.</summary>
    public Participant? SharedSubject { get; private init; }

    /// <summary>True when the tree names a subject that is no participant and no pronoun ("the ship", "officials"): no name is to be guessed for it.</summary>
    public bool SubjectIsOther { get; private init; }

    /// <summary>The indirect object, else the direct object, among the participants, or null.</summary>
    public Participant? Object { get; private init; }

    /// <summary>The subject of the clause the trigger takes as complement ("demanded that Uganda withdraw"), or null.</summary>
    public Participant? ComplementSubject { get; private init; }

    /// <summary>Participants marked as recipient or target ("an Russland", "to Moscow").</summary>
    public required List<Participant> Targets { get; init; }

    /// <summary>Participants marked as source, or the passive agent ("von Nordkorea", "by Pyongyang").</summary>
    public required List<Participant> Sources { get; init; }

    /// <summary>The participants the tree puts in the trigger's own clause, whatever their relation.</summary>
    public required HashSet<Participant> InClause { get; init; }

    /// <summary>True when the clause is passive.</summary>
    public bool Passive { get; private init; }

    /// <summary>
    /// The frame of trigger <paramref name="k"/> over <paramref name="region"/>, or null when the sentence has no
    /// tree or the tree looks misparsed there.
    /// </summary>
    public static GrammaticalFrame? Read(SentenceState st, int k, List<Participant> region)
    {
        if (st.TrustedTree is not { } g)
        {
            return null;
        }

        // The trigger's stretch between hard breaks (commas, dashes, semicolons): a name in it that the tree makes a
        // subject or object of a verb outside it is a misparse.
        int from = k, to = k + 1;
        while (from > 0 && st.Hard[from - 1] == st.Hard[k])
        {
            from--;
        }

        while (to < st.S.Count && st.Hard[to] == st.Hard[k])
        {
            to++;
        }

        if (st.Parts.Any(p => p.Start >= from && p.End <= to && g.CoreArgumentOutside(p.Start, p.End, from, to)))
        {
            return null;
        }

        var roles = new Argument[region.Count];
        for (int i = 0; i < region.Count; i++)
        {
            roles[i] = g.RoleOf(k, region[i].Start, region[i].End);
        }

        Participant? subject = null, passiveSubject = null, indirect = null, direct = null;
        var targets = new List<Participant>();
        var sources = new List<Participant>();
        for (int i = 0; i < region.Count; i++)
        {
            var p = region[i];
            if (p.Place || (p.Adjective && !OfAGovernment(st, g, p)))
            {
                continue; // an adjective only describes ("nordkoreanische Granaten"), unless it names whose government acts
            }

            switch (roles[i].Role)
            {
                case GrammaticalRole.Subject when p.Marker is not Marker.None:
                    return null; // a name after "an den", "from" is never the subject: the tree is wrong here, the surface decides
                case GrammaticalRole.Subject:
                    subject ??= p;
                    break;
                case GrammaticalRole.PassiveSubject:
                    passiveSubject ??= p;
                    break;
                case GrammaticalRole.Indirect:
                    indirect ??= p;
                    break;
                case GrammaticalRole.Object:
                    direct ??= p;
                    break;
                case GrammaticalRole.Agent:
                    sources.Add(p);
                    break;
                case GrammaticalRole.Oblique when roles[i].Case is { } c:
                    if (st.Lex.TargetMarks.Contains(c))
                    {
                        targets.Add(p);
                    }
                    else if (st.Lex.SourceMarks.Contains(c))
                    {
                        sources.Add(p);
                    }

                    break;
            }
        }

        // The tree's preposition attachment is its weakest part: a marked name it hangs elsewhere still counts when nothing else does.
        if (targets.Count == 0)
        {
            targets.AddRange(Marked(st, g, k, region, roles, Marker.Target));
        }

        if (sources.Count == 0)
        {
            sources.AddRange(Marked(st, g, k, region, roles, Marker.Source));
        }

        subject ??= passiveSubject;
        var @object = indirect ?? direct;
        int subjectWord = g.SubjectOf(k);
        if (@object is not null && subjectWord >= 0 && @object.End <= subjectWord && !g.IsPronoun(subjectWord) && !g.IsPassive(k)
            && (subject is null || roles[region.IndexOf(subject)].Role == GrammaticalRole.Subject))
        {
            // A bare name as object before the subject: the tree is weakest here ("Nordkorea habe Russland … geliefert",
            // "dass Pjöngjang Moskaus Krieg … versorgt"), and news puts the subject first; the order decides.
            (subject, @object) = (@object, subject);
            subjectWord = -1;
        }

        if (subject is null && subjectWord >= 0 && st.Lex.Words.Is(st.S.Lower(subjectWord), FunctionWord.GovernmentNoun))
        {
            // "das Regime in Pjöngjang", "the leadership in Moscow": the rulers named by their seat are that state.
            subject = region.FirstOrDefault(p => !p.Place && !p.Adjective && p.Start > subjectWord && p.Start <= subjectWord + 3
                && g.Tree.Heads[g.HeadOf(p.Start, p.End)] == subjectWord);
        }

        var shared = subject is null && subjectWord >= 0
            ? st.Parts.FirstOrDefault(p => !p.Place && !p.Adjective && g.Dominates(subjectWord, p.Start, p.End))
                ?? (g.IsPassive(k) ? null
                    : st.Parts.FirstOrDefault(p => p.Adjective && g.Dominates(subjectWord, p.Start, p.End))) // "das iranische Regime, das …", "China's envoy"
            : null;
        return new GrammaticalFrame
        {
            Subject = subject,
            SharedSubject = shared,
            SubjectIsOther = subject is null && shared is null && subjectWord >= 0 && !g.IsPronoun(subjectWord),
            Object = @object,
            ComplementSubject = g.ComplementSubject(k) is int cs and >= 0
                ? st.Parts.FirstOrDefault(p => !p.Place && !p.Adjective && g.HeadOf(p.Start, p.End) == cs) : null,
            Targets = targets,
            Sources = sources,
            Passive = g.IsPassive(k),
            InClause = [.. region.Where((p, i) => roles[i].Role != GrammaticalRole.Unattached || g.InClause(k, p.Start, p.End))],
        };
    }

    // "von der kanadischen Regierung", "the Japanese government": an adjective on a noun for a state's rulers names that state.
    private static bool OfAGovernment(SentenceState st, Grammar g, Participant p)
    {
        int head = g.HeadOf(p.Start, p.End);
        int noun = head >= 0 ? g.Tree.Heads[head] : -1;
        return noun > head && noun - p.End <= 1 && st.Lex.Words.Is(st.S.Lower(noun), FunctionWord.GovernmentNoun);
    }

    // "freighters operated by Sovgavan Fleet had ferried …", "Der von den USA eingebrachte Entwurf sah vor, … Waffen … zu
    // transportieren": the name is the agent of a participle that describes a noun, not of the verb.
    private static bool OfAParticiple(Grammar g, Participant p, int k)
    {
        int head = g.HeadOf(p.Start, p.End), name = head;
        for (int steps = 0; steps < 3 && head >= 0 && g.Tree.Deprels[head] is "nmod:poss" or "nmod" or "compound" or "amod" && g.Tree.Heads[head] >= 0; steps++)
        {
            head = g.Tree.Heads[head]; // "controlled by Syria's defence ministry": the name modifies the agent noun
        }

        // Through a noun only as the agent ("launched from Russia's Bryansk region" still says where the missiles came from).
        bool oblique = head == name ? g.Tree.Deprels[head].StartsWith("obl", StringComparison.Ordinal) : g.Tree.Deprels[head] == "obl:agent";
        return head >= 0 && oblique && g.Tree.Heads[head] is int verb and >= 0
            && verb != k
            && (g.Tree.Upos[verb] == "VERB" && (g.Tree.Deprels[verb].StartsWith("acl", StringComparison.Ordinal) || g.Tree.Deprels[verb] == "amod")
                || (g.Tree.Upos[verb] == "ADJ" && g.Tree.Deprels[verb] == "amod" && (g.Tree.Xpos[verb] == "ADJA" || g.Tree.Feature(verb, "VerbForm") == "Part"))); // "der von den USA eingebrachte Entwurf": the tagger's attributive adjective
    }

    // Names their preposition marks, unless they sit inside an attribution ("nach Angaben aus Japan"): the source of
    // the report is no party.
    private static IEnumerable<Participant> Marked(SentenceState st, Grammar g, int k, List<Participant> region, Argument[] roles, Marker marker)
    {
        for (int i = 0; i < region.Count; i++)
        {
            var p = region[i];
            if (p.Marker == marker && !p.Place && roles[i].Role is GrammaticalRole.Unattached or GrammaticalRole.Oblique
                && !(g.EnclosingPreposition(p.Start, p.End) is var outer and >= 0 && (st.Cue[outer] & (CueKind.SourceBefore | CueKind.SourceAfter)) != 0)
                && !OfAParticiple(g, p, k) && !InAClauseBelow(st, g, p, k) && !ObliqueOfAnotherVerb(g, p, k))
            {
                yield return p;
            }
        }
    }

    // "blocked a U.S. proposal to add four ships to the U.N. sanctions list": a name in a clause that tells what a text put to
    // the vote would do belongs to that clause's verb, and so does one in a finite clause the tree hangs below the verb
    // ("would consider sending weapons to Ukraine should Russia provide …"); a purpose clause or a clause on other nouns
    // ("sent developers to work for Russian firms") still tells where the verb's goods went.
    private static bool InAClauseBelow(SentenceState st, Grammar g, Participant p, int k)
    {
        bool content = false;
        for (int node = g.HeadOf(p.Start, p.End), steps = 0; node >= 0 && steps < g.Tree.Count; node = g.Tree.Heads[node], steps++)
        {
            if (node == k)
            {
                return content;
            }

            content |= g.Tree.Upos[node] == "VERB"
                && ((g.Tree.Deprels[node] is "acl" or "acl:relcl" && g.Tree.Heads[node] is int noun and >= 0 && st.Lex.Words.Is(st.S.Lower(noun), FunctionWord.DocumentNoun))
                    || (g.Tree.Deprels[node] is "advcl" or "ccomp" && g.Tree.Feature(node, "NumType") is null // "two hundred" tagged a verb is no clause
                        && (!g.IsMarkedInfinitive(node) || AfterADocument(st, node))));
        }

        return false;
    }

    // "would consider sending arms to Ukraine should Iran provide Russia with drones": a name the tree makes an oblique of
    // another full verb is that verb's.
    private static bool ObliqueOfAnotherVerb(Grammar g, Participant p, int k)
    {
        int head = g.HeadOf(p.Start, p.End);
        return head >= 0 && g.Tree.Deprels[head].StartsWith("obl", StringComparison.Ordinal) && g.Tree.Heads[head] is int verb and >= 0
            && verb != k && g.Tree.Upos[verb] == "VERB" && g.Tree.Heads[verb] != k && g.Tree.Heads[k] != verb; // not "von Putin geschenkt bekommen"
    }

    // "a proposal to add …", however the tree hangs the infinitive: a document noun right before its marker.
    private static bool AfterADocument(SentenceState st, int verb) =>
        verb >= 2 && st.Lex.Words.Is(st.S.Lower(verb - 1), FunctionWord.InfinitiveMark) && st.Lex.Words.Is(st.S.Lower(verb - 2), FunctionWord.DocumentNoun);
}
