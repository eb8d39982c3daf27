"""Measure well-kept libraries against our normalisers on all the gold (dev and test): `text2num` and
`number-parser` against `normalise_quantity`, `country-converter` against the `Canonicaliser`. A library
that is not installed is skipped with a message. Usage: python -m eval.library_check
"""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional
from unittest import mock

from eval.gold import load_gold, load_splits
from extract.ingest import read_document
from extract.normalise import quantities
from extract.normalise.actors import Canonicaliser, ascii_quotes, us_states
from extract.normalise.numbers import FRACTIONS, SCALES, TENS, UNITS, parse_number
from extract.records import DocumentRecord
from extract.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
Parser = Callable[[str], Optional[float]]
Triple = tuple[Optional[float], Optional[float], Optional[float]]
WORDS = (set(UNITS) | set(TENS) | set(SCALES) | set(FRACTIONS)) - {"a", "an"}
NUMBER_WORD_RE = re.compile(rf"\b(?:{'|'.join(sorted(WORDS))})s?\b", re.IGNORECASE)
DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d*\.?\d+$")
SHOWN = 15


def attempt(call: Callable[[str], Any], text: str) -> Optional[float]:
    """`call(text)` as a float; None where the library finds no number (None or ValueError)."""
    try:
        value = call(text)
        return None if value is None else float(value)
    except ValueError:
        return None


def glued(single: Callable[[str], Any], substitute: Callable[[str], str]) -> Parser:
    """A library as a drop-in `parse_number`: digits as floats, else its one-number parse, else its in-text
    substitution read as a product (`106 billion` -> `106 1000000000` -> 1.06e11)."""
    def parse(phrase: str) -> Optional[float]:
        text = phrase.strip()
        if DIGITS_RE.match(text):
            return float(text.replace(",", ""))
        value = attempt(single, text)
        if value is not None:
            return value
        tokens = re.sub(r"(?<=\d),(?=\d{3})", "", substitute(text)).split()
        return math.prod(map(float, tokens)) if tokens and all(DIGITS_RE.match(t) for t in tokens) else None
    return parse


def number_libraries() -> dict[str, tuple[Parser, Callable[[str], Any]]]:
    """Each installed number library: (its glued parser, its bare one-number call for a whole span)."""
    found: dict[str, tuple[Parser, Callable[[str], Any]]] = {}
    try:
        from text_to_num import alpha2digit, text2num
        found["text2num"] = (glued(lambda t: text2num(t, "en"), lambda t: alpha2digit(t, "en")),
                             lambda t: text2num(t, "en"))
    except ImportError:
        print("- text2num is not installed: skipped")
    try:
        import number_parser
        found["number-parser"] = (glued(lambda t: number_parser.parse_number(t, "en"),
                                        lambda t: number_parser.parse(t, "en")),
                                  lambda t: number_parser.parse_number(t, "en"))
    except ImportError:
        print("- number-parser is not installed: skipped")
    return found


def in_frame(parser: Parser) -> Callable[[str], Triple]:
    """`normalise_quantity` (operators, units, ranges) with `parser` in place of our `parse_number`."""
    def run(text: str) -> Triple:
        with mock.patch.object(quantities, "parse_number", parser):
            value = quantities.normalise_quantity(text)
        return (value.value, value.low, value.high) if value else (None, None, None)
    return run


def same(a: Triple, b: Triple) -> bool:
    """Equal value, low and high (to 1e-9 relative: ours keeps `one-third` to 12 digits, the gold to 16)."""
    return all((x is None) == (y is None) and (x is None or math.isclose(x, y, rel_tol=1e-9)) for x, y in zip(a, b))


def shown(value: Triple) -> str:
    """A value as `2.5e+09`, a range as `15..20`, nothing as `None`."""
    if value[0] is None and value[1] is None:
        return "None"
    return f"{value[0]:.6g}" if value[0] is not None else f"{value[1]:.6g}..{value[2]:.6g}"


