using System.Text.Json;

namespace SanctionWatch.Lists.Ftm;

/// <summary>The piece every FollowTheMoney JSON writer repeats: a property (or dataset list) as an array of strings.</summary>
public static class FtmJsonWriter
{
    /// <summary>Writes <c>"name": [values…]</c>.</summary>
    public static void WriteStringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
