namespace SanctionWatch.Analysis.Events;

/// <summary>What a party told by its country only is ("a Laotian bank", "a Russian tanker", "a North Korean missile official").</summary>
internal enum DescribedKind
{
    /// <summary>Not told by its country only.</summary>
    None,

    /// <summary>A company, bank or other firm.</summary>
    Firm,

    /// <summary>A ship.</summary>
    Ship,

    /// <summary>A person: an official, a banker, a national.</summary>
    Person,
}
