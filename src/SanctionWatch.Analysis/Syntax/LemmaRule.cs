namespace SanctionWatch.Analysis.Syntax;

/// <summary>A suffix edit from form to lemma: optionally lower-case, strip <see cref="Strip"/> characters, append <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(bool Lower, int Strip, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/> (lower-casing when that keeps a longer common prefix).</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        var lower = form.ToLowerInvariant();
        var exact = Common(form, lemma);
        var folded = Common(lower, lemma);
        var useLower = folded > exact;
        var prefix = useLower ? folded : exact;
        return new LemmaRule(useLower, form.Length - prefix, lemma[prefix..]);
    }

    /// <summary>Applies the rule; a rule that would strip the whole word leaves it as it is.</summary>
    public string Apply(string form)
    {
        if (Strip >= form.Length)
        {
            return form;
        }

        var basis = Lower ? form.ToLowerInvariant() : form;
        return string.Concat(basis.AsSpan(0, basis.Length - Strip), Append);
    }

    private static int Common(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
