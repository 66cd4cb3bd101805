#!/usr/bin/env python3
"""Derives legal_forms.tsv (alias <TAB> comparison form) from rigour's org_types.yml.

Source: OpenSanctions rigour, data/names/org_types.yml, MIT licence
(Copyright (c) 2023-2025 OpenSanctions Datenbanken GmbH). Rerun after updating the source:
    python3 make_legal_forms.py ../../../../../shared/data/name-matching/rigour/org_types.yml > legal_forms.tsv
Only the standard library is needed: the file is parsed line by line (display/generic/compare/aliases).
"""
import sys

def main(path):
    rows, current = [], None
    in_aliases = False
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        stripped = line.strip()
        if stripped.startswith("#") or not stripped:
            continue
        if stripped.startswith("- display:"):
            current = {"display": stripped.split(":", 1)[1].split(" #")[0].strip(), "aliases": []}
            rows.append(current)
            in_aliases = False
        elif current is not None and stripped.startswith("generic:"):
            current["generic"] = stripped.split(":", 1)[1].strip()
        elif current is not None and stripped.startswith("compare:"):
            current["compare"] = stripped.split(":", 1)[1].strip()
        elif current is not None and stripped == "aliases:":
            in_aliases = True
        elif current is not None and in_aliases and stripped.startswith("- "):
            alias = stripped[2:].split(" #")[0].strip().strip("'\"")
            current["aliases"].append(alias)
        elif not stripped.startswith("- "):
            in_aliases = False
    seen = set()
    print("# Derived from OpenSanctions rigour org_types.yml (MIT, (c) 2023-2025 OpenSanctions Datenbanken GmbH) by make_legal_forms.py")
    for r in rows:
        form = (r.get("generic") or r.get("compare") or r["display"]).lower()
        for alias in [r["display"]] + r["aliases"]:
            key = alias.lower()
            if key and key not in seen and "\t" not in alias:
                seen.add(key)
                print(f"{alias}\t{form}")

if __name__ == "__main__":
    main(sys.argv[1])
