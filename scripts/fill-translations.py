#!/usr/bin/env python3
"""Fills claimsmith_en.ts (translation = source) and checks claimsmith_de.ts.

German translations live in translations/de*.tsv (source<TAB>translation,
one file per area of the application) so that they survive lupdate runs; this script writes them into the .ts file and
fails, naming the strings, when one has no German translation.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "translations"


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def load_tsv(path):
    table = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            sys.exit(f"{path}:{n}: expected SOURCE<TAB>TRANSLATION")
        src, tr = line.split("\t", 1)
        table[unescape(src)] = unescape(tr)
    return table


def fill(ts_path, lookup):
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = lookup(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep lupdate's doctype
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    return missing


fill(root / "claimsmith_en.ts", lambda s: s)
german = {}
for tsv in sorted(root.glob("de*.tsv")):
    german.update(load_tsv(tsv))
missing = fill(root / "claimsmith_de.ts", german.get)
if missing:
    print("claimsmith_de.ts: no German translation for:", file=sys.stderr)
    for m in missing:
        print("  " + repr(m), file=sys.stderr)
    sys.exit(1)
