namespace SanctionWatch.Lists.Model;

/// <summary>FollowTheMoney property names used by the importers and the matcher.</summary>
public static class FtmProperty
{
    /// <summary>Primary names.</summary>
    public const string Name = "name";

    /// <summary>Strong aliases (a.k.a., good quality).</summary>
    public const string Alias = "alias";

    /// <summary>Weak aliases (low quality, nicknames): matched only with care.</summary>
    public const string WeakAlias = "weakAlias";

    /// <summary>Former names (f.k.a.).</summary>
    public const string PreviousName = "previousName";

    /// <summary>First name.</summary>
    public const string FirstName = "firstName";

    /// <summary>Last name.</summary>
    public const string LastName = "lastName";

    /// <summary>Birth dates (ISO prefixes: yyyy, yyyy-MM, yyyy-MM-dd).</summary>
    public const string BirthDate = "birthDate";

    /// <summary>Places of birth.</summary>
    public const string BirthPlace = "birthPlace";

    /// <summary>Nationalities (country names or codes as the list writes them).</summary>
    public const string Nationality = "nationality";

    /// <summary>Countries linked to the entry (addresses, jurisdiction).</summary>
    public const string Country = "country";

    /// <summary>Gender.</summary>
    public const string Gender = "gender";

    /// <summary>Titles and honorifics.</summary>
    public const string Title = "title";

    /// <summary>Positions and designations.</summary>
    public const string Position = "position";

    /// <summary>Addresses in full.</summary>
    public const string Address = "address";

    /// <summary>Passport numbers.</summary>
    public const string PassportNumber = "passportNumber";

    /// <summary>Other identification numbers.</summary>
    public const string IdNumber = "idNumber";

    /// <summary>Registration numbers of companies.</summary>
    public const string RegistrationNumber = "registrationNumber";

    /// <summary>IMO numbers of vessels.</summary>
    public const string ImoNumber = "imoNumber";

    /// <summary>Call signs of vessels.</summary>
    public const string CallSign = "callSign";

    /// <summary>Vessel flags.</summary>
    public const string Flag = "flag";

    /// <summary>Vessel types.</summary>
    public const string Type = "type";

    /// <summary>Free-text notes and remarks.</summary>
    public const string Notes = "notes";

    /// <summary>All name-bearing properties, strongest first.</summary>
    public static IReadOnlyList<string> NameProperties { get; } = [Name, Alias, PreviousName, WeakAlias];
}
