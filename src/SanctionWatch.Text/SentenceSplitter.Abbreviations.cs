using System.Collections.Frozen;

namespace SanctionWatch.Text;

/// <summary>
/// Abbreviations, initials, ordinals and dates: whether a period right after a word or a number ends a sentence.
/// Holds the German and English abbreviations, the month names and, for German ordinals, the common sentence starters.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        // German
        "Prof", "Dr", "Nr", "Nrn", "bzw", "ca", "ggf", "vgl", "usw", "etc", "Hr", "Fr", "Frl", "Abs", "Art", "St",
        "Str", "Mio", "Mrd", "Tsd", "Jh", "Jhd", "Chr", "sog", "evtl", "inkl", "zzgl", "bspw", "ebd", "Bd", "Kap",
        "Dipl", "Ing", "Mag", "Hrsg", "geb", "gest", "Tel", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Okt", "Nov", "Dez", "Mo", "Di", "Mi", "Do", "Sa", "So", "Min", "Std", "Gen", "Oberst", "Verf",
        "allg", "Anm", "Bzw", "ehem", "eigtl", "einschl", "entspr", "erg", "gem", "hl", "jew", "Kl", "Ltd", "max",
        "min", "mind", "Mrd", "Nachf", "Pkt", "rd", "Reg", "Rel", "Tab", "u.a", "urspr", "verh", "Vors", "zit", "zus",
        "Bsp", "Stv", "stv", "Abt", "Bhf", "Ges", "Hbf", "Inh", "Kfz", "Pkw", "Lkw", "Zi", "Forts",
        // English
        "Mr", "Mrs", "Ms", "Messrs", "Jr", "Sr", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
        "Cmdr", "Gen", "Rev", "Hon", "Pres", "Inc", "Corp", "Co", "Bros", "vs", "No", "Nos", "Vol", "Fig", "Dept",
        "Univ", "Ave", "Blvd", "Mt", "Ft", "approx", "est", "Mar", "Oct", "Dec", "Sept",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Months = new[]
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember", "January", "February", "March", "May", "June", "July", "October", "December",
        "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that start German sentences often enough that "2. Der" is more likely a sentence end than an ordinal.
    private static readonly FrozenSet<string> GermanSentenceStarters = new[]
    {
        "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Er", "Sie", "Es", "Wir", "Ich", "Ihr",
        "Man", "Dies", "Diese", "Dieser", "Dieses", "Damit", "Doch", "Aber", "Und", "Auch", "Am", "Im", "In", "Nach",
        "Bei", "Mit", "Seit", "Vor", "Auf", "So", "Als", "Wie", "Wenn", "Dann", "Da", "Nun", "Laut", "Zudem",
        "Außerdem", "Trotz", "Während", "Denn", "Bis", "Zum", "Zur", "Um", "Für", "Von", "Aus", "Unter", "Über",
        "Jetzt", "Heute", "Inzwischen", "Bereits", "Schon", "Noch", "Nur", "Allerdings", "Zwar", "Deshalb",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The period at k follows a token directly; is it a sentence end rather than an abbreviation or ordinal?
    private static bool NotAnAbbreviation(string text, List<Token> tokens, int k, Token next, bool german)
    {
        var before = tokens[k - 1];
        var word = before.Of(text);
        if (before.Kind == TokenKind.Word)
        {
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                return false; // an initial: "J. Smith", "z. B.", "u. a."
            }

            return !AbbreviationLookup.Contains(word);
        }

        if (before.Kind == TokenKind.Number)
        {
            string nextWord = next.TextOf(text);
            bool shortNumber = word.Length <= 2 || (word.Length == 5 && word[2] == '.'); // 19. / 18.06.
            if (Months.Contains(nextWord) && word.Length <= 5)
            {
                return false;
            }

            if (german && shortNumber && !GermanSentenceStarters.Contains(nextWord) && char.IsLetter(nextWord[0]))
            {
                return false; // "der 2. Weltkrieg", "am 18.06. Treffen"
            }
        }

        return true;
    }
}
