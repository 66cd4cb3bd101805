namespace SanctionWatch.Analysis.Syntax;

/// <summary>
/// An arc-hybrid configuration with the root last in the buffer (word index <c>n</c>): SHIFT pushes the buffer's front;
/// LEFT makes the buffer's front the head of the stack's top and pops it; RIGHT makes the second item the head of the top
/// and pops it. LEFT to the root is allowed only for the last item on the stack, so every tree has one root.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;

    private readonly int[] _stack;

    public ParserState(int words)
    {
        Words = words;
        _stack = new int[words + 1];
        Heads = new int[words + 1];
        Labels = new int[words + 1];
        Left1 = new int[words + 1];
        Left2 = new int[words + 1];
        Right1 = new int[words + 1];
        Right2 = new int[words + 1];
        LeftCount = new int[words + 1];
        RightCount = new int[words + 1];
        Array.Fill(Heads, -1);
        Array.Fill(Labels, -1);
        Array.Fill(Left1, -1);
        Array.Fill(Left2, -1);
        Array.Fill(Right1, -1);
        Array.Fill(Right2, -1);
    }

    /// <summary>The number of words; the root is word <see cref="Words"/>.</summary>
    public int Words { get; }

    public int[] Heads { get; }

    public int[] Labels { get; }

    public int[] Left1 { get; }

    public int[] Left2 { get; }

    public int[] Right1 { get; }

    public int[] Right2 { get; }

    public int[] LeftCount { get; }

    public int[] RightCount { get; }

    /// <summary>The number of items on the stack.</summary>
    public int Depth { get; private set; }

    /// <summary>The buffer's front (the root, <see cref="Words"/>, once all words are shifted).</summary>
    public int Front { get; private set; }

    public bool IsTerminal => Depth == 0 && Front == Words;

    /// <summary>The stack item <paramref name="i"/> from the top (0 = top), or -1.</summary>
    public int Stack(int i) => i < Depth ? _stack[Depth - 1 - i] : -1;

    /// <summary>The buffer item <paramref name="i"/> from the front (the root counts as the last), or -1.</summary>
    public int Buffer(int i) => Front + i <= Words ? Front + i : -1;

    public bool IsValid(int transition) => transition switch
    {
        Shift => Front < Words,
        Left => Depth >= 1 && (Front < Words || Depth == 1),
        Right => Depth >= 2,
        _ => false,
    };

    /// <summary>The head and dependent the transition would join, or (-1, -1) for SHIFT.</summary>
    public (int Head, int Dependent) Arc(int transition) => transition switch
    {
        Left => (Front, Stack(0)),
        Right => (Stack(1), Stack(0)),
        _ => (-1, -1),
    };

    public void Apply(int transition, int label)
    {
        switch (transition)
        {
            case Shift:
                _stack[Depth++] = Front++;
                break;
            case Left:
            case Right:
                var (head, dependent) = Arc(transition);
                Depth--;
                Attach(head, dependent, label);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(transition));
        }
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (Left1[head] < 0 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] < 0 || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            if (Right1[head] < 0 || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] < 0 || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }
}