def scores(items: list[Any], groups: dict[str, Callable[[Any], bool]], right: dict[str, list[bool]]) -> None:
    """A markdown table, one row per system: `k/n (pct%)` of the items of each group it gets right."""
    sizes = {g: sum(map(test, items)) for g, test in groups.items()}
    print("\n| system | " + " | ".join(f"{g} (n={n})" for g, n in sizes.items()) + " |")
    print("|" + " --- |" * (len(sizes) + 1))
    for name, oks in right.items():
        hits = {g: sum(ok and test(i) for i, ok in zip(items, oks)) for g, test in groups.items()}
        cells = (f"{hits[g]}/{n} ({100 * hits[g] / max(n, 1):.1f}%)" for g, n in sizes.items())
        print(f"| {name} | " + " | ".join(cells) + " |")


def numbers(gold: dict[str, DocumentRecord], split_of: dict[str, str]) -> None:
    """Compare the value (value/low/high) each system gives every gold quantity's text with the gold."""
    items = [(doc_id, q.text, (q.value, q.low, q.high)) for doc_id, r in gold.items() for q in r.quantities]
    print(f"\n## Quantity values: {len(items)} gold quantities in {len(gold)} briefs")
    systems: dict[str, Callable[[str], Triple]] = {"ours (`normalise_quantity`)": in_frame(parse_number)}
    libraries = number_libraries()
    for name, (parser, call) in libraries.items():
        systems[f"{name} in our quantity frame"] = in_frame(parser)
        systems[f"ours, {name} where ours gives None"] = in_frame(
            lambda t, p=parser: parse_number(t) if parse_number(t) is not None else p(t))
        systems[f"{name} alone on the whole span"] = lambda t, c=call: (attempt(c, t), None, None)
    got = {name: [run(text) for _, text, _ in items] for name, run in systems.items()}
    worded = lambda i: bool(NUMBER_WORD_RE.search(i[1]))
    scores(items, {"all": lambda i: True, "dev": lambda i: split_of[i[0]] == "dev",
                   "test": lambda i: split_of[i[0]] == "test", "has a number word": worded,
                   "spelt out, no digit": lambda i: worded(i) and not re.search(r"\d", i[1])},
           {name: [same(v, i[2]) for i, v in zip(items, values)] for name, values in got.items()})
    ours = got["ours (`normalise_quantity`)"]
    for name in libraries:
        for title, wins in ((f"{name} right, ours wrong", True), (f"ours right, {name} wrong", False)):
            rows = [(i, o, v) for i, o, v in zip(items, ours, got[f"{name} in our quantity frame"])
                    if same(v, i[2]) == wins and same(o, i[2]) != wins]
            print(f"\n### {title} ({len(rows)})\n")
            for (doc_id, text, want), o, v in rows[:SHOWN]:
                print(f"- `{doc_id}` {text!r}: gold {shown(want)}, ours {shown(o)}, {name} {shown(v)}")


def country_converter() -> Any:
    """country-converter's converter, or None. Under pandas 3 its own table loader reads Namibia's ISO2 `NA` as
    missing and fails (`re.compile(nan)`, country-converter 1.3.2), so the table is then read here, `NA` kept."""
    try:
        import country_converter as coco
    except ImportError:
        print("- country-converter is not installed: skipped")
        return None
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    try:
        return coco.CountryConverter()
    except TypeError:
        import pandas as pd
        from pandas._libs.parsers import STR_NA_VALUES

        data = pd.read_csv(Path(coco.__file__).with_name("country_data.tsv"), sep="\t", encoding="utf-8",
                           keep_default_na=False, na_values=STR_NA_VALUES - {"NA"})
        data["ISO2"] = data["ISO2"].fillna("")
        print(f"- country-converter fails to start under pandas {pd.__version__} (ISO2 `NA`); table re-read")
        return coco.CountryConverter(country_data=data)


# One GPE/NORP gold mention: both systems' names for it (`coco` None: no country found), and whether its gold
# canonical is a country.
Row = NamedTuple("Row", [("doc_id", str), ("label", str), ("text", str), ("gold", str), ("ours", str),
                         ("coco", Optional[str]), ("country", bool)])


