#!/usr/bin/env python3
"""Independent CoNLL-U scorer on gold words (CoNLL 2018 definitions): UPOS, XPOS, UFeats, Lemma, UAS, LAS.

LAS compares the universal part of the relation (subtype dropped), as conll18_ud_eval.py does; "LAS full" keeps subtypes.
UFeats compares the sets of universal features. Both files must have the same words (as `syntax parse` writes them).
Usage: python3 tools/conllu_score.py GOLD.conllu SYSTEM.conllu [--json]
"""
import json
import sys

UNIVERSAL_FEATURES = {
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Typo", "Gender", "Animacy", "NounClass", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person",
    "Polite", "Clusivity",
}


def words(path):
    """Yields (sentence number, columns) for every syntactic word line."""
    sentence = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                sentence += 1
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                sys.exit(f"{path}: not CoNLL-U: {line[:60]!r}")
            if "-" in cols[0] or "." in cols[0]:
                continue
            yield sentence, cols


def feats(value):
    if value == "_":
        return frozenset()
    return frozenset(p for p in value.split("|") if p.split("=", 1)[0] in UNIVERSAL_FEATURES)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    gold = list(words(args[0]))
    system = list(words(args[1]))
    if len(gold) != len(system):
        sys.exit(f"word counts differ: gold {len(gold)}, system {len(system)}")
    counts = dict.fromkeys(["UPOS", "XPOS", "UFeats", "Lemma", "UAS", "LAS", "LAS full"], 0)
    for (_, g), (_, s) in zip(gold, system):
        if g[1] != s[1]:
            sys.exit(f"word forms differ: {g[1]!r} / {s[1]!r}")
        counts["UPOS"] += g[3] == s[3]
        counts["XPOS"] += g[4] == s[4]
        counts["UFeats"] += feats(g[5]) == feats(s[5])
        counts["Lemma"] += g[2] == s[2]
        if g[6] == s[6]:
            counts["UAS"] += 1
            counts["LAS"] += g[7].split(":")[0] == s[7].split(":")[0]
            counts["LAS full"] += g[7] == s[7]
    total = len(gold)
    scores = {k: v / total for k, v in counts.items()}
    if "--json" in sys.argv:
        print(json.dumps({"words": total, **scores}))
    else:
        print(f"words {total}")
        for k, v in scores.items():
            print(f"{k} {v:.4f}")


if __name__ == "__main__":
    main()
