using SanctionWatch.Lists.Model;
using SanctionWatch.Model.Schemata;

namespace SanctionWatch.Server.Api;

/// <summary>
/// The FollowTheMoney <c>Sanction</c> entity of a list entry, as OpenSanctions nests it under <c>sanctions</c>:
/// authority, programme, listing date, reason and source URL where the list has them.
/// </summary>
public static class SanctionEntities
{
    /// <summary>The property a sanctioned entity's Sanction hangs from.</summary>
    public const string Property = "sanctions";

    /// <summary>What ends the id of an entry's Sanction entity.</summary>
    public const string IdSuffix = ":sanction";

    // Properties the importers keep on the entry that FtM puts on the Sanction instead.
    private static readonly HashSet<string> SanctionOnly = new(StringComparer.Ordinal) { "listingDate" };

    /// <summary>True when <paramref name="property"/> belongs on the Sanction, not on the listed entity.</summary>
    public static bool MovesToSanction(string property) => SanctionOnly.Contains(property);

    /// <summary>The Sanction entity of <paramref name="entity"/>, or null when the list says nothing about one (an FtM dataset without programmes).</summary>
    public static ListEntity? Of(ListEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        string? authority = YenteDatasets.AuthorityOf(entity.ListId);
        if (authority is null && entity.Programs.Count == 0)
        {
            return null;
        }

        var props = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["entity"] = [entity.Id],
        };
        if (authority is not null)
        {
            props["authority"] = [authority];
        }

        if (entity.Programs.Count > 0)
        {
            props["program"] = entity.Programs;
        }

        var listed = entity.Get("listingDate").Select(d => d.Length >= 10 ? d[..10] : d).ToArray();
        if (listed.Length > 0)
        {
            props["listingDate"] = listed;
        }

        // The UN's and the EU's narrative is the listing's reason; OFAC's remarks are identifiers, not reasons.
        if (entity.ListId is "un-sc" or "eu-fsf" && entity.Get(FtmProperty.Notes) is { Count: > 0 } notes)
        {
            props["reason"] = notes;
        }

        if (entity.ListId == "un-sc")
        {
            props["unscId"] = [entity.Reference];
        }
        else if (authority is not null)
        {
            props["authorityId"] = [entity.Reference];
        }

        if (YenteDatasets.SourceUrlOf(entity.ListId, entity.Reference) is { } url)
        {
            props["sourceUrl"] = [url];
        }

        string caption = entity.Programs.Count > 0 ? entity.Programs[0] : authority ?? "Sanction";
        return new ListEntity(entity.Id + IdSuffix, SchemaNames.Sanction, caption, entity.ListId, entity.Reference, entity.Programs, entity.SourceFile, entity.ListDate, props);
    }
}
