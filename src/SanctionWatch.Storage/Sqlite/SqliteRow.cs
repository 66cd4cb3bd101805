using Microsoft.Data.Sqlite;

namespace SanctionWatch.Storage.Sqlite;

/// <summary>
/// A statement run once per row, such as a prepared <c>INSERT</c>: its text parameters are named once, in order, and
/// each row gives their values in that order.
/// </summary>
internal sealed class SqliteRow
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    /// <summary>Adds the text parameters <paramref name="names"/> to <paramref name="command"/>.</summary>
    public SqliteRow(SqliteCommand command, params string[] names)
    {
        _command = command;
        _parameters = [.. names.Select(name => command.Parameters.Add(name, SqliteType.Text))];
    }

    /// <summary>The command with the parameters set to <paramref name="values"/>, in the order they were named; null is SQL NULL.</summary>
    public SqliteCommand With(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (int i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return _command;
    }
}
