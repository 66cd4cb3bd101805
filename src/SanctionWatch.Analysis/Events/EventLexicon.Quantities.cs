using System.Globalization;

namespace SanctionWatch.Analysis.Events;

/// <summary>The number words of the lexicon: how a quantity is said (number words, articles, multipliers, units, qualifiers, vague amounts).</summary>
internal sealed partial class EventLexicon
{
    public PhraseTable<string> Qualifiers { get; } = new();

    public PhraseTable<double> Vague { get; } = new();

    public NumberWords NumberWords { get; } = new();

    public Dictionary<string, double> Articles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Multipliers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    public HashSet<string> QuantityFiller { get; } = new(StringComparer.Ordinal);

    private void LoadNumbers(string language)
    {
        foreach (var row in Rows("numbers", language))
        {
            switch (row[1])
            {
                case "qualifier":
                    Qualifiers.Add(row[2], row[3]);
                    break;
                case "unit":
                    Units[row[2]] = row[3];
                    break;
                case "ignore":
                    foreach (string w in row[2].Split('|'))
                    {
                        QuantityFiller.Add(w);
                    }

                    break;
                case "joiner":
                    NumberWords.AddJoiner(row[2]);
                    break;
                case "vague":
                    Vague.Add(row[2], double.Parse(row[3], CultureInfo.InvariantCulture));
                    break;
                case "number":
                    NumberWords.AddWord(row[2], double.Parse(row[3], CultureInfo.InvariantCulture));
                    break;
                case "multiplier":
                    double scale = double.Parse(row[3], CultureInfo.InvariantCulture);
                    Multipliers[row[2]] = scale;
                    if (scale is 100 or 1000)
                    {
                        NumberWords.AddScale(row[2], scale);
                    }

                    break;
                case "article":
                    double one = double.Parse(row[3], CultureInfo.InvariantCulture);
                    Articles[row[2]] = one;
                    if (row[2].Length >= 3)
                    {
                        NumberWords.AddPart(row[2], one); // "ein" in "einhundert", "einundzwanzig"
                    }

                    break;
                default:
                    throw new InvalidDataException($"numbers.tsv: unknown kind '{row[1]}'");
            }
        }
    }
}
