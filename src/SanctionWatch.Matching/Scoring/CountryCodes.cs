using System.Collections.Frozen;

namespace SanctionWatch.Matching.Scoring;

/// <summary>Maps country names and codes, as lists and users write them, to ISO 3166 alpha-2 codes (the countries sanctions screening meets most).</summary>
public static class CountryCodes
{
    private static readonly FrozenDictionary<string, string> s_map = Build();

    /// <summary>The lower-case ISO code of <paramref name="country"/>, or null when unknown.</summary>
    public static string? ToCode(string country)
    {
        string key = Key(country);
        if (key.Length == 2)
        {
            return key;
        }

        return s_map.GetValueOrDefault(key);
    }

    /// <summary>
    /// The lower-case ISO code of <paramref name="country"/> when it is a code or a name known here (the table above,
    /// or a region the runtime's ISO 3166 data knows by code or English name); null otherwise, where
    /// <see cref="ToCode"/> would pass any two letters through.
    /// </summary>
    public static string? TryStrict(string country)
    {
        string key = Key(country);
        if (key.Length == 2)
        {
            return s_map.Values.Contains(key) || s_regions.Value.Codes.Contains(key) ? key : null;
        }

        return s_map.GetValueOrDefault(key) ?? s_regions.Value.Names.GetValueOrDefault(key);
    }

    private static readonly Lazy<(HashSet<string> Codes, Dictionary<string, string> Names)> s_regions = new(Regions);

