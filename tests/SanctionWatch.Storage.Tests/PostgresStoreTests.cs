using SanctionWatch.Model.Documents;
using SanctionWatch.Storage.Documents;
using SanctionWatch.Storage.Lists;
using SanctionWatch.Storage.Postgres;
using SanctionWatch.Storage.Postgres.Lists;
using ListModel = SanctionWatch.Lists.Model;

namespace SanctionWatch.Storage.Tests;

/// <summary>The store contract on PostgreSQL (a fresh database per test), plus what only the server store does.</summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    private TestPostgres? _database;

    private string ConnectionString => (_database ??= TestPostgres.Create()).ConnectionString;

    /// <inheritdoc />
    protected override IDocumentStore OpenDocumentStore() => PostgresDocumentStore.Open(ConnectionString);

    /// <inheritdoc />
    protected override IListStore OpenListStore() => new PostgresListStore(ConnectionString);

    /// <inheritdoc />
    protected override void DisposeEngine() => _database?.Dispose();

    [Fact]
    public void Search_GermanAndEnglishWords_MatchInflectedFormsInTheirOwnLanguage()
    {
        using var store = PostgresDocumentStore.Open(ConnectionString);
        store.Ingest([
            new Document("de1", "de1.txt", "Lieferungen", "de", null, "Die Sanktionen gegen Nordkorea wurden durch Schiffslieferungen umgangen.", null),
            new Document("en1", "en1.txt", "Shipments", "en", null, "The shipments evaded the sanctioned ports of North Korea.", null),
            new Document("en2", "en2.txt", "Weather", "en", null, "It rained in Vladivostok.", null),
        ]);

        Assert.Equal(["de1"], store.Search("Sanktion"));
        Assert.Equal(["en1"], store.Search("shipment sanction"));
        Assert.Empty(store.Search("Moskau"));
    }

    [Fact]
    public void Purge_Document_IsNoLongerFoundByFullTextSearch()
    {
        using var store = PostgresDocumentStore.Open(ConnectionString);
        store.Ingest([
            new Document("p1", "p1.txt", null, "en", null, "The informant Zyxwvutsa reported the shipment.", null),
            new Document("p2", "p2.txt", null, "en", null, "Another shipment was reported.", null),
        ]);
        Assert.Equal(["p1"], store.Search("Zyxwvutsa"));

        Assert.True(store.Purge("p1"));

        Assert.Empty(store.Search("Zyxwvutsa"));
        Assert.Equal(["p2"], store.Search("shipment"));
    }

    [Fact]
    public void FindSimilarNames_MisspelledName_FindsTheListEntry()
    {
        using var lists = new PostgresListStore(ConnectionString);
        Assert.SkipUnless(lists.HasTrigrams, "pg_trgm is not available on the test server");
        lists.ReplaceList(new ListModel.ListSnapshot(
            new ListModel.ListMetadata("un", "UN", null, "un.xml", ListModel.ListFormat.UnConsolidatedXml, 2, DateTimeOffset.UnixEpoch),
            [Entity("1", "Sergei Shoigu"), Entity("2", "Kim Jong Un")],
            []));

        var hits = lists.FindSimilarNames("Sergey Shoygu");

        Assert.Equal("1", Assert.Single(hits).EntityId);
    }

    [Fact]
    public void Open_UnreachableServer_ThrowsAOneLineStoreException()
    {
        var error = Assert.Throws<StoreException>(() => PostgresDocumentStore.Open("postgres://postgres@127.0.0.1:1/none"));

        Assert.StartsWith("cannot reach PostgreSQL at 127.0.0.1:1:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ToBuilder_PostgresUrl_CarriesUserHostPortDatabaseAndOptions()
    {
        var builder = PostgresDatabase.ToBuilder("postgres://ana:p%40ss@db.example:6543/sw?sslmode=disable");

        Assert.Equal(("ana", "p@ss", "db.example", 6543, "sw"), (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database));
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
    }

    private static ListModel.ListEntity Entity(string id, string name) =>
        new(id, "Person", name, "un", id, [], "un.xml", null, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
}
