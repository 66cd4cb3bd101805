using System.Text;
using Microsoft.Data.Sqlite;
using SanctionWatch.Model.Documents;
using SanctionWatch.Storage.Sqlite;
using SanctionWatch.Tests.Support;

namespace SanctionWatch.Storage.Tests;

/// <summary>Purging from the SQLite store removes the text from the file's bytes, not only from query results.</summary>
public sealed class SqlitePurgeTests
{
    private const string Marker = "Quxmarkerzeta7731";

    [Fact]
    public void Purge_DocumentWithAUniqueWord_TheWordIsGoneFromTheFileAndTheSearchIndex()
    {
        using var folder = new TempFolder();
        string path = folder.File("sw.db");
        string secret = $"Der Informant {Marker} berichtete über die Lieferung. " + string.Concat(Enumerable.Repeat("Weiterer Text füllt die Seite. ", 400));
        using (var store = SqliteDocumentStore.Open(path))
        {
            store.Ingest([
                new Document("secret", "secret.txt", $"Titel {Marker}", "de", null, secret, null),
                new Document("other", "other.txt", "Anderes", "de", null, "Eine andere Lieferung wurde gemeldet.", null),
            ]);
            var claimed = store.Claim("w", 10, TimeSpan.FromMinutes(1));
            foreach (var document in claimed)
            {
                Mention[] mentions = document.Id == "secret" ? [new Mention(14, 14 + Marker.Length, Marker, "Person", null, Marker, null, "test")] : [];
                store.Complete("w", new DocumentAnalysis(document.Id, "v1", [new TextSpan(0, 3)], mentions));
            }

            Assert.True(Contains(path, Marker), "the marker should be in the file before the purge (else the test proves nothing)");
            Assert.True(store.Purge("secret"));
        }

        Assert.False(Contains(path, Marker));
        Assert.False(Contains(path, Marker.ToLowerInvariant()));
        Assert.Equal(0, Count(path, $"SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '{Marker}'"));
        Assert.Equal(1, Count(path, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Lieferung'"));
    }

    // The database file and its write-ahead log, if one is left.
    private static bool Contains(string path, string text)
    {
        byte[] needle = Encoding.UTF8.GetBytes(text);
        return new[] { path, path + "-wal" }.Where(File.Exists).Any(p => File.ReadAllBytes(p).AsSpan().IndexOf(needle) >= 0);
    }

    private static long Count(string path, string sql)
    {
        using var connection = SqliteDatabase.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
