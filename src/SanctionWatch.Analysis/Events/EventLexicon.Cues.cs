namespace SanctionWatch.Analysis.Events;

/// <summary>The cue phrases of the lexicon: the words that mark negation, modality, tense, voice, speech and claims.</summary>
internal sealed partial class EventLexicon
{
    public PhraseTable<CueKind> Cues { get; } = new();

    /// <summary>First words of speech and claim cues, for a cheap test whether a sentence reports speech.</summary>
    public HashSet<string> SpeechWords { get; } = new(StringComparer.Ordinal);

    private void LoadCues(string language)
    {
        var cues = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        foreach (var row in Rows("cues", language))
        {
            var kind = ParseCue(row[1]);
            foreach (string phrase in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                string key = phrase.Trim().ToLowerInvariant();
                cues[key] = cues.GetValueOrDefault(key) | kind;
            }
        }

        foreach (var (phrase, kind) in cues)
        {
            Cues.Add(phrase, kind);
            if ((kind & (CueKind.Speech | CueKind.Claim)) != 0)
            {
                SpeechWords.Add(phrase.Split(' ')[0]);
            }
        }
    }

    private static CueKind ParseCue(string kind) => kind switch
    {
        "negation" => CueKind.Negation,
        "negation-none" => CueKind.NegationNone,
        "conditional" => CueKind.Conditional,
        "hypothetical" => CueKind.Hypothetical,
        "would" => CueKind.Would,
        "future" => CueKind.Future,
        "expected" => CueKind.Expected,
        "expected-sentence" => CueKind.ExpectedSentence,
        "alleged" => CueKind.Alleged,
        "modal-soll" => CueKind.ModalSoll,
        "perfect" => CueKind.Perfect,
        "passive" => CueKind.Passive,
        "source-before" => CueKind.SourceBefore,
        "source-after" => CueKind.SourceAfter,
        "speech" => CueKind.Speech,
        "claim" => CueKind.Claim,
        "konjunktiv" => CueKind.Konjunktiv,
        "pronoun" => CueKind.Pronoun,
        "clause" => CueKind.Clause,
        "past" => CueKind.Past,
        "aspect" => CueKind.Aspect,
        "reciprocal" => CueKind.Reciprocal,
        "reported-past" => CueKind.ReportedPast,
        "observation" => CueKind.Observation,
        _ => throw new InvalidDataException("unknown cue kind: " + kind),
    };
}
