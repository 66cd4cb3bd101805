using System.Text;

namespace SanctionWatch.Tests.Support;

/// <summary>Deterministic input mutations for bounded fuzzing: byte flips, cuts, repeats and hostile tokens.</summary>
public sealed class Mutator
{
    // Tokens that reach parser corners: markup, entities, quotes, separators, NUL, invalid UTF-8, a BOM.
    private static readonly byte[][] Tokens = new[]
    {
        "<", ">", "</", "/>", "&", "&amp;", "&#0;", "&#xD800;", "&a;", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>",
        "<![CDATA[", "]]>", "<!--", "-->", "<script>", "\"", "'", ",", ",,,,", "\r\n", "\n", "{", "}", "[", "]", ":",
        "null", "\\u0000", "---\n", "# ", "\0", "\uFFFD", "onload=", "-0- ",
    }.Select(Encoding.UTF8.GetBytes).Concat(new[] { new byte[] { 0xFF }, new byte[] { 0xC3 }, new byte[] { 0xEF, 0xBB, 0xBF } }).ToArray();

    private readonly Random _random;

    /// <summary>Creates a mutator whose choices follow <paramref name="seed"/>, so a failure can be replayed.</summary>
    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>Random bytes of a random length up to <paramref name="maxLength"/>.</summary>
    public byte[] RandomBytes(int maxLength)
    {
        var bytes = new byte[_random.Next(maxLength + 1)];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Applies one to four mutations to a copy of <paramref name="input"/>.</summary>
    public byte[] Mutate(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = new List<byte>(input);
        int rounds = 1 + _random.Next(4);
        for (int i = 0; i < rounds; i++)
        {
            int at = _random.Next(bytes.Count + 1);
            switch (_random.Next(5))
            {
                case 0 when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] = (byte)_random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, _random.Next(Math.Min(64, bytes.Count - at) + 1));
                    break;
                case 2:
                    int length = _random.Next(Math.Min(128, bytes.Count - at) + 1);
                    var slice = bytes.GetRange(at, length);
                    for (int copy = _random.Next(1, 4); copy > 0; copy--)
                    {
                        bytes.InsertRange(at, slice);
                    }

                    break;
                case 3:
                    bytes.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
