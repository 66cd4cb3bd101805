using SanctionWatch.Matching.Scoring;
using SanctionWatch.Text;

namespace SanctionWatch.Cli.Commands;

/// <summary>The <c>compare</c> command: score two names, or every pair in a CSV file.</summary>
public static class CompareCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliServices services)
    {
        var name1 = new Argument<string?>("name1") { Arity = ArgumentArity.ZeroOrOne, Description = "First name" };
        var name2 = new Argument<string?>("name2") { Arity = ArgumentArity.ZeroOrOne, Description = "Second name" };
        var schema = new Option<string?>("--schema") { Description = "Schema of both names (Person, Organization, …)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var pairs = new Option<FileInfo?>("--pairs") { Description = "A CSV with a header holding at least schema,name1,name2" };
        var output = CommonOptions.Out();
        var command = new Command("compare", "Compare two names and explain the score")
        {
            name1, name2, schema, json, pairs, output,
        };
        command.SetAction(parse => CliApp.Guard(() =>
        {
            var matcher = services.Matcher;
            if (parse.GetValue(pairs) is { } file)
            {
                return ComparePairs(matcher, file, parse.GetValue(output));
            }

            string a = parse.GetValue(name1) ?? throw new UserErrorException("give NAME1 NAME2 or --pairs FILE") { ExitCode = ExitCodes.Usage };
            string b = parse.GetValue(name2) ?? throw new UserErrorException("give NAME1 NAME2 or --pairs FILE") { ExitCode = ExitCodes.Usage };
            var score = matcher.CompareNames(parse.GetValue(schema), a, b, explain: true);
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                using (var w = new Utf8JsonWriter(stdout, ScreeningJson.WriterOptions))
                {
                    w.WriteStartObject();
                    w.WriteString("name1", a);
                    w.WriteString("name2", b);
                    w.WriteNumber("score", score.Score);
                    w.WriteBoolean("match", score.Match);
                    ScreeningJson.WriteExplanations(w, score.Explanations);
                    w.WriteString("algorithm", EntityMatcher.Algorithm);
                    w.WriteNumber("threshold", matcher.Parameters.Threshold);
                    w.WriteEndObject();
                }

                stdout.Write("\n"u8);
                return ExitCodes.Success;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Score:0.000} {(score.Match ? "match" : "no match")} ({EntityMatcher.Algorithm}, threshold {matcher.Parameters.Threshold})"));
            foreach (var (feature, f) in score.Explanations)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {feature} {f.Score:0.00}: {f.Detail}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static int ComparePairs(EntityMatcher matcher, FileInfo file, FileInfo? output)
    {
        if (!file.Exists)
        {
            throw new UserErrorException($"{file.FullName}: no such file");
        }

        using var reader = new StreamReader(file.FullName, Encoding.UTF8);
        List<string>? Next()
        {
            try
            {
                return Csv.ReadRecord(reader);
            }
            catch (FormatException e)
            {
                throw new UserErrorException($"{file.Name}: {e.Message}", e);
            }
        }

        var header = Next() ?? throw new UserErrorException($"{file.Name}: empty file");
        int iSchema = header.IndexOf("schema");
        int i1 = header.IndexOf("name1");
        int i2 = header.IndexOf("name2");
        if (iSchema < 0 || i1 < 0 || i2 < 0)
        {
            throw new UserErrorException($"{file.Name}: the header must name the columns schema, name1 and name2");
        }

        using var writer = output is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(output.FullName, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine(Csv.Format([.. header, "score", "match"]));
        int line = 1;
        while (Next() is { } row)
        {
            line++;
            if (row.Count != header.Count)
            {
                throw new UserErrorException($"{file.Name} record {line}: {row.Count} fields, the header has {header.Count}");
            }

            string? schema = row[iSchema].Length > 0 ? row[iSchema] : null;
            var s = matcher.CompareNames(schema, row[i1], row[i2], explain: false);
            writer.WriteLine(Csv.Format([.. row, s.Score.ToString("0.####", CultureInfo.InvariantCulture), s.Match ? "true" : "false"]));
        }

        return ExitCodes.Success;
    }
}
