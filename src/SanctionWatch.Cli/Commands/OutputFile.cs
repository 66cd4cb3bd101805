namespace SanctionWatch.Cli.Commands;

/// <summary>
/// Output files (<c>--out</c>): checked before any work starts, written to a temporary file beside the target and
/// moved into place, and the temporary file removed whatever goes wrong, so that a failure leaves neither half an
/// output nor a <c>.tmp</c> file.
/// </summary>
public static class OutputFile
{
    /// <summary>Fails now, with one line, when <paramref name="file"/> could not be written later; null is standard output.</summary>
    public static void Check(FileInfo? file)
    {
        if (file is null)
        {
            return;
        }

        string? folder = Path.GetDirectoryName(file.FullName);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserErrorException($"cannot write '{file}': the folder '{folder}' does not exist; nothing was done");
        }

        if (Directory.Exists(file.FullName))
        {
            throw new UserErrorException($"cannot write '{file}': it is a folder; name a file; nothing was done");
        }

        string probe = Temporary(file);
        try
        {
            using (File.Create(probe))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot write '{file}': {CliApp.OneLine(e.Message)}; nothing was done", e);
        }
        finally
        {
            File.Delete(probe);
        }
    }

    /// <summary>Writes through <paramref name="write"/> to <paramref name="file"/>, or to standard output when it is null.</summary>
    public static void Write(FileInfo? file, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (file is null)
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            return;
        }

        string temporary = Temporary(file);
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException(OperatorErrors.Describe(e) is { } known ? $"cannot write '{file}': {known}" : $"cannot write '{file}': {CliApp.OneLine(e.Message)}", e);
        }
        finally
        {
            File.Delete(temporary); // gone already after the move; left only by a failure
        }
    }

    private static string Temporary(FileInfo file) =>
        file.FullName + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
}
