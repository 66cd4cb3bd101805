#!/usr/bin/env python3
"""Compile the place gazetteer SanctionWatch.Analysis embeds (countries, capitals and large cities, with German
and English forms) from the open gazetteers in ../shared/data/gazetteer and the project's own extra_names.tsv.

    python3 tools/gazetteer/build_places.py [SHARED] > src/SanctionWatch.Analysis/Resources/places.tsv

Sources and licences: country-list (MIT, Umpirsky), rigour territories (MIT, OpenSanctions), GeoNames
cities15000 / countryInfo / translations (CC BY 4.0, geonames.org). Output: key, schema, country, canonical
name, names (|-separated)."""
import csv, io, json, os, re, sys, zipfile

shared = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SANCTIONWATCH_SHARED", os.path.join(os.path.dirname(__file__), "../../../shared"))
gaz = os.path.join(shared, "data", "gazetteer")
here = os.path.dirname(os.path.abspath(__file__))

LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ .'’\-]*$")
# Words that are also common German or English words and would match too often as places.
STOP = {"Mai", "Bad", "Mobile", "Nice", "Split", "Reading", "Bath", "Union", "Independence", "Hope", "Victoria",
        "Of", "The", "Georgia", "Jordan", "Chad", "Guinea", "Turkey", "China", "Marion", "Aurora", "Normal"}

COUNTRY_STOP = {"Island"}

# Single words that the treebanks (never their test files) use as common words at least twice — German "Mann",
# English "Central" — would make places of ordinary words when they come in as a place's secondary name.
def common_words():
    counts = {}
    syntax = os.path.join(shared, "data", "syntax")
    files = [os.path.join(syntax, "de", f) for f in ("de_bosch-eud2021-basic-gsdtrain.conllu", "de_gsd-ud-dev.conllu")]
    for sub in ("ewt-documents", "gum-news"):
        for root, _, names in os.walk(os.path.join(syntax, "en", sub)):
            files += [os.path.join(root, n) for n in names if n.endswith(".conllu")]
    for path in files:
        if not os.path.exists(path): continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                p = line.split("\t")
                if len(p) < 4 or not p[0].isdigit(): continue
                c = counts.setdefault(p[1], [0, 0])
                c[0 if p[3] == "PROPN" else 1] += 1
    return {w for w, (proper, common) in counts.items() if common >= 2}
COMMON = common_words()
COMMON_LOWER = {w.lower() for w in COMMON}

def ordinary(name):
    """A single common word, or a phrase of common words only ("White House", an alternate name of Casablanca)."""
    words = name.split()
    return name in COMMON or (len(words) > 1 and all(w.lower() in COMMON_LOWER for w in words))

entries = {}  # key -> [schema, country, canonical, set(names), order]

def add(key, schema, country, canonical, names, primary=(), phrases=True):
    """Adds names; those not in primary (the sources' own names of the place) must not be common words, nor
    (when phrases) phrases of common words: a city's alternate names are uncurated, a country's are not."""
    e = entries.setdefault(key, [schema, country, canonical, []])
    for n in names:
        n = n.strip()
        if n and n not in e[3] and (n in primary or not (n in COMMON or phrases and ordinary(n))):
            e[3].append(n)

