namespace SanctionWatch.Model.Ids;

/// <summary>
/// IMO ship identification numbers: seven digits whose last is a check digit (the first six weighted 7 to 2,
/// summed, modulo 10). A vessel named by its IMO number is the same vessel whatever name the text gives it.
/// </summary>
public static class ImoNumber
{
    /// <summary>The prefix of a mention or entity key that identifies a vessel by its IMO number.</summary>
    public const string KeyPrefix = "imo:";

    /// <summary>True when <paramref name="digits"/> is seven digits with a correct check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 7)
        {
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 7; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            if (i < 6)
            {
                sum += (digits[i] - '0') * (7 - i);
            }
        }

        return sum % 10 == digits[6] - '0';
    }

    /// <summary>The seven digits of a value as lists and texts write it (<c>IMO9179842</c>, <c>IMO 9179842</c>, <c>9179842</c>), or null.</summary>
    public static string? Digits(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string digits = string.Concat(value.Where(char.IsAsciiDigit));
        return digits.Length == 7 ? digits : null;
    }

    /// <summary>The mention key of the vessel with IMO number <paramref name="digits"/>.</summary>
    public static string Key(string digits) => KeyPrefix + digits;

    /// <summary>The IMO number's digits when <paramref name="key"/> is an IMO key, else null.</summary>
    public static string? FromKey(string? key) =>
        key is not null && key.StartsWith(KeyPrefix, StringComparison.Ordinal) ? key[KeyPrefix.Length..] : null;
}
