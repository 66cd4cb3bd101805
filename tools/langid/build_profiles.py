#!/usr/bin/env python3
"""Compile TextCat n-gram fingerprints (Debian package libexttextcat-data) into the one resource file
that SanctionWatch.Text embeds. Run once when the language set changes:

    apt-get install -y libexttextcat-data
    python3 tools/langid/build_profiles.py > src/SanctionWatch.Text/Resources/langid-profiles.tsv

The fingerprints are (c) 2003 WiseGuys Internet B.V., BSD-style licence (see the resource's header)."""
import os, sys

SRC = "/usr/share/libexttextcat"
# ISO 639-1 code -> fingerprint file; languages of the news SanctionWatch reads and their close neighbours.
LANGS = {
    "de": "de", "en": "en", "fr": "fr", "ru": "ru", "ko": "ko", "es": "es", "it": "it", "nl": "nl",
    "pt": "pt", "pl": "pl", "uk": "uk", "be": "be", "bg": "bg", "sr": "sr-Cyrl", "mk": "mk", "kk": "kk",
    "ja": "ja", "zh": "zh-Hans", "ar": "ar", "fa": "fa", "tr": "tr", "sv": "sv", "da": "da", "nb": "nb",
    "fi": "fi", "cs": "cs", "sk": "sk", "hu": "hu", "ro": "ro", "el": "el", "he": "he", "vi": "vi",
    "id": "id", "lb": "lb", "mn": "mn",
}

print("# TextCat fingerprints, top n-grams in rank order; from libexttextcat-data 3.4.5.")
print("# Copyright (c) 2003, WiseGuys Internet B.V. Redistribution and use in source and binary forms, with or")
print("# without modification, are permitted provided that the copyright notice, the conditions and the disclaimer")
print("# of the original licence are retained; THIS DATA IS PROVIDED \"AS IS\" WITHOUT ANY WARRANTY.")
for code, name in sorted(LANGS.items()):
    path = os.path.join(SRC, name + ".lm")
    grams = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            gram = line.rstrip("\n").split("\t")[0].strip()
            if gram and " " not in gram:
                grams.append(gram)
    print(code + "\t" + " ".join(grams[:400]))
