namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// The parser's two template lists (after Zhang and Nivre 2011): one scores the transition from the stack (S0–S2), the
/// buffer (B0–B2) and their outermost children; the other scores the relation of a new arc from the head (H), the
/// dependent (D) and the dependent's finished children. Changing a list changes the model format.
/// </summary>
internal sealed class ParserFeatures
{
    public static readonly string[] TransitionPositions = ["S0", "S1", "S2", "B0", "B1", "B2", "S0L1", "S0L2", "S0R1", "S0R2", "S1L1", "S1R1", "B0L1", "B0L2"];

    public static readonly string[] TransitionExtras = ["d", "S0.vl", "S0.vr", "B0.vl", "S1.vr"];

    public static readonly string[] TransitionTemplates =
    [
        "S0.w", "S0.t", "S0.w S0.t", "S0.c", "S0.f", "B0.w", "B0.t", "B0.w B0.t", "B0.c", "B0.f",
        "B1.w", "B1.t", "B1.w B1.t", "B2.w", "B2.t", "S1.w", "S1.t", "S1.w S1.t", "S1.c", "S2.t",
        "S0.w S0.t B0.w B0.t", "S0.w S0.t B0.w", "S0.w B0.w B0.t", "S0.w S0.t B0.t", "S0.t B0.w B0.t", "S0.w B0.w", "S0.t B0.t",
        "B0.t B1.t", "S1.w S1.t S0.w S0.t", "S1.t S0.w", "S1.w S0.t", "S1.t S0.t", "S1.t S0.t B0.t", "S1.w S0.w",
        "B0.t B1.t B2.t", "S0.t B0.t B1.t", "S0.t S0L1.t B0.t", "S0.t S0R1.t B0.t", "S0.t B0.t B0L1.t", "S0.t B0L1.t B0L2.t",
        "S0.t S0L1.t S0L2.t", "S0.t S0R1.t S0R2.t", "S1.t S1L1.t S0.t", "S1.t S1R1.t S0.t", "S2.t S1.t S0.t",
        "S0.w d", "S0.t d", "B0.w d", "B0.t d", "S0.w B0.w d", "S0.t B0.t d",
        "S0.w S0.vr", "S0.t S0.vr", "S0.w S0.vl", "S0.t S0.vl", "B0.w B0.vl", "B0.t B0.vl", "S1.t S1.vr",
        "S0L1.w", "S0L1.t", "S0L1.l", "S0R1.w", "S0R1.t", "S0R1.l", "B0L1.w", "B0L1.t", "B0L1.l",
        "S0.t S0L1.l S0L2.l", "S0.t S0R1.l S0R2.l", "B0.t B0L1.l B0L2.l", "S1.t S1L1.l", "S1.t S1R1.l",
        "S0.c B0.c", "S0.c B0.t", "S0.t B0.c", "S1.c S0.c", "S1.t S0.c", "S1.c S0.t", "B0.c B1.c", "S0.c B0.c B1.t",
        "S0.f B0.t", "S0.t B0.f", "S1.t S0.f", "S1.f S0.t", "S0.u B0.u S1.u", "S0.f B0.f",
    ];

    public static readonly string[] LabelPositions = ["H", "D", "DL1", "DL2", "DR1", "DR2", "HL1", "HR1"];

    public static readonly string[] LabelExtras = ["dir", "ad"];

    public static readonly string[] LabelTemplates =
    [
        "H.w", "H.t", "D.w", "D.t", "H.t D.t", "H.w D.t", "H.t D.w", "H.w D.w", "H.t D.t dir", "H.t D.t ad dir", "D.t dir",
        "D.w dir", "H.u D.u dir", "D.f", "D.f H.t dir", "D.f dir", "H.f D.t", "D.c H.t dir", "H.c D.t dir", "D.c H.c",
        "DL1.w D.t", "DL1.w H.t dir", "DL1.l D.t", "DL1.w DL1.t", "DR1.l D.t", "DL2.l D.t", "DR1.w D.t", "DL1.l DL2.l D.t",
        "HL1.l D.t dir", "HR1.l D.t dir", "D.w H.w dir", "DL1.w D.w", "DL1.w D.c", "H.f D.f dir", "DL1.w H.w",
        "DL2.w DL1.w D.t", "D.u ad dir", "H.w D.f dir",
    ];

