using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Analysis.Events;

/// <summary>
/// Role assignment: which of a trigger's subject, other name, marked names and origin adjective is actor, target and location.
/// The frame decides (passive, receiving, carrier verbs), and a ship is a party only to a transfer.
/// </summary>
internal sealed partial class EventBuilder
{
    /// <summary>The actor, target and location of the event at <paramref name="k"/>, read from the candidates of its region.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (Participant? Actor, Participant? Target, Participant? Location) AssignRoles(
        TriggerEntry entry, int k, bool noun, bool passive, Participant? subject, Participant? other, List<Participant> targets, List<Participant> sources, List<Participant> places, Participant? origin, Participant? laterOrigin, bool goodsPhrase)
    {
        Participant? actor, target;
        if (passive && !entry.Arrival) // an arrival has no passive: "sind … eingetroffen", "arrived" are perfect and past
        {
            target = subject ?? targets.FirstOrDefault();
            actor = sources.FirstOrDefault();
            if (entry.Type == "TRANSFER" && target is null && origin is not null && origin != laterOrigin && (goodsPhrase || (origin.Start < k && !OfGoods(origin))))
            {
                // "Russian units have been supplied with North Korean guns", "die syrischen Truppen wurden mit iranischen Drohnen
                // beliefert": the subject's side received, the goods' origin supplied.
                target = origin;
                origin = laterOrigin;
            }
            else if (entry.Type is "SANCTION" or "ACCUSE" && target is null && origin is not null && origin.Start < k)
            {
                // "Two North Korean officials … were also designated", "Russian firms were accused": whom the passive's subject
                // names by its country is the side acted on, not the doer.
                target = origin;
                origin = null;
            }
        }
        else if (entry.Frame == Frame.Receive && !noun && st.Tree?.Tree.Upos[k] is null or "VERB" && sources.Count == 0 && (subject ?? (origin?.Start < k ? origin : null)) is { } buyer
            && targets.FirstOrDefault(t => MarkedFor(t) && t.Mention != buyer.Mention) is { } beneficiary)
        {
            // "Cuba recruited soldiers for Russia", "a Chinese firm bought engines for Russia": who acquires for another passes it on.
            actor = buyer;
            target = beneficiary;
            origin = null;
        }
        else if (entry.Frame == Frame.Receive)
        {
            target = subject;
            actor = sources.FirstOrDefault() ?? other; // a name marked "to", "gegen" supplies nothing to a receiver
        }
        else if (entry.Arrival && !noun)
        {
            // "Rund 400 nordkoreanische Arbeiter sind mit der Fähre … im Hafen von Wladiwostok eingetroffen": what arrived came
            // from its origin or the "from" party, and reached the country of the place; the ferry carried it.
            actor = sources.FirstOrDefault() ?? (origin is not null && !IsVessel(origin) ? origin : null)
                ?? (subject is { Adjective: true } && !IsVessel(subject) ? subject : null); // "North Korean shells have been reaching Russia"
            origin = null;
            target = places.FirstOrDefault(p => p.Marker is Marker.Location or Marker.Target && p.Start > k - 8 && CountryOf(p) is { } c && (actor is null || c != CountryOf(actor))) is { } reached
                ? reached with { Seat = true }
                : targets.FirstOrDefault(p => !p.Adjective && (actor is null || CountryOf(p) != CountryOf(actor))) // "sind … nach Russland gelangt"
                ?? (entry.Money ? targets.FirstOrDefault(p => actor is null || CountryOf(p) != CountryOf(actor)) : null) // "flossen an nordkoreanische Rüstungsfirmen"
                ?? (other is not null && IsPlace(other) && other.Start > k && (actor is null || CountryOf(other) != CountryOf(actor)) ? other : null); // "shells reaching Russia"
        }
        else if (entry.Carrier && !noun && sources.Count == 0 && subject is { Adjective: false } carrier && !IsVessel(carrier) && CountryOf(carrier) is { } home
            && (origin ?? (other is { Adjective: true } ? other : null) ?? places.FirstOrDefault(p => p.Adjective && p.Start > k && OfGoods(p))) is { } made && made.Start > k && OfGoods(made) && CountryOf(made) is { } madeIn && madeIn != home)
        {
            // "Russia has brought about 3,000 North Korean soldiers into its Bryansk region", "Russia brings in North Korean
            // troops" (the parser may take the adjective for the object, the particle for its preposition): the goods' country supplied them;
            // they went where the sentence takes them after the goods ("carrying Russian oil to the port of Nampo"; not "the border
            // with Ukraine"), or else, or into "its" own place, to the state that brought them in.
            actor = made;
            var onward = targets.Concat(places).Where(p => p.Start > made.End && !(p.Case is { } c && st.Lex.Words.Is(c, FunctionWord.GoodsCase))
                && CountryOf(p) != madeIn).MinBy(p => p.Start);
            bool own = onward is not null && onward.Start > 0 && st.Lex.Words.Is(st.S.Lower(onward.Start - 1), FunctionWord.OwnPossessive);
            target = onward is null || own ? carrier : CountryOf(onward) is null ? null : onward; // a port of no known country: no recipient
            origin = null;
        }
        else if (entry.Carrier && (subject is null || subject.Adjective || IsVessel(subject)) && sources.FirstOrDefault() is { } supplier)
        {
            // "Der russische Frachter … brachte Munition aus Nordkorea nach Russland": the carrier and its flag are no supplier;
            // "Russland brachte …" with a party as subject keeps it.
            actor = supplier;
            target = targets.FirstOrDefault();
            origin = null;
        }
        else
        {
            actor = subject ?? sources.FirstOrDefault();
            target = targets.FirstOrDefault() ?? other ?? (entry.Type == "TRANSFER" && !noun ? ObjectSide(k) : null);
            if (entry.Type is not ("TRANSFER" or "ASSAULT") && target is null && sources.FirstOrDefault() is { } asked && !ReferenceEquals(asked, actor))
            {
                target = asked; // "fordert von Südkorea", "asked Germany for"; an attack "von Belgorod aus" came from there
            }
        }

        if (origin is not null)
        {
            // "nordkoreanische Arbeiter", "a North Korean delegation": the origin of the goods or the party met.
            bool ofGoods = OfGoods(origin);
            // "A North Korean trading company, Chongsan General Trading, received …": the receiver's own country, no supplier.
            bool receiversOwn = entry.Type == "TRANSFER" && entry.Frame == Frame.Receive && !passive && !ofGoods && target is not null
                && origin.End <= target.Start && origin.Start < k && BodyNounAfter(origin);
            if (entry.Type == "TRANSFER" && entry.Frame == Frame.Receive && !ofGoods && target is null && origin.Mention != actor?.Mention)
            {
                target = origin; // "ein nordkoreanischer Diplomat … beschaffen": the procurer's side
            }
            else if ((entry.Type == "TRANSFER" || origin.Start < k) && actor is null && origin.Mention != target?.Mention && !receiversOwn)
            {
                actor = origin;
            }
            else if (entry.Type != "TRANSFER" && target is null && origin.Mention != actor?.Mention)
            {
                target = origin;
            }
        }

        if (entry.Type == "TRANSFER" && entry.Frame == Frame.Receive && !passive && actor is null && target is not null && laterOrigin is not null
            && laterOrigin.Start > k && laterOrigin.Mention != target.Mention && (OfGoods(laterOrigin) || st.MadeIn(laterOrigin)))
        {
            actor = laterOrigin; // "Die russische Armee erhielt Drohnen iranischer Bauart": the goods' maker supplied the receiver
        }

        if (entry.Type != "TRANSFER" && target is null && laterOrigin is not null && laterOrigin.Mention != actor?.Mention && !(entry.Type == "ASSAULT" && OfGoods(laterOrigin) && !OfPeople(laterOrigin) && AimedAtAPlace(places))
            && !(entry.Type == "ASSAULT" && places.Exists(p => p.Start > k && p.Start < laterOrigin.Start && p.Case is { } aim && st.Lex.Words.Is(aim, FunctionWord.AimCase)
                && p.Mention != actor?.Mention)))
        {
            // (nor where the attack names the place it was aimed at first: "Raketenangriff auf die Stadt Pawlohrad haben
            // ukrainische Ermittler …" struck the city, the investigators' adjective is no side)
            // (not "fired North Korean missiles at Kharkiv": the weapons' maker is no side attacked)
            target = laterOrigin; // "Aserbaidschanische Truppen töteten armenische Soldaten": the origin after the verb is the side acted on
        }

        if (entry.Type == "ASSAULT")
        {
            // "Two North Korean-made missiles slammed into Kharkiv", "Angriff auf Charkiw … Rakete nordkoreanischer Bauart": the maker
            // of the weapons neither fired them nor was hit.
            // Nor is a plain adjective on the weapons after the verb a side hit where a place is aimed at ("fired North Korean
            // missiles at Kryvyi Rih"; "struck two Russian warships" hit Russia's ships),
            // though before it the weapons' adjective tells who fired them ("Ukrainian drones struck", "von russischer Artillerie").
            actor = actor is not null && st.MadeIn(actor) ? null : actor;
            target = target is not null && (st.MadeIn(target) || (target.Adjective && OfGoods(target) && !OfPeople(target) && AimedAtAPlace(places))) ? null : target;
        }

        if (entry.Type == "ASSAULT" && target is null && places.FirstOrDefault(p => (p.Marker == Marker.Target || (p.Start > k && p.Marker != Marker.Source) || AttackedByTree(k, p, actor)) && p.Mention != actor?.Mention) is { } struck)
        {
            target = struck; // "ein Angriff … auf Dnipro", "struck Kharkiv", "fired missiles at Kharkiv": the place attacked
        }

        if (entry.Type == "TRANSFER" && entry.Frame == Frame.Active && !noun && !passive && actor is { Adjective: false } host
            && origin is { } foreign && (target is null || target.Mention == foreign.Mention) && OfPeople(foreign) && PeopleAreTheObject(k, foreign)
            && CountryOf(foreign) is { } sent && CountryOf(host) is { } hosting && sent != hosting
            && places.All(p => CountryOf(p) is null || CountryOf(p) == hosting || st.InAttribution(p.Start)))
        {
            // "Russia has stationed some 2,000 North Korean soldiers in its Voronezh region", "Russland hat 2500 nordkoreanische
            // Pioniere in das Gebiet Brjansk verlegt" (the object before the verb): a state that stations another
            // state's troops or workers on its own soil hosts them; their state sent them.
            (actor, target) = (foreign, host);
        }

        // Talks and agreements happen where "in"/"at" puts them; "eine Frachtlinie Wonsan–Wladiwostok", "between Wonsan and
        // Vladivostok" name what they are about.
        var location = places.FirstOrDefault(p => p.Marker == Marker.Location)
            ?? (entry.Type is "CONSULT" or "AGREE" or "COOPERATE" ? null : places.FirstOrDefault(p => p.Place));
        if (entry.Mode == "visit" && target is null && location is not null && (location.Seat || !location.Place))
        {
            target = location;
        }

        // "a carrier loaded with wheat docked at Nampo" says what it carries, not where it took it on.
        bool carrying = k + 1 < st.S.Count && st.Lex.Words.Is(st.S.Lower(k + 1), FunctionWord.GoodsCase);
        if (entry.Loading && !carrying && target is null && location is { Marker: Marker.Location } && CountryOf(location) is { } loadedIn
            && (actor is null || IsVessel(actor) || CountryOf(actor) is { } side && side != loadedIn))
        {
            // "North Korean tankers loading fuel at a Russian port", "the tanker X loaded crude at a Syrian terminal":
            // where the goods were taken on supplies them; the carrier, or its side, receives them.
            target = actor ?? (origin is not null && CountryOf(origin) != loadedIn ? origin : null);
            actor = location with { Seat = true };
        }

        if (entry.Type == "TRANSFER" && !noun && entry.Frame == Frame.Active
            && (actor is null || !passive && entry.Carrier && (IsVessel(actor) || actor.Adjective))
            && places.FirstOrDefault(p => p.Marker == Marker.Source && CountryOf(p) is not null) is { } departure
            && (target is null || IsVessel(target) || target.Adjective))
        {
            // "Russian freighters carried the containers from Nampo to Vladivostok", "the cargo was shipped from Nampo to
            // Vladivostok": the goods went from the country of the place they left to the country of the place they
            // reached; the carrier's flag is neither.
            var to = places.FirstOrDefault(p => p.Marker == Marker.Target && CountryOf(p) is { } c && c != CountryOf(departure));
            actor = departure with { Seat = true };
            target = to is not null ? to with { Seat = true } : target;
        }

        if (entry.Type == "TRANSFER" && entry.Frame == Frame.Receive && !noun && actor is null && target is not null
            && location is { Marker: Marker.Location } && CountryOf(location) is { } boughtIn && CountryOf(target) is { } side2 && side2 != boughtIn)
        {
            // "Syrische Händler kauften Autos in Deutschland", "North Korea bought trucks in Russia": where it was bought supplied it.
            actor = location with { Seat = true };
        }

        if (entry.Type == "TRANSFER" && (actor is null) != (target is null) && !IsVessel(actor ?? target))
        {
            // "nordkoreanische Munition … nach Wostotschny gebracht", "oil shipped to North Korea from Vanino": with one
            // party known, the place the goods reached or left, in another country, stands for the other.
            var known = CountryOf((actor ?? target)!);
            var marker = actor is null ? Marker.Source : Marker.Target;
            if (known is not null && places.FirstOrDefault(p => p.Marker == marker && CountryOf(p) is { } c && c != known) is { } end)
            {
                actor ??= end with { Seat = true };
                target ??= end with { Seat = true };
            }
        }

        if (target is not null && actor is not null && (st.SameThing(target.Mention, actor.Mention)
            || (CountryOf(actor) is { } from && from == CountryOf(target)
                && (entry.Type == "TRANSFER" ? IsPlace(actor) || IsPlace(target) : IsPlace(actor) && IsPlace(target)))))
        {
            // "brought the cars from Syria to Damascus": a move inside one country is no transfer between parties; nor
            // does "Moskau" attack "Russland".
            target = null;
        }

        if (entry.Type != "TRANSFER" && actor is not null && target is not null && !IsVessel(target)
            && st.Doc.Mentions[actor.Mention].Schema == SchemaNames.Country && st.Doc.Mentions[target.Mention].Schema is not (SchemaNames.Country or SchemaNames.Address)
            && CountryOf(target) == CountryOf(actor))
        {
            // "The US Treasury sanctioned …": the state's own body acts for it; it is not what the state acted on.
            actor = target;
            target = other is not null && other != actor && IsVessel(other) ? other : null;
        }

        if (entry.Type != "TRANSFER")
        {
            // A ship carries, loads and unloads; it does not attack, meet or accuse. It can be seized, sanctioned or hit.
            actor = IsVessel(actor) ? null : actor;
            target = IsVessel(target) && entry.Type is not ("COERCE" or "SANCTION" or "ASSAULT") ? null : target;
        }

        return (actor, target, location);
    }

    // "stationed some 2,000 North Korean soldiers": the people the adjective describes are the verb's object, not those of a
    // purpose clause ("will not send its soldiers to fight alongside Russian forces").
    private bool PeopleAreTheObject(int k, Participant adjective) =>
        st.TrustedTree is { } g && g.HeadOf(adjective.Start, adjective.End) is int a and >= 0 && g.Tree.Heads[a] is int noun and >= 0
        && g.Tree.Heads[noun] == k && g.Tree.Deprels[noun] == "obj";

    // "North Korean soldiers", "nordkoreanische Arbeiter": the adjective names where people come from.
    private bool OfPeople(Participant origin) =>
        origin.End < st.S.Count && st.Lex.ItemWords.Find(st.S.Lower(origin.End)).Value is { Category: "troops" or "labour" };

    // True when the word after a country adjective, or after one more adjective, names goods or people sent ("nordkoreanische
    // Granaten", "Soldaten", "North Korean ballistic missiles"), not a unit or party.
    private bool OfGoods(Participant origin) =>
        GoodsAt(origin.End) || (origin.End + 1 < st.S.Count && !st.S.IsPunct(origin.End)
            && (st.Lex.Shapes.CapitalisedNouns ? st.IsAdjective(origin.End) : !st.S.IsUpper(origin.End)) && GoodsAt(origin.End + 1));

    private bool GoodsAt(int j) => j < st.S.Count && !st.S.IsPunct(j) && st.IsItemWord(j);

    // "eine nordkoreanische Handelsfirma", "a North Korean trading company": a body noun right after the adjective or one word later.
    private bool BodyNounAfter(Participant origin) =>
        Enumerable.Range(origin.End, 2).Any(j => j < st.S.Count && !st.S.IsPunct(j) && st.Lex.Words.Is(st.S.Lower(j), FunctionWord.BodyNoun));

    // A place the attack is aimed at ("at Kryvyi Rih", "auf Charkiw").
    private bool AimedAtAPlace(List<Participant> places) => places.Any(p => p.Case is { } c && st.Lex.Words.Is(c, FunctionWord.AimCase));

    // True when a beneficiary preposition ("for", "für") marks the participant.
    private bool MarkedFor(Participant p) => p.Case is { } c && st.Lex.Words.Is(c, FunctionWord.BeneficiaryCase);

    /// <summary>
    /// A country adjective in the goods phrase of a supply verb ("supplied with North Korean guns"): the goods' origin,
    /// no recipient. The goods' phrase may hold a quantity before it ("with at least 120 North Korean guns"), so any
    /// words but punctuation may stand between the preposition and the adjective.
    /// </summary>
    private Participant? GoodsOrigin(List<Participant> region, int k) =>
        region.FirstOrDefault(p => p.Adjective && p.Start != k && GoodsCaseWithin(p.Start, 5));

    private bool GoodsCaseWithin(int start, int reach)
    {
        for (int j = start - 1; j >= 0 && j >= start - reach && !st.S.IsPunct(j); j--)
        {
            if (st.Lex.Words.Is(st.S.Lower(j), FunctionWord.GoodsCase))
            {
                return true;
            }
        }

        return false;
    }

    // True when the tree makes the company or person `second` a conjunct of the company or person `first` ("X and Y", "X, Y"):
    // two doers of one act. Two states joined so are often its two sides ("Russland und Nordkorea … Abkommen über die Lieferung").
    private bool CoordinatedFirms(Participant second, Participant? first, int k)
    {
        // States too where the pair is the subject of this verb before it: "Nordkorea und Belarus haben die russischen Streitkräfte … versorgt".
        if (first is null || st.Tree is not { } g || ((IsPlace(first) || IsPlace(second)) && !(second.End <= k && first.End <= k && g.HeadOf(first.Start, first.End) is int firstHead and >= 0 && g.Tree.Heads[firstHead] == k)))
        {
            return false;
        }

        for (int j = second.Start; j < second.End; j++)
        {
            if (g.Tree.Deprels[j] == "conj" && g.Tree.Heads[j] is int head && head >= first.Start && head < first.End)
            {
                return true;
            }
        }

        return false;
    }

    // "haben die russischen Streitkräfte … mit Artilleriemunition versorgt": the country adjective of the verb's object, where
    // the object is no goods but whom they went to (the armed forces, the army), stands for the recipient.
    private Participant? ObjectSide(int k)
    {
        if (st.TrustedTree is not { } g)
        {
            return null;
        }

        // Only where the goods stand in a "with"/"mit" phrase of the verb: "supplied the Syrian army with drones", not "carry Russian cement".
        bool goodsApart = g.Children(k).Any(c => g.Tree.Deprels[c] == "obl" && g.Children(c).Any(d => g.Tree.Deprels[d] == "case" && st.Lex.Words.Is(st.S.Lower(d), FunctionWord.GoodsCase)));
        return !goodsApart ? null : st.Parts.FirstOrDefault(p => p.Adjective && p.Marker == Marker.None && p.End < st.S.Count && g.HeadOf(p.Start, p.End) is int own and >= 0 && g.Tree.Heads[own] is int head and >= 0
            && g.Tree.Deprels[head] == "obj" && g.Tree.Heads[head] == k && !st.IsItemWord(head) && g.Tree.Upos[head] == "NOUN");
    }

    private string? CountryOf(Participant p) => st.Doc.Mentions[p.Mention].Country;

    private bool IsPlace(Participant p) => st.Doc.Mentions[p.Mention].Schema is SchemaNames.Country or SchemaNames.Address;

    private bool IsVessel(Participant? p) => p is not null && st.Doc.Mentions[p.Mention].Schema == SchemaNames.Vessel;

    // "Russland hat Odessa angegriffen", "die Großstadt Saporischschja … angegriffen", "Odessa wurde beschossen": a place
    // the tree makes the verb's object, passive subject, or second subject beside the attacker is the place attacked.
    private bool AttackedByTree(int k, Participant place, Participant? actor)
    {
        if (place.Marker != Marker.None || place.Seat || st.TrustedTree is not { } g)
        {
            return false;
        }

        return g.RoleOf(k, place.Start, place.End).Role switch
        {
            GrammaticalRole.Object or GrammaticalRole.PassiveSubject => true,
            GrammaticalRole.Subject => actor is not null && actor.Mention != place.Mention,
            _ => false,
        };
    }

    // A place right before a participle of making in an attribute, "einer in Nordkorea gebauten Rakete": where the goods
    // were made ("die in Odessa gelagerten Waffen" keeps Odessa, where they were).
    private bool MadeThere(Participant p) =>
        p.End < st.S.Count && st.Lex.Words.Is(st.S.Lower(p.End), FunctionWord.OriginNoun) && st.Tree is { } g && g.Tree.Upos[p.End] is "VERB" or "ADJ";
}