# Countries: ISO codes from countryInfo, names from country-list (de, en), rigour territories, GeoNames translations.
info = {}
with open(os.path.join(gaz, "geonames", "countryInfo.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip(): continue
        p = line.rstrip("\n").split("\t")
        if len(p) < 17: continue
        info[p[0].lower()] = {"name": p[4], "capital": p[5], "geonameid": p[16]}
names_by_lang = {}
for lang in ("en", "de"):
    with open(os.path.join(gaz, "country-list", f"country_{lang}.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names_by_lang.setdefault(row["id"].lower(), []).append(row["value"])
translations = json.load(open(os.path.join(gaz, "geonames", "country_translations.json"), encoding="utf-8"))
def simple(n):
    return n and "," not in n and "(" not in n and " - " not in n
for code, ci in sorted(info.items()):
    names = [n for n in names_by_lang.get(code, []) if simple(n)]
    names.append(ci["name"])
    t = translations.get(ci["geonameid"], {})
    names += [t[l] for l in ("de", "en") if simple(t.get(l))]
    terr = os.path.join(gaz, "rigour-territories", "territories", code + ".yml")
    if os.path.exists(terr):
        text = open(terr, encoding="utf-8").read()
        for k in ("name", "full_name"):
            m = re.search(rf"^{k}: (.+)$", text, re.M)
            if m and simple(m.group(1)): names.append(m.group(1).strip().strip('"'))
        m = re.search(r"^names_strong:\n((?:  - .*\n)+)", text, re.M)
        if m:
            for line in m.group(1).splitlines():
                n = line[4:].split("#")[0].strip().strip('"').strip("'")
                if LATIN.match(n) and len(n) >= 3 and n not in STOP: names.append(n)
    # German "Island" (Iceland) is the English common word of every "Russky Island", "Sakhalin Island": left out.
    names = [n for n in names if len(n) >= 2 and n not in COUNTRY_STOP]
    canonical = names_by_lang.get(code, [ci["name"]])[0] if simple(names_by_lang.get(code, [""])[0]) else ci["name"]
    add(f"country:{code}", "Country", code, canonical, names, primary=set(names_by_lang.get(code, [])) | {ci["name"]}, phrases=False)

# Capitals and cities over a million people — in North Korea, whose ports and border towns the monitored trade
# runs through, over 200,000 (Nampo, Chongjin, Wonsan, Sinuiju) — with name, ASCII name and Latin-script alternates.
# In Ukraine, where the weapons land, over 50,000 (Dnipro, Sumy, Pavlohrad, Kramatorsk): an attack's target is a city
# there far more often than the country. (Lower limits elsewhere bring in towns named like people and words: Vladimir,
# Chita, Tula.)
# In Russia, where the arms go and the oil and money come from, over 250,000 too (Bryansk, Belgorod, Kemerovo, Oryol):
# reports place depots, plants and strikes in its regional capitals; the ones named like people or common words stay out,
# and so do adjectival names (Volzhsky), which name ships, firms and streets as often as towns.
# Below 250,000 there, the same care as in Russia: spellings of the name only; districts, rivers and first names
# (Ismail for Izmail) left out.
MIN_POPULATION = {"kp": 200_000, "ua": 50_000, "ru": 250_000}
CAREFUL = {"ru": 1_000_000, "ua": 250_000}
def fold(n):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", n.casefold()) if c.isalnum())

# The German transcription of a Ukrainian, Russian or Belarusian name from its English one (Duden's rules, as German news
# write them): kh → ch, zh → sch, sh → sch, ch → tsch, ts → z, y before a vowel → j, v → w, an initial z → s.
GERMAN_STEPS = {"shch": "schtsch", "kh": "ch", "zh": "sch", "sh": "sch", "ch": "tsch", "ts": "z"}
GERMAN_PATTERN = re.compile("|".join(GERMAN_STEPS))
def german_spelling(n):
    out = []
    for word in n.split(" "):
        w = word.lower()
        if not w.isalpha() or not w.isascii():
            return n
        w = w.replace("yy", "yj")
        if w.endswith(("yi", "iy")):
            w = w[:-1] + "j"
        w = re.sub(r"(?<=[aeiou])yi", "ji", w)
        w = "s" + w[1:] if w.startswith("z") and not w.startswith("zh") else w
        w = re.sub(r"(?<=[aeiou])z(?=[aeiou])", "s", w)
        w = GERMAN_PATTERN.sub(lambda m: GERMAN_STEPS[m.group(0)], w)  # one pass: "ch" → "tsch" is not read again as "ts"
        w = re.sub(r"y(?=[aeiou])", "j", w)
        w = w.replace("v", "w")
        out.append(w[0].upper() + w[1:])
    return " ".join(out)

def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]

# A Russian town the project's own list already names keeps the project's entry alone (Kursk, Chabarowsk, Wladiwostok).
curated_keys, curated_names = set(), set()
with open(os.path.join(here, "extra_names.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip(): continue
        key, _, _, names = line.rstrip("\n").split("\t")
        curated_keys.add(key)
        curated_names.update(names.split("|"))
TOWN_STOP = {"Samar", "Inhulets", "Khrustalnyi", "Ismail", "Vladimir", "Kirov", "Chita", "Tula", "Kurgan", "Tolyatti", "Togliatti", "Ivanovo", "Engels", "Tumen", "Saran", "Brack", "Jaroslav", "Oriol", "Orzel", "Orzeł", "Perem", "Tuemen", "Tümen"}
TOWN_STOP_FOLDED = {fold(n) for n in TOWN_STOP}
with zipfile.ZipFile(os.path.join(gaz, "geonames", "cities15000.zip")) as z:
    with z.open("cities15000.txt") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            gid, name, ascii_name, alts, fcode, cc, pop = p[0], p[1], p[2], p[3], p[7], p[8].lower(), int(p[14] or 0)
            if not (fcode == "PPLC" or pop >= MIN_POPULATION.get(cc, 1_000_000)): continue
            if cc in CAREFUL and pop < CAREFUL[cc] and (fcode in ("PPLX", "PPLH") or name in TOWN_STOP or ascii_name.endswith(("sky", "skiy", "skij")) or ascii_name in TOWN_STOP
                    or f"place:geonames:{gid}" in curated_keys or name in curated_names or ascii_name in curated_names): continue
            names = [name, ascii_name]
            for a in alts.split(","):
                if LATIN.match(a) and len(a) >= 4 and a[0].isupper() and not a.isupper() and a not in STOP:
                    names.append(a)
            names = [n for n in names if n not in STOP]
            if cc in CAREFUL and pop < CAREFUL[cc]:
                # Only spellings of the name itself (Kemerowo, Orjol, Brjansk): old names and namesakes among the alternates
                # are people and other places (Molotov for Perm, Brezhnev, Kalinin; Tumen, the border river, for Tyumen).
                names = [n for n in names if n in (name, ascii_name) or (len(n) >= 5 and fold(n) not in TOWN_STOP_FOLDED
                         and min(edit_distance(fold(n), fold(ascii_name)), edit_distance(fold(n), fold(name))) <= 2)]
            if cc in ("ua", "ru", "by") and (german := german_spelling(ascii_name)) != ascii_name and len(german) >= 5 and german not in STOP:
                names.append(german)  # Mykolajiw, Tschernihiw, Tscherniwzi: how German reports write the name
            add(f"place:geonames:{gid}", "Address", cc, name, names, primary={name, ascii_name})

# The project's own forms come last so that they can add to, and name, what the sources gave; they are never
# dropped as ambiguous.
own = set()
with open(os.path.join(here, "extra_names.tsv"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip(): continue
        key, schema, country, names = line.rstrip("\n").split("\t")
        names = names.split("|")
        own.update((key, n) for n in names)
        if key in entries:
            add(key, schema, country or None, entries[key][2], names, primary=set(names))
        else:
            add(key, schema, country or None, next(n for n in names if not n.startswith("adj:")), names, primary=set(names))

# A name claimed by several entries is ambiguous unless the project's own list settles it: keep it only once.
owner = {}
for key, e in entries.items():
    for n in e[3]:
        owner.setdefault(n, []).append(key)
print("# SanctionWatch place gazetteer. Built by tools/gazetteer/build_places.py from country-list (MIT),")
print("# rigour territories (MIT), GeoNames (CC BY 4.0, geonames.org) and the project's extra_names.tsv (CC0).")
print("# key\tschema\tcountry\tname\tnames")
for key in sorted(entries):
    schema, country, canonical, names = entries[key]
    kept = [n for n in names if len(owner[n]) == 1 or key.startswith("country:") or (key, n) in own]
    print("\t".join([key, schema, country or "", canonical, "|".join(kept)]))
