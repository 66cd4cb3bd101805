using Microsoft.Data.Sqlite;

namespace SanctionWatch.Cli;

/// <summary>
/// Turns the failures an operator can fix (disk full, read-only store, permissions, a lock held by another process,
/// a damaged file) into one line that says what happened and what to do, instead of "internal error".
/// </summary>
public static class OperatorErrors
{
    /// <summary>The one-line explanation of <paramref name="error"/>, or null when it is none of the known kinds.</summary>
    public static string? Describe(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && Describe(sqlite) is { } text)
            {
                return text;
            }

            if (e is IOException io && IsDiskFull(io))
            {
                return "the disk is full: free some space (or write elsewhere) and run the command again; nothing half-written was kept";
            }
        }

        return null;
    }

    private static string? Describe(SqliteException e) => (e.SqliteErrorCode & 0xFF) switch
    {
        13 => "the disk holding the store is full: free some space (or move the store and pass --db) and run the command again; the store keeps its last complete state",
        8 => "the store is read-only (a snapshot, a read-only file or mount): reading commands work on it; copy it somewhere writable to change it",
        5 or 6 => "the store is locked by another sanctionwatch process: wait for it to finish (or stop it) and run the command again",
        3 or 23 => "no permission to use the store: check the file's and its folder's owner and mode, or pass another --db",
        14 => "cannot open the store file: check that its folder exists and may be written, or pass another --db",
        10 => $"the disk reported an I/O error while using the store ({CliApp.OneLine(e.Message)}): check the disk and run the command again",
        11 or 26 => "the store file is damaged or not a SanctionWatch store: restore it from a backup or pass another --db",
        _ => null,
    };

    // ENOSPC on Linux and macOS, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
    private static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) is 28 or 112 or 39
        || e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase);
}
