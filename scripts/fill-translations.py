#!/usr/bin/env python3
"""Fills claimsmith_en.ts and claimsmith_de.ts from the translation tables.

German translations live in translations/de*.tsv (one file per area of the
application) so that they survive lupdate runs; this script writes them into
claimsmith_de.ts. claimsmith_en.ts gets translation = source, except for
strings with plural forms (%n), whose English forms come from
translations/en*.tsv.

A table line is SOURCE<TAB>TRANSLATION, with \\n, \\t and \\\\ for a newline,
a tab and a backslash; a string with %n has one column per plural form
(SOURCE<TAB>SINGULAR<TAB>PLURAL for German and English). Lines starting with
# are comments.

The script fails, naming the strings, when a string has no translation, a
translation has the wrong number of plural forms, keeps other placeholders
(%1 … %99, %n) than its source, or loses or gains a keyboard accelerator (&).
Table entries that no string uses any more are listed as a warning.

Run it after `cmake --build build --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "translations"

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")
ACCELERATOR = re.compile(r"&\S")


def unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def load_tables(pattern, problems):
    """source -> (translation forms, "file:line") from every table matching pattern."""
    table = {}
    for path in sorted(root.glob(pattern)):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            where = f"{path.name}:{n}"
            columns = line.split("\t")
            if len(columns) < 2:
                problems.append(f"{where}: expected SOURCE<TAB>TRANSLATION")
                continue
            source, forms = unescape(columns[0]), [unescape(c) for c in columns[1:]]
            if source in table and table[source][0] != forms:
                problems.append(f"{where}: {source!r} is translated differently in "
                                f"{table[source][1]}")
                continue
            table[source] = (forms, where)
    return table


def has_accelerator(text):
    return bool(ACCELERATOR.search(text.replace("&&", "")))  # && is a literal &


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def check(source, forms):
    """What is wrong with these translation forms of source, or None."""
    for form in forms:
        if not form:
            return "an empty translation"
        if placeholders(form) != placeholders(source):
            return (f"placeholders {placeholders(form)} in {form!r}, "
                    f"the source has {placeholders(source)}")
        if has_accelerator(form) != has_accelerator(source):
            where = "missing in" if has_accelerator(source) else "added in"
            return f"the accelerator (&) of the source is {where} {form!r}"
    return None


def fill(ts_path, lookup):
    """Writes the translations lookup(source, plural_forms) gives; returns the problems."""
    tree = ET.parse(ts_path)
    problems = []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            numerus = translation.findall("numerusform")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            wanted = len(numerus) if message.get("numerus") == "yes" else 1
            forms = lookup(source, wanted)
            if forms is None:
                problems.append(f"{name}: no translation for {source!r}")
                continue
            if len(forms) != wanted:
                problems.append(f"{name}: {source!r} needs {wanted} translation form(s), "
                                f"the table gives {len(forms)}")
                continue
            wrong = check(source, forms)
            if wrong:
                problems.append(f"{name}: {source!r}: {wrong}")
                continue
            if numerus:
                for element, form in zip(numerus, forms):
                    element.text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep lupdate's doctype
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    return problems


def main():
    problems = []
    german = load_tables("de*.tsv", problems)
    english = load_tables("en*.tsv", problems)
    used_english, used_german = set(), set()

    def english_forms(source, wanted):
        if source in english:
            used_english.add(source)
            return english[source][0]
        return [source] if wanted == 1 else None

    def german_forms(source, wanted):
        used_german.add(source)
        return german[source][0] if source in german else None

    for ts, lookup in (("claimsmith_en.ts", english_forms), ("claimsmith_de.ts", german_forms)):
        problems += [f"{ts}: {p}" for p in fill(root / ts, lookup)]

    for table, used in ((german, used_german), (english, used_english)):
        for source, (_, where) in table.items():
            if source not in used:
                print(f"warning: {where}: no string uses {source!r} any more", file=sys.stderr)
    if problems:
        print("Translations are incomplete or wrong:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