def countries(gold: dict[str, DocumentRecord], split_of: dict[str, str]) -> None:
    """Our canonical and country-converter's name (else the text as written) of every GPE/NORP gold mention."""
    print("\n## Country names: GPE/NORP gold mentions\n")
    converter = country_converter()
    if converter is None:
        return
    cache: dict[str, Optional[str]] = {}

    def coco(name: str) -> Optional[str]:
        if name not in cache:
            found = converter.convert(names=name, to="name_short", not_found="\0")
            cache[name] = None if found == "\0" else found
        return cache[name]

    by_coco: dict[str, list[str]] = {}  # US states left out: `Georgia` is twice the state, once the country
    for name in {a.canonical for r in gold.values() for a in r.actors if a.label in ("GPE", "NORP")} - us_states():
        if coco(name):
            by_coco.setdefault(coco(name), []).append(name)
    # coco's name -> the gold's form of that country; where canonicals share a coco name (England, Wales -> United
    # Kingdom; Gaza, West Bank -> Palestine) only the one that is coco's name itself is a country
    to_gold = {c: ([n for n in names if n == c] or names)[0] for c, names in by_coco.items()
               if len(names) == 1 or c in names}
    rows = []
    for doc_id, record in gold.items():
        doc = read_document(SEEDS / Path(record.source).name)
        seg = segment(doc.text)
        canon = Canonicaliser.for_document(doc.text, [a.text for a in record.actors if a.label == "ORG"])
        for actor in sorted(record.actors, key=lambda a: (a.start, a.end)):  # text order, as assemble() does
            sentence = seg.sentence_of(actor.start)
            ours = canon.canonical(actor.text, actor.label, doc.text[sentence.start : sentence.end])
            if actor.label in ("GPE", "NORP"):
                name = coco(actor.text)
                rows.append(Row(doc_id, actor.label, actor.text, actor.canonical, ours,
                                to_gold.get(name, name) if name else None, actor.canonical in to_gold.values()))
    renamed = ", ".join(f"{c} -> {g}" for c, g in to_gold.items() if c != g) or "none"
    print(f"\n{len(rows)} mentions; {len(to_gold)} gold canonicals are countries; coco name -> gold form: {renamed}")
    written = lambda m: re.sub(r"^the\s+", "", ascii_quotes(m.text), flags=re.IGNORECASE)
    ours, theirs = (lambda m: m.ours), (lambda m: m.coco or written(m))
    both = lambda m: m.coco if m.ours == written(m) and m.coco else m.ours
    systems = {"ours (`Canonicaliser`)": ours, "country-converter, else the text": theirs,
               "ours, coco where ours keeps the text": both}
    gpe = lambda m: m.country and m.label == "GPE"
    scores(rows, {"GPE country": gpe, "dev": lambda m: gpe(m) and split_of[m.doc_id] == "dev",
                  "test": lambda m: gpe(m) and split_of[m.doc_id] == "test",
                  "NORP country": lambda m: m.country and m.label == "NORP",
                  "GPE country, coco finds one": lambda m: gpe(m) and m.coco is not None,
                  "all GPE+NORP": lambda m: True},
           {name: [pick(m) == m.gold for m in rows] for name, pick in systems.items()})
    for title, keep in (("countries: coco right, ours wrong", lambda m: m.country and theirs(m) == m.gold != ours(m)),
                        ("countries: ours right, coco wrong", lambda m: m.country and ours(m) == m.gold != theirs(m)),
                        ("countries: both wrong", lambda m: m.country and m.gold != ours(m) and m.gold != theirs(m)),
                        ("all GPE+NORP: the coco fallback breaks ours", lambda m: ours(m) == m.gold != both(m))):
        distinct: dict[tuple[Any, ...], int] = {}
        for m in filter(keep, rows):
            distinct[m[1:6]] = distinct.get(m[1:6], 0) + 1
        print(f"\n### {title}: {sum(distinct.values())} mentions, {len(distinct)} distinct\n")
        for (label, text, want, mine, name), count in sorted(distinct.items(), key=lambda kv: -kv[1])[:SHOWN]:
            print(f"- {label} {text!r} x{count}: gold {want!r}, ours {mine!r}, coco {name!r}")


def main() -> None:
    """Load all gold (dev and test) and print both comparisons."""
    gold = load_gold(SEEDS)
    split_of = {doc_id: split for split, ids in load_splits(SEEDS).items() for doc_id in ids}
    print("# Libraries against our normalisers on the gold (dev + test)")
    numbers(gold, split_of)
    countries(gold, split_of)


if __name__ == "__main__":
    main()
