namespace SanctionWatch.Analysis.Training.Syntax;

/// <summary>
/// Trains the arc-hybrid parser with the dynamic oracle: from the second pass on it follows its own (possibly wrong)
/// transitions and learns the best zero-cost one in each configuration it reaches. Relations are learnt on every arc
/// whose head is right. The pass with the best held-out LAS is kept.
/// </summary>
internal sealed class ParserTrainer
{
    private readonly DependencyParser _parser;
    private readonly SyntaxTrainingOptions _options;

    public ParserTrainer(string[] labels, SyntaxTrainingOptions options)
    {
        _parser = new DependencyParser(labels);
        _options = options;
    }

    public (WeightTable Transitions, WeightTable Labels) Train(IReadOnlyList<ParseExample> train, IReadOnlyList<ParseExample> heldOut, Action<string> log)
    {
        var transitions = new TrainingTable(3);
        var labels = new TrainingTable(_parser.Labels.Length);
        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var atoms = new ulong[_parser.Features.AtomCount];
        var features = new ulong[Math.Max(ParserFeatures.TransitionCount, ParserFeatures.LabelCount)];
        var scores = new float[Math.Max(3, _parser.Labels.Length)];
        var labelFeatures = new ulong[features.Length];
        (WeightTable, WeightTable)? best = null;
        var bestLas = -1.0;
        var stale = 0;
        for (var epoch = 1; epoch <= _options.ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var example = train[s];
                var state = new ParserState(example.GoldHeads.Length - 1);
                while (!state.IsTerminal)
                {
                    var count = _parser.Features.Transition(state, example.Words, atoms, features);
                    var f = features.AsSpan(0, count);
                    transitions.Score(f, scores);
                    var predicted = DependencyParser.BestValid(state, scores);
                    var gold = -1;
                    for (var t = 0; t < 3; t++)
                    {
                        if (state.IsValid(t) && DynamicOracle.Cost(state, t, example.GoldHeads) == 0 && (gold < 0 || scores[t] > scores[gold]))
                        {
                            gold = t;
                        }
                    }

                    if (gold < 0)
                    {
                        gold = predicted;
                    }

                    if (DynamicOracle.Cost(state, predicted, example.GoldHeads) > 0)
                    {
                        transitions.Update(f, gold, 1);
                        transitions.Update(f, predicted, -1);
                    }

                    transitions.Tick();
                    var next = epoch > 1 && random.NextDouble() < _options.Exploration ? predicted : gold;
                    var label = -1;
                    if (next != ParserState.Shift)
                    {
                        var (head, dependent) = state.Arc(next);
                        label = head == state.Words ? _parser.RootLabel : TrainLabel(state, example, head, dependent, labels, atoms, labelFeatures, scores);
                    }

                    state.Apply(next, label);
                }
            }

            var averaged = (transitions.Average(_options.Threshold), labels.Average(_options.Threshold));
            var (uas, las) = Score(averaged.Item1, averaged.Item2, heldOut.Count > 0 ? heldOut : train);
            log($"parser pass {epoch}: held-out UAS {uas:F4}, LAS {las:F4} (labels with subtypes), {averaged.Item1.Keys.Length} + {averaged.Item2.Keys.Length} rows");
            if (las > bestLas)
            {
                bestLas = las;
                best = averaged;
                stale = 0;
            }
            else if (++stale >= 3)
            {
                break;
            }
        }

        return best!.Value;
    }

    private int TrainLabel(ParserState state, ParseExample example, int head, int dependent, TrainingTable labels, ulong[] atoms, ulong[] features, float[] scores)
    {
        var count = _parser.Features.Label(state, example.Words, head, dependent, atoms, features);
        var f = features.AsSpan(0, count);
        labels.Score(f, scores);
        var predicted = _parser.BestLabel(scores);
        if (example.GoldHeads[dependent] != head)
        {
            return predicted;
        }

        var gold = example.GoldLabels[dependent];
        if (predicted != gold)
        {
            labels.Update(f, gold, 1);
            labels.Update(f, predicted, -1);
        }

        labels.Tick();
        return gold;
    }

    private (double Uas, double Las) Score(WeightTable transitions, WeightTable labels, IReadOnlyList<ParseExample> sentences)
    {
        var total = 0;
        var uas = 0;
        var las = 0;
        foreach (var example in sentences)
        {
            var state = _parser.Parse(example.Words, transitions, labels);
            for (var i = 0; i < state.Words; i++)
            {
                total++;
                if (state.Heads[i] == example.GoldHeads[i])
                {
                    uas++;
                    las += state.Labels[i] == example.GoldLabels[i] ? 1 : 0;
                }
            }
        }

        return ((double)uas / Math.Max(1, total), (double)las / Math.Max(1, total));
    }
}
