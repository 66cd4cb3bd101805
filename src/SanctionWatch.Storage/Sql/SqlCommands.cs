using System.Data;

namespace SanctionWatch.Storage.Sql;

/// <summary>Commands and parameters through the ADO.NET base types, which SQLite and PostgreSQL both implement.</summary>
public static class SqlCommands
{
    /// <summary>A command running <paramref name="sql"/>, in <paramref name="transaction"/> when given (SQLite requires it inside one).</summary>
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Adds the parameter <paramref name="name"/> (<c>@name</c>, which both backends read) with <paramref name="value"/>, null as SQL NULL.</summary>
    public static DbParameter Add(this DbCommand command, string name, object? value) => command.Add(name, value, type: null);

    /// <summary>
    /// Adds the parameter <paramref name="name"/> with <paramref name="value"/> of <paramref name="type"/>, which PostgreSQL
    /// needs to type a NULL.
    /// </summary>
    public static DbParameter Add(this DbCommand command, string name, object? value, DbType? type)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        if (type is { } t)
        {
            parameter.DbType = t;
        }

        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>
    /// Adds one parameter per value, named <paramref name="prefix"/> and its index, and returns their names joined by commas,
    /// for a row of <c>VALUES</c> or an <c>IN</c> list.
    /// </summary>
    public static string AddEach<T>(this DbCommand command, string prefix, IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var names = new string[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            names[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
            command.Add(names[i], values[i]);
        }

        return string.Join(", ", names);
    }
}