    private readonly FeatureTemplates _transitions = new(TransitionPositions, TransitionExtras, TransitionTemplates);
    private readonly FeatureTemplates _labels = new(LabelPositions, LabelExtras, LabelTemplates);

    public static int TransitionCount => TransitionTemplates.Length;

    public static int LabelCount => LabelTemplates.Length;

    public int AtomCount => Math.Max(_transitions.AtomCount, _labels.AtomCount);

    /// <summary>The transition features of a configuration.</summary>
    public int Transition(ParserState s, ReadOnlySpan<WordAttributes> words, Span<ulong> atoms, Span<ulong> features)
    {
        const int A = 6;
        var s0 = s.Stack(0);
        var s1 = s.Stack(1);
        var b0 = s.Buffer(0);
        ReadOnlySpan<int> at =
        [
            s0, s1, s.Stack(2), b0, s.Buffer(1), s.Buffer(2), Child(s.Left1, s0), Child(s.Left2, s0), Child(s.Right1, s0),
            Child(s.Right2, s0), Child(s.Left1, s1), Child(s.Right1, s1), Child(s.Left1, b0), Child(s.Left2, b0),
        ];
        for (var p = 0; p < at.Length; p++)
        {
            Fill(atoms.Slice(p * A, A), at[p], words, s.Labels);
        }

        var x = at.Length * A;
        atoms[x] = s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : 0;
        atoms[x + 1] = s0 >= 0 ? (ulong)s.LeftCount[s0] + 1 : 0;
        atoms[x + 2] = s0 >= 0 ? (ulong)s.RightCount[s0] + 1 : 0;
        atoms[x + 3] = b0 >= 0 ? (ulong)s.LeftCount[b0] + 1 : 0;
        atoms[x + 4] = s1 >= 0 ? (ulong)s.RightCount[s1] + 1 : 0;
        return _transitions.Extract(atoms, features);
    }

    /// <summary>The relation features of the arc <paramref name="head"/> → <paramref name="dependent"/> about to be made.</summary>
    public int Label(ParserState s, ReadOnlySpan<WordAttributes> words, int head, int dependent, Span<ulong> atoms, Span<ulong> features)
    {
        const int A = 6;
        ReadOnlySpan<int> at =
        [
            head, dependent, s.Left1[dependent], s.Left2[dependent], s.Right1[dependent], s.Right2[dependent], s.Left1[head], s.Right1[head],
        ];
        for (var p = 0; p < at.Length; p++)
        {
            Fill(atoms.Slice(p * A, A), at[p], words, s.Labels);
        }

        var x = at.Length * A;
        atoms[x] = head < dependent ? 1UL : 2UL;
        atoms[x + 1] = Bucket(Math.Abs(head - dependent));
        return _labels.Extract(atoms, features);
    }

    private static int Child(int[] children, int word) => word >= 0 ? children[word] : -1;

    private static ulong Bucket(int distance) => distance switch
    {
        <= 4 => (ulong)distance + 1,
        <= 7 => 6,
        _ => 7,
    };

    private static void Fill(Span<ulong> atoms, int word, ReadOnlySpan<WordAttributes> words, int[] labels)
    {
        if (word < 0)
        {
            atoms.Fill(1);
            return;
        }

        var a = words[word];
        atoms[0] = a.Form;
        atoms[1] = a.Tag;
        atoms[2] = a.Upos;
        atoms[3] = a.Cluster;
        atoms[4] = (ulong)(labels[word] + 3);
        atoms[5] = a.Feats;
    }
}