    private static (HashSet<string> Codes, Dictionary<string, string> Names) Regions()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'A'; b <= 'Z'; b++)
            {
                try
                {
                    var region = new System.Globalization.RegionInfo($"{a}{b}");
                    if (region.TwoLetterISORegionName.Length != 2 || region.TwoLetterISORegionName != $"{a}{b}")
                    {
                        continue;
                    }

                    string code = region.TwoLetterISORegionName.ToLowerInvariant();
                    codes.Add(code);
                    names.TryAdd(Key(region.EnglishName), code);
                }
                catch (ArgumentException)
                {
                    // not a region code
                }
            }
        }

        return (codes, names);
    }

    // Lower case letters, words joined by one space: "Korea, North" is "korea north", "north-korea" "north korea".
    private static string Key(string country) =>
        string.Join(' ', new string(country.ToLowerInvariant().Select(c => c is '-' or '_' ? ' ' : c).Where(c => char.IsLetter(c) || c == ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static FrozenDictionary<string, string> Build()
    {
        (string Code, string[] Names)[] table =
        [
            ("ru", ["russia", "russian federation", "russland", "rossiya"]),
            ("kp", ["north korea", "democratic peoples republic of korea", "korea north", "dprk", "nordkorea", "korea democratic peoples republic of"]),
            ("kr", ["south korea", "republic of korea", "korea south", "korea", "suedkorea", "sudkorea"]),
            ("cn", ["china", "peoples republic of china", "volksrepublik china"]),
            ("ir", ["iran", "iran islamic republic of", "islamic republic of iran"]),
            ("sy", ["syria", "syrian arab republic", "syrien"]),
            ("by", ["belarus", "weissrussland", "belarus republic of"]),
            ("ua", ["ukraine"]),
            ("us", ["united states", "united states of america", "usa", "vereinigte staaten"]),
            ("gb", ["united kingdom", "uk", "great britain", "grossbritannien"]),
            ("de", ["germany", "deutschland"]),
            ("fr", ["france", "frankreich"]),
            ("af", ["afghanistan"]),
            ("iq", ["iraq", "irak"]),
            ("pk", ["pakistan"]),
            ("ae", ["united arab emirates", "uae", "vereinigte arabische emirate"]),
            ("tr", ["turkey", "turkiye", "tuerkei", "turkei"]),
            ("lb", ["lebanon", "libanon"]),
            ("ye", ["yemen", "jemen"]),
            ("so", ["somalia"]),
            ("ly", ["libya", "libyen"]),
            ("sd", ["sudan"]),
            ("ss", ["south sudan"]),
            ("cu", ["cuba", "kuba"]),
            ("ve", ["venezuela"]),
            ("mm", ["burma", "myanmar"]),
            ("cd", ["democratic republic of the congo", "congo democratic republic of the", "drc"]),
            ("cf", ["central african republic"]),
            ("ml", ["mali"]),
            ("ni", ["nicaragua"]),
            ("kz", ["kazakhstan", "kasachstan"]),
            ("uz", ["uzbekistan", "usbekistan"]),
            ("sa", ["saudi arabia", "saudiarabien"]),
            ("eg", ["egypt", "aegypten", "agypten"]),
            ("jo", ["jordan", "jordanien"]),
            ("ps", ["palestine", "palestinian territories", "west bank", "gaza"]),
            ("il", ["israel"]),
            ("in", ["india", "indien"]),
            ("bd", ["bangladesh"]),
            ("id", ["indonesia", "indonesien"]),
            ("ph", ["philippines", "philippinen"]),
            ("my", ["malaysia"]),
            ("sg", ["singapore", "singapur"]),
            ("hk", ["hong kong"]),
            ("tw", ["taiwan"]),
            ("jp", ["japan"]),
            ("vn", ["vietnam", "viet nam"]),
            ("th", ["thailand"]),
            ("kh", ["cambodia", "kambodscha"]),
            ("mn", ["mongolia", "mongolei"]),
            ("ng", ["nigeria"]),
            ("ke", ["kenya", "kenia"]),
            ("et", ["ethiopia", "aethiopien"]),
            ("er", ["eritrea"]),
            ("dz", ["algeria", "algerien"]),
            ("tn", ["tunisia", "tunesien"]),
            ("ma", ["morocco", "marokko"]),
            ("qa", ["qatar", "katar"]),
            ("kw", ["kuwait"]),
            ("bh", ["bahrain"]),
            ("om", ["oman"]),
            ("ge", ["georgia", "georgien"]),
            ("am", ["armenia", "armenien"]),
            ("az", ["azerbaijan", "aserbaidschan"]),
            ("kg", ["kyrgyzstan", "kirgisistan"]),
            ("tj", ["tajikistan", "tadschikistan"]),
            ("tm", ["turkmenistan"]),
            ("cy", ["cyprus", "zypern"]),
            ("gr", ["greece", "griechenland"]),
            ("it", ["italy", "italien"]),
            ("es", ["spain", "spanien"]),
            ("ch", ["switzerland", "schweiz"]),
            ("at", ["austria", "oesterreich", "osterreich"]),
            ("nl", ["netherlands", "niederlande"]),
            ("be", ["belgium", "belgien"]),
            ("pl", ["poland", "polen"]),
            ("pa", ["panama"]),
            ("mx", ["mexico", "mexiko"]),
            ("co", ["colombia", "kolumbien"]),
            ("br", ["brazil", "brasilien"]),
            ("ar", ["argentina", "argentinien"]),
            ("ca", ["canada", "kanada"]),
            ("au", ["australia", "australien"]),
            ("za", ["south africa", "suedafrika", "sudafrika"]),
            ("zw", ["zimbabwe", "simbabwe"]),
            ("ug", ["uganda"]),
            ("rw", ["rwanda", "ruanda"]),
            ("bi", ["burundi"]),
            ("gn", ["guinea"]),
            ("lr", ["liberia"]),
            ("ci", ["cote divoire", "ivory coast"]),
            ("mz", ["mozambique", "mosambik"]),
            ("md", ["moldova", "moldau"]),
            ("rs", ["serbia", "serbien"]),
            ("ba", ["bosnia and herzegovina", "bosnien und herzegowina"]),
            ("xk", ["kosovo"]),
            ("mk", ["north macedonia", "nordmazedonien"]),
            ("al", ["albania", "albanien"]),
            ("lk", ["sri lanka"]),
            ("np", ["nepal"]),
            ("la", ["laos"]),
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, names) in table)
        {
            foreach (var name in names)
            {
                map.TryAdd(name, code);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
