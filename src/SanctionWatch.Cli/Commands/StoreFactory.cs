using SanctionWatch.Model.Reviews;
using SanctionWatch.Storage;
using SanctionWatch.Storage.Lists;

namespace SanctionWatch.Cli.Commands;

/// <summary>
/// What the <c>screen</c> command still opens by itself, by address, until it takes <see cref="CliServices"/> like the
/// other commands (it belongs to the matching work): the lists, the review log and the missing-file check.
/// </summary>
public static class StoreFactory
{
    /// <summary>Opens the sanctions-list store at <paramref name="db"/> (SQLite file or PostgreSQL); dispose it when done.</summary>
    public static IListStore OpenLists(string db) => Store.OpenLists(db);

    /// <summary>The review decision log of the store at <paramref name="db"/>.</summary>
    public static IReadOnlyList<ReviewDecision> Decisions(string db)
    {
        using var reviews = Store.OpenReviews(db);
        return reviews.Log();
    }

    /// <inheritdoc cref="CliServices.RequireStore"/>
    public static void RequireStore(string db) => CliServices.RequireStore(db);
}
