#!/usr/bin/env python3
"""External check of event extraction against OEDA's PLOVER gold-standard records.

Python 3 standard library only.

    score.py prepare GOLD OUTDIR            write one .txt article per gold record into OUTDIR
    score.py score GOLD DOSSIER [--details FILE] [--shared DIR]
                                            print the figures as JSON (stdout), a summary on stderr

GOLD is PLOVER_GSR_CAMEO.txt (a JSON array). Records with event "DOCUMENT" or without "text" are skipped.
This file is an evaluation set: it measures the analyser and must never be used to tune it.

Matching (one sentence per document). A record is *right* when some event of its document has the
record's type (old PLOVER names mapped to today's: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT,
INVESTIGATE->ACCUSE), its actor entity's country is the country of one of the gold source codes, and its
target entity's country is the country of one of the gold target codes. A side the gold leaves empty is
free. A gold code that is not an ISO 3166 alpha-3 country (IGO, NGO, IMG, and misspellings such as JAP) matches
nothing. An entity of any schema (Country, Person, Organization, ...) counts by its `country`.
An event belongs to a record when one of its evidence spans lies in the record's document.
Precision = right events / all events whose evidence lies in the records' documents, each event counted once;
an event is right when it matches one of its document's records as above.
"""
import argparse
import hashlib
import json
import os
import sys
import unicodedata
from collections import Counter, OrderedDict

TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def load_records(gold_path, limit=None):
    with open(gold_path, encoding="utf-8") as f:
        data = json.load(f)
    records = []
    for r in data:
        if not isinstance(r, dict) or r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        records.append(r)
    return records[:limit] if limit else records


def actors(record, side):
    """The actor dicts on one side; stray strings ("" or "diplomatic" in a few records) are no actor."""
    value = record.get(side)
    if not isinstance(value, list):
        return []
    return [a for a in value if isinstance(a, dict)]


def file_name(index, record):
    # The gold file repeats one id (PLOVER-GSR01-COERCE-0004 codes two different sentences), so the
    # record's position among the kept records makes the name unique.
    return f"{index:03d}_{record['id']}.txt"


def normalise(text):
    # The dossier contract: NFC, \n line ends (a leading " date YYYY-MM" prefix never occurs here).
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def article_text(record):
    return record["text"].strip() + "\n"


def document_id(text):
    return "doc:" + hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def iso3_table(shared):
    """ISO 3166 alpha-3 -> lowercase alpha-2, read from GeoNames' countryInfo.tsv in the shared data."""
    path = os.path.join(shared, "data", "gazetteer", "geonames", "countryInfo.tsv")
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1 and len(cols[0]) == 2 and len(cols[1]) == 3:
                table[cols[1].upper()] = cols[0].lower()
    return table


def cmd_prepare(args):
    records = load_records(args.gold, args.limit)
    os.makedirs(args.outdir, exist_ok=True)
    for i, r in enumerate(records):
        with open(os.path.join(args.outdir, file_name(i, r)), "w", encoding="utf-8", newline="\n") as f:
            f.write(article_text(r))
    texts = Counter(normalise(article_text(r)) for r in records)
    shared = sum(n for n in texts.values() if n > 1)
    print(f"prepared {len(records)} articles in {args.outdir} ({len(texts)} distinct texts; "
          f"{shared} records share a sentence with another record)", file=sys.stderr)


def ratio(a, b):
    return round(a / b, 4) if b else None


