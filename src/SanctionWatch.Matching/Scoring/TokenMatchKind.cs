namespace SanctionWatch.Matching.Scoring;

/// <summary>Why two name tokens were taken to be the same.</summary>
public enum TokenMatchKind
{
    /// <summary>Not similar.</summary>
    None = 0,

    /// <summary>Identical after normalisation.</summary>
    Exact,

    /// <summary>Members of one spelling group (Kim/Gim, Dmitriy/Dimitri).</summary>
    Spelling,

    /// <summary>Same phonetic key (Peskow/Peskov, Schoigu/Shoigu).</summary>
    Phonetic,

    /// <summary>Close in edit distance (typos).</summary>
    Edit,

    /// <summary>An initial against a full token.</summary>
    Initial,

    /// <summary>A nickname or short form against the full name (Dima/Dmitriy, Bibi/Benjamin).</summary>
    Nickname,
}
