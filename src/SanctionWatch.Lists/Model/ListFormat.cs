namespace SanctionWatch.Lists.Model;

/// <summary>The list file formats the importers understand.</summary>
public enum ListFormat
{
    /// <summary>Not a known list format.</summary>
    Unknown = 0,

    /// <summary>UN Security Council consolidated list XML.</summary>
    UnConsolidatedXml,

    /// <summary>OFAC SDN legacy CSV (<c>sdn.csv</c>).</summary>
    OfacSdnCsv,

    /// <summary>OFAC legacy alias CSV (<c>alt.csv</c>).</summary>
    OfacAltCsv,

    /// <summary>OFAC legacy address CSV (<c>add.csv</c>).</summary>
    OfacAddCsv,

    /// <summary>OFAC <c>sdnList</c> XML (<c>sdn.xml</c>, the consolidated non-SDN list).</summary>
    OfacSdnXml,

    /// <summary>FollowTheMoney JSON lines.</summary>
    FtmJsonLines,

    /// <summary>EU financial sanctions file (FSF) XML 1.1.</summary>
    EuFsfXml,
}
