using System.Collections.Frozen;

namespace SanctionWatch.Matching.Normalization;

/// <summary>
/// Hand-written word lists the normaliser needs: honorifics to drop, low-information particles, legal forms
/// (after <c>rigour/org_types.yml</c>, MIT, reduced to common forms) and spelling groups for Korean and Russian
/// name parts, whose members are one name written in different romanisations.
/// </summary>
public static class NameVocabulary
{
    /// <summary>Titles and honorifics that say nothing about identity.</summary>
    public static FrozenSet<string> Honorifics { get; } = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "herr", "frau", "president", "praesident",
        "prasident", "general", "gen", "colonel", "col", "mullah", "maulavi", "maulvi", "sheikh", "shaikh", "haji", "hajji",
        "qari", "mawlawi", "mufti", "lt", "captain", "capt", "major", "minister", "senator", "the",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Particles that join names (al, bin, de, van, …): kept, but weigh little.</summary>
    public static FrozenSet<string> Particles { get; } = new[]
    {
        "al", "el", "bin", "ibn", "bint", "ben", "abu", "abou", "de", "da", "di", "del", "della", "dos", "das", "du",
        "van", "von", "der", "den", "le", "la", "y", "ul", "ud", "ur", "and", "of", "for",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Endings of patronymics (Sergeevich, Vladimirovna, Petrovych, Aliyev oglu's "ogly"): a part lists give and people
    /// often leave out when they write a name.
    /// </summary>
    public static IReadOnlyList<string> PatronymicEndings { get; } =
        ["ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna", "ivna", "ichna", "ogly", "oglu", "kyzy", "qizi"];

    /// <summary>True when <paramref name="word"/> is a patronymic by its ending.</summary>
    public static bool IsPatronymic(string word)
    {
        if (word.Length < 7)
        {
            return word is "ogly" or "oglu" or "kyzy" or "qizi";
        }

        // Every ending above ends in one of these letters; most words are rejected here, without a scan.
        if (word[^1] is not ('h' or 'a' or 'y' or 'u' or 'i'))
        {
            return false;
        }

        foreach (string ending in PatronymicEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Legal forms and generic organisation words, mapped to one comparison form.</summary>
    public static FrozenDictionary<string, string> LegalForms { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["llc"] = "llc",
        ["ltd"] = "llc",
        ["limited"] = "llc",
        ["gmbh"] = "llc",
        ["ooo"] = "llc",
        ["too"] = "llc",
        ["mbh"] = "llc",
        ["sarl"] = "llc",
        ["srl"] = "llc",
        ["bv"] = "llc",
        ["pty"] = "llc",
        ["pte"] = "llc",
        ["inc"] = "corp",
        ["incorporated"] = "corp",
        ["corp"] = "corp",
        ["corporation"] = "corp",
        ["co"] = "co",
        ["company"] = "co",
        ["companies"] = "co",
        ["cie"] = "co",
        ["jsc"] = "jsc",
        ["ojsc"] = "jsc",
        ["cjsc"] = "jsc",
        ["pjsc"] = "jsc",
        ["ao"] = "jsc",
        ["oao"] = "jsc",
        ["zao"] = "jsc",
        ["pao"] = "jsc",
        ["ag"] = "jsc",
        ["sa"] = "jsc",
        ["plc"] = "jsc",
        ["nv"] = "jsc",
        ["spa"] = "jsc",
        ["as"] = "jsc",
        ["ab"] = "jsc",
        ["oy"] = "jsc",
        ["kg"] = "lp",
        ["lp"] = "lp",
        ["llp"] = "lp",
        ["fze"] = "llc",
        ["fzco"] = "llc",
        ["fzc"] = "llc",
        ["group"] = "group",
        ["holding"] = "group",
        ["holdings"] = "group",
        ["trading"] = "trading",
        ["trade"] = "trading",
        ["international"] = "intl",
        ["intl"] = "intl",
        ["joint"] = "joint",
        ["stock"] = "stock",
        ["ltda"] = "llc",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Spelling groups: the first member is the group's canonical form.</summary>
    private static readonly string[][] s_groups =
    [
        // Korean surnames and syllables (McCune-Reischauer, Revised Romanisation, popular spellings).
        ["kim", "gim", "ghim"],
        ["ri", "rhee", "lee", "yi", "rhie", "li", "ree"],
        ["pak", "park", "bak", "pack"],
        ["choe", "choi", "choy", "chwe", "choi"],
        // German (Dschong), Polish and Czech (Dzong, Čong) and French (Djong) transcriptions of the same syllable.
        ["jong", "jeong", "chong", "cheong", "jung", "joung", "dschong", "dzong", "djong", "tschong", "czong", "dschung"],
        ["un", "eun", "woon", "oon", "yn"],
        ["il", "ill"],
        ["song", "sung", "seong"],
        ["chol", "cheol", "chul"],
        ["hyok", "hyeok", "hyuk"],
        ["yong", "yeong", "young", "ryong", "ryeong"],
        ["myong", "myeong", "myung"],
        ["kwang", "gwang"],
        ["kang", "gang"],
        ["ko", "go", "koh"],
        ["kwon", "gwon"],
        ["jo", "cho"],
        ["ju", "chu", "joo"],
        ["jon", "jeon", "chon", "chun"],
        ["sin", "shin"],
        ["sik", "shik"],
        ["yun", "yoon"],
        ["ryu", "yu", "yoo", "ryoo"],
        ["jang", "chang"],
        ["hyon", "hyeon", "hyun"],
        ["thae", "tae"],
        ["ho", "heo", "hur"],
        ["chae", "chai"],
        ["kyong", "kyeong", "kyung", "gyeong"],
        ["ok", "og"],
        ["hui", "hee", "hwi"],
        ["nam", "nahm"],
        ["su", "soo"],

        // Russian given names and their German, English and French transcriptions.
        ["vladimir", "wladimir", "volodymyr"],
        ["dmitriy", "dmitri", "dmitrij", "dmitry", "dimitri", "dimitrij", "dimitry"],
        ["sergey", "sergei", "sergej", "serguei", "sergii", "serhiy"],
        ["aleksandr", "alexander", "alexandr", "aleksander", "oleksandr"],
        ["aleksey", "alexei", "alexej", "aleksei", "alexey", "oleksiy"],
        ["yevgeniy", "evgeny", "jewgeni", "yevgeny", "evgeniy", "jewgenij", "eugene"],
        ["yuriy", "yuri", "juri", "jurij", "yury", "iurii"],
        ["mikhail", "michail", "michael", "mihail"],
        ["nikolay", "nikolai", "nikolaj", "nicolai"],
        ["andrey", "andrei", "andrej", "andriy"],
        ["viktor", "victor", "wiktor"],
        ["valeriy", "valery", "waleri", "walerij", "valeri"],
        ["vyacheslav", "wjatscheslaw"],
        ["vasiliy", "vasily", "wassili", "wassilij"],
        ["grigoriy", "grigory", "grigori", "grigorij"],
        ["georgiy", "georgy", "georgi", "georgij"],
        ["anatoliy", "anatoly", "anatoli", "anatolij"],
        ["igor", "ihor"],
        ["pyotr", "petr", "pjotr", "peter"],
        ["fyodor", "fedor", "fjodor"],
        ["ivan", "iwan"],
        ["pavel", "pawel"],
        ["maksim", "maxim"],
        ["yelena", "elena", "jelena"],
        ["tatyana", "tatiana", "tatjana"],
        ["natalya", "natalia", "natalja"],
        ["olga", "olha"],
        ["yulia", "yuliya", "julia", "julija"],
    ];

    /// <summary>Short forms and nicknames (Dima, Sasha, Bibi, Bill) mapped to the canonical form of the full name.</summary>
    public static FrozenDictionary<string, string> Nicknames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dima"] = "dmitriy",
        ["sasha"] = "aleksandr",
        ["sascha"] = "aleksandr",
        ["volodya"] = "vladimir",
        ["wolodja"] = "vladimir",
        ["kolya"] = "nikolay",
        ["kolja"] = "nikolay",
        ["misha"] = "mikhail",
        ["mischa"] = "mikhail",
        ["seryozha"] = "sergey",
        ["serjoscha"] = "sergey",
        ["vanya"] = "ivan",
        ["wanja"] = "ivan",
        ["zhenya"] = "yevgeniy",
        ["shenja"] = "yevgeniy",
        ["lyosha"] = "aleksey",
        ["ljoscha"] = "aleksey",
        ["yura"] = "yuriy",
        ["jura"] = "yuriy",
        ["petya"] = "pyotr",
        ["pascha"] = "pavel",
        ["pasha"] = "pavel",
        ["slava"] = "vyacheslav",
        ["tolya"] = "anatoliy",
        ["vitya"] = "viktor",
        ["grisha"] = "grigoriy",
        ["bibi"] = "benjamin",
        ["ben"] = "benjamin",
        ["bill"] = "william",
        ["will"] = "william",
        ["bob"] = "robert",
        ["rob"] = "robert",
        ["jim"] = "james",
        ["jimmy"] = "james",
        ["mike"] = "mikhail",
        ["ted"] = "theodore",
        ["teddy"] = "theodore",
        ["tom"] = "thomas",
        ["dick"] = "richard",
        ["rick"] = "richard",
        ["tony"] = "anthony",
        ["joe"] = "joseph",
        ["sepp"] = "joseph",
        ["hans"] = "johannes",
        ["barry"] = "barack",
        ["kate"] = "katherine",
        ["liz"] = "elizabeth",
        ["peggy"] = "margaret",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Maps every member of a spelling group to the group's canonical form.</summary>
    public static FrozenDictionary<string, string> SpellingGroups { get; } = BuildGroups();

    private static FrozenDictionary<string, string> BuildGroups()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in s_groups)
        {
            foreach (var member in group)
            {
                map.TryAdd(member, group[0]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
