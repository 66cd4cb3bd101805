#!/usr/bin/env python3
"""Share of German-English report pairs whose shared happening comes out as ONE merged event (issue 19).

usage: merged_pairs.py DOSSIER.json [--gold gold.json] [--json]

A pair in the gold's "merged" list counts when some event of the dossier has evidence in both documents and
matches the pair's signature: type, actor and target (names or country; either order when "symmetric"),
item category and amount when the gold gives them. Modality is not compared: each source keeps its own.
Also counts false merges: events with evidence in both documents of a "different" story pair.
Documents are keyed by the first three characters of their file name, as in shared/eval/score.py.
"""
import json, os, re, sys, unicodedata


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\-‐‑'’`.,„“\"()]", " ", s)
    return " ".join(s.split())


def name_match(entity, variants):
    names = [norm(n) for n in [entity.get("name", "")] + list(entity.get("aliases", [])) if n]
    for v in variants:
        nv = norm(v)
        vt = set(nv.split())
        if any(n == nv or (vt and vt <= set(n.split())) for n in names):
            return True
    return False


def main(args):
    if not args or args[0].startswith("-"):
        sys.exit("usage: merged_pairs.py DOSSIER.json [--gold gold.json] [--json]")
    gpath = args[args.index("--gold") + 1] if "--gold" in args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.json")
    try:
        dossier = json.load(open(args[0], encoding="utf-8"))
        gold = json.load(open(gpath, encoding="utf-8"))
    except (OSError, ValueError) as e:
        sys.exit(f"merged_pairs: cannot read input: {e}")
    docs = {os.path.basename(d.get("source", ""))[:3]: d["id"] for d in dossier.get("documents", [])}
    ents = {e["id"]: e for e in dossier.get("entities", [])}
    events = dossier.get("events", [])

    def ent_ok(eid, spec):
        e = ents.get(eid)
        if e is None:
            return False
        return ("names" in spec and name_match(e, spec["names"])) or ("country" in spec and e.get("country") == spec["country"])

    def roles(ev, g, swap):
        a, t = (ev.get("target"), ev.get("actor")) if swap else (ev.get("actor"), ev.get("target"))
        return ("actor" not in g or ent_ok(a, g["actor"])) and ("target" not in g or ent_ok(t, g["target"]))

    def evidence_docs(ev):
        return {s.get("document") for s in ev.get("evidence", [])}

    def matches(ev, g):
        if ev.get("type") not in g["type"]:
            return False
        if not (roles(ev, g, False) or (g.get("symmetric") and roles(ev, g, True))):
            return False
        items = ev.get("items", [])
        if "category" in g and not any(i.get("category") in g["category"] for i in items):
            return False
        if "amount" in g and not any((i.get("quantity") or {}).get("amount") == g["amount"] for i in items):
            return False
        return True

    ok, missed = 0, []
    for g in gold.get("merged", []):
        ids = [docs.get(k) for k in g["docs"]]
        hit = None not in ids and any(set(ids) <= evidence_docs(ev) and matches(ev, g) for ev in events)
        ok += hit
        if not hit:
            missed.append(g["id"])
    false_merges = []
    for a, b in gold.get("stories", {}).get("different", []):
        ia, ib = docs.get(a), docs.get(b)
        if ia and ib and any({ia, ib} <= evidence_docs(ev) for ev in events):
            false_merges.append(f"{a}+{b}")
    n = len(gold.get("merged", []))
    if "--json" in args:
        print(json.dumps({"merged": {"ok": ok, "of": n, "missed": missed}, "false_merges": false_merges}, indent=1))
        return
    print(f"merged pairs {ok:3d}/{n:<3d} ({100.0 * ok / max(n, 1):.1f}%) missed: {', '.join(missed)}")
    print(f"false merges {len(false_merges):3d} (events spanning a 'different' pair): {', '.join(false_merges)}")


if __name__ == "__main__":
    main(sys.argv[1:])
