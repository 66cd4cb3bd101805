using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace SanctionWatch.Server.Api;

/// <summary>
/// Reads yente's query parameters: lists given repeated or comma-separated, numbers and timestamps that, when
/// unreadable or out of range, answer a 422 naming the parameter as FastAPI does, instead of being ignored.
/// </summary>
public static partial class QueryParameters
{
    /// <summary>The values of a list parameter (<c>?topics=a&amp;topics=b</c> or <c>?topics=a,b</c>).</summary>
    public static HashSet<string> List(IQueryCollection query, string name)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query[name]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A number parameter, <paramref name="fallback"/> when absent; null with <paramref name="error"/> when unreadable.</summary>
    public static double? Number(IQueryCollection query, string name, double fallback, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        error = null;
        string? raw = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            return value;
        }

        error = YenteErrors.InvalidParameter(name, "Input should be a valid number, unable to parse string as a number", raw, "float_parsing");
        return null;
    }

    /// <summary>A whole-number parameter between 0 and <paramref name="max"/>, <paramref name="fallback"/> when absent.</summary>
    public static int? Integer(IQueryCollection query, string name, int fallback, int max, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        error = null;
        string? raw = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            error = YenteErrors.InvalidParameter(name, "Input should be a valid integer, unable to parse string as an integer", raw, "int_parsing");
            return null;
        }

        if (value > max)
        {
            error = YenteErrors.InvalidParameter(name, $"Input should be less than or equal to {max}", raw, "less_than_equal");
            return null;
        }

        return Math.Max(0, value);
    }

    /// <summary>A boolean parameter (true/false/1/0), <paramref name="fallback"/> when absent.</summary>
    public static bool? Boolean(IQueryCollection query, string name, bool? fallback, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        error = null;
        string? raw = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        switch (raw.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "on":
                return true;
            case "false" or "0" or "no" or "off":
                return false;
            default:
                error = YenteErrors.InvalidParameter(name, "Input should be a valid boolean, unable to interpret input", raw, "bool_parsing");
                return null;
        }
    }

    /// <summary><c>changed_since</c>: a date or timestamp (<c>2024-01-31</c>, <c>2024-01-31T12:00:00</c>), or null when absent.</summary>
    public static string? Timestamp(IQueryCollection query, string name, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        error = null;
        string? raw = query[name].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (!TimestampPattern().IsMatch(raw))
        {
            error = YenteErrors.InvalidParameter(name, "String should match pattern 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS'", raw, "string_pattern_mismatch");
            return null;
        }

        return raw;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$")]
    private static partial Regex TimestampPattern();
}
