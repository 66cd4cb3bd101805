using System.Collections.Frozen;

namespace SanctionWatch.Assessment.Linking;

/// <summary>
/// Ordinary words that name kinds of bodies, places, topics and people rather than one party ("Forum", "Region",
/// "Armed Forces", "Ministry of Defense"): a name made only of them needs a qualifying country to be linked.
/// </summary>
public static class DescriptorWords
{
    private static readonly FrozenSet<string> Words = """
        academy administration affairs agency air airline airlines alliance allied ally alternative armed army arms
        assembly association atlantic atomic authority aviation bank banking base battalion board border brigade
        bureau business cabinet capital cartel center central centre chamber charity chemical citizens civil
        coalition coast college command commerce commercial commission committee communication communications
        communist community company conference congress conservative construction consulate cooperation
        council country court credit criminal cultural culture cyber defence defense democratic democracy department
        development digital diplomacy directorate division economic economy education electric electronic elite
        embassy emergency energy engineering enterprise enterprises environment environmental equipment europe
        european exchange executive export federal federation finance financial fleet force forces foreign forum
        foundation free freedom front fund future general global gold government green group guard guards health
        heritage higher holding holdings home homeland house human humanitarian import independent industrial
        industries industry information infrastructure institute institution intelligence interior internal
        international investment joint justice labor labour law leadership league legal liberation logistics
        management marine maritime media medical metal middle military mining ministry minister mission movement
        municipal national navy network new news north northeast northern nuclear office oil operations order
        organisation organization pacific parliament partner partners partnership party patriot peace people peoples
        petroleum planning police policy political popular port power press prison private production program
        programme progress project protection provincial public radio railway reconstruction region regional relations
        relief republic republican research reserve resistance resources revolution revolutionary rocket royal safety
        science sciences scientific sea secret security senate service services shipping social society south
        southeast southern space special staff standard state states station steel strategic strategy students
        supreme support sustainable systems task tax team technical technologies technology telecommunications
        territorial terror the tower trade trading training transnational transport transportation treasury trust
        union united university unit units veterans war water west western women workers working world youth
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> (lower-case ASCII) is an ordinary descriptor word.</summary>
    public static bool IsGeneric(string word) => Words.Contains(word) || (word.EndsWith('s') && Words.Contains(word[..^1]));
}