def cmd_score(args):
    records = load_records(args.gold, args.limit)
    shared = args.shared or os.environ.get("SANCTIONWATCH_SHARED") or os.path.join(
        os.path.dirname(os.path.abspath(args.gold)), "..", "..", "..")
    iso = iso3_table(shared)
    with open(args.dossier, encoding="utf-8") as f:
        dossier = json.load(f)

    entities = {e["id"]: e for e in dossier.get("entities", [])}
    docs_by_source = {}
    for d in dossier.get("documents", []):
        docs_by_source[os.path.basename(d.get("source") or "")] = d["id"]
    known_docs = {d["id"] for d in dossier.get("documents", [])}
    events_by_doc = {}
    for ev in dossier.get("events", []):
        for doc in {s.get("document") for s in ev.get("evidence", [])}:
            events_by_doc.setdefault(doc, []).append(ev)

    def country_of(entity_id):
        e = entities.get(entity_id) if entity_id else None
        return (e.get("country") or None) if e else None

    def side_ok(gold_actors, entity_id):
        if not gold_actors:
            return True
        c = country_of(entity_id)
        return c is not None and c in {iso.get((a.get("code") or "").upper()) for a in gold_actors}

    def describe(ev):
        def one(eid):
            if not eid:
                return "-"
            e = entities.get(eid, {})
            return f"{e.get('name', eid)}[{e.get('country') or '?'}]"
        return f"{ev.get('type')}({one(ev.get('actor'))} -> {one(ev.get('target'))})"

    # record -> document: by file name, else by the content id (identical sentences are stored once).
    per_type = OrderedDict()
    per_gold_type = OrderedDict()
    overall = Counter()
    unmapped = []
    details = []
    doc_records = {}
    for i, r in enumerate(records):
        gold_type = r["event"]
        want = TYPE_MAP.get(gold_type, gold_type)
        src, tar = actors(r, "source"), actors(r, "target")
        doc = docs_by_source.get(file_name(i, r))
        if doc is None:
            cid = document_id(article_text(r))
            doc = cid if cid in known_docs else None
        if doc is None:
            unmapped.append(r["id"])
        evs = events_by_doc.get(doc, []) if doc else []
        doc_records.setdefault(doc, []).append((want, src, tar))
        typed = [e for e in evs if e.get("type") == want]
        t_ok = bool(typed)
        ts_ok = any(side_ok(src, e.get("actor")) for e in typed)
        full_ok = any(side_ok(src, e.get("actor")) and side_ok(tar, e.get("target")) for e in typed)
        reachable = all(not side or any(iso.get((a.get("code") or "").upper()) for a in side) for side in (src, tar))
        for bucket in (overall, per_type.setdefault(want, Counter()), per_gold_type.setdefault(gold_type, Counter())):
            bucket["records"] += 1
            bucket["type"] += t_ok
            bucket["type_source"] += ts_ok
            bucket["right"] += full_ok
            bucket["reachable"] += reachable
        details.append(OrderedDict([
            ("n", i), ("id", r["id"]), ("gold", want), ("right", full_ok), ("type", t_ok), ("type_source", ts_ok),
            ("reachable", reachable),
            ("source", [a.get("code") for a in src]), ("target", [a.get("code") for a in tar]),
            ("text", r["text"]), ("extracted", [describe(e) for e in evs]),
        ]))

    # Precision over the events of the records' documents, each event once.
    seen = set()
    for doc, recs in doc_records.items():
        if doc is None:
            continue
        for ev in events_by_doc.get(doc, []):
            if ev["id"] in seen:
                continue
            seen.add(ev["id"])
            right = any(ev.get("type") == want and side_ok(src, ev.get("actor")) and side_ok(tar, ev.get("target"))
                        for want, src, tar in recs)
            t = ev.get("type")
            overall["events"] += 1
            overall["events_right"] += right
            bucket = per_type.setdefault(t, Counter())
            bucket["events"] += 1
            bucket["events_right"] += right

    def figures(c):
        n = c["records"]
        return OrderedDict([
            ("records", n), ("right", c["right"]), ("type", c["type"]), ("type_source", c["type_source"]),
            ("reachable", c["reachable"]),
            ("accuracy", ratio(c["right"], n)), ("type_accuracy", ratio(c["type"], n)),
            ("type_source_accuracy", ratio(c["type_source"], n)),
            ("events", c["events"]), ("events_right", c["events_right"]),
            ("precision", ratio(c["events_right"], c["events"])),
        ])

    out = OrderedDict([
        ("gold", os.path.basename(args.gold)),
        ("documents_in_dossier", len(known_docs)),
        ("records_without_document", unmapped),
        ("overall", figures(overall)),
        ("per_type", OrderedDict((t, figures(c)) for t, c in
                                 sorted(per_type.items(), key=lambda kv: (-kv[1]["records"], kv[0])))),
        ("per_gold_type", OrderedDict((t, figures(c)) for t, c in
                                      sorted(per_gold_type.items(), key=lambda kv: (-kv[1]["records"], kv[0])))),
    ])
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")
    if args.details:
        with open(args.details, "w", encoding="utf-8") as f:
            json.dump(details, f, indent=1, ensure_ascii=False)

    o = out["overall"]
    pct = lambda x: "n/a" if x is None else f"{100 * x:.1f}%"
    print(f"PLOVER gold: {o['records']} records, {len(known_docs)} documents in the dossier, "
          f"{len(unmapped)} records without a document", file=sys.stderr)
    print(f"  type+source+target {o['right']}/{o['records']} = {pct(o['accuracy'])}   "
          f"type+source {o['type_source']} = {pct(o['type_source_accuracy'])}   "
          f"type only {o['type']} = {pct(o['type_accuracy'])}   "
          f"(reachable by country codes: {o['reachable']})", file=sys.stderr)
    print(f"  precision {o['events_right']}/{o['events']} = {pct(o['precision'])}", file=sys.stderr)
    for t, f in out["per_type"].items():
        print(f"  {t:<10} records {f['records']:>3}  right {f['right']:>3}  type+src {f['type_source']:>3}  "
              f"type {f['type']:>3}  extracted {f['events']:>3} (right {f['events_right']})", file=sys.stderr)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    pp = sub.add_parser("prepare", help="write one .txt article per gold record")
    pp.add_argument("gold")
    pp.add_argument("outdir")
    pp.add_argument("--limit", type=int, default=None, help="only the first N records (for a quick check)")
    ps = sub.add_parser("score", help="score a dossier against the gold records")
    ps.add_argument("gold")
    ps.add_argument("dossier")
    ps.add_argument("--details", help="also write every record's outcome and extracted events to this file")
    ps.add_argument("--shared", help="the shared folder (default: $SANCTIONWATCH_SHARED, else three levels above GOLD)")
    ps.add_argument("--limit", type=int, default=None, help="only the first N records")
    args = p.parse_args()
    if args.cmd == "prepare":
        cmd_prepare(args)
    else:
        cmd_score(args)


if __name__ == "__main__":
    main()
