namespace SanctionWatch.Server.Api;

/// <summary>The FollowTheMoney schema names a <c>/match</c> query may use; any other is a client error, as in yente.</summary>
public static class FtmSchemata
{
    /// <summary>The known schema names (FollowTheMoney 3.x), found in any case ("person" is Person), as <c>screen</c> and linking read them.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Address", "Airplane", "Analyzable", "Article", "Asset", "Associate", "Audio", "BankAccount", "Call", "CallForTenders",
        "Company", "Contract", "ContractAward", "CourtCase", "CourtCaseParty", "CryptoWallet", "Debt", "Directorship",
        "Document", "Documentation", "EconomicActivity", "Email", "Employment", "Event", "Family", "Folder", "HyperText",
        "Identification", "Image", "Interest", "Interval", "LegalEntity", "License", "Membership", "Mention", "Message",
        "Note", "Occupancy", "Organization", "Ownership", "Package", "Page", "Pages", "Passport", "Payment", "Person",
        "PlainText", "Position", "Project", "ProjectParticipant", "PublicBody", "Representation", "Sanction", "Security",
        "Similar", "Succession", "Table", "TaxRoll", "Thing", "Trip", "UnknownLink", "UserAccount", "Value", "Vehicle",
        "Vessel", "Video", "Workbook",
    };
}
