"""`make review-check`: render the seed brief's review page in headless Chromium, save a screenshot, and check the
DOM the browser built: every mention marked at its offsets, the who-said-what table complete, no console error.

Usage: python -m eval.review_check [--brief seeds/000_6bb1bf22cb1f2666.txt] [--out out/review] [--pipeline default]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from extract.records import DocumentRecord
from extract.store import write_atomic
from extract.view import render_html

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]


class PageMap(HTMLParser):
    """Offsets of every marked piece (`data-id`, `data-at`) and the rows of the who-said-what tables."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: dict[str, list[tuple[int, int]]] = {}
        self.claim_rows = 0
        self._in_table = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "data-id" in values and "data-at" in values and "cue" not in values.get("class", "").split():
            start, end = (int(x) for x in values["data-at"].split("-"))
            self.pieces.setdefault(values["data-id"], []).append((start, end))
        if tag == "table" and "who-said-what" in values.get("class", ""):
            self._in_table = True
        if tag == "tr" and self._in_table and "data-source" in values:
            self.claim_rows += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_table = False


def browser() -> str:
    """The headless browser to use (Debian's `chromium` package)."""
    for name in CHROMIUM:
        if shutil.which(name):
            return name
    raise SystemExit("review-check: no chromium on PATH (apt-get install chromium)")


def problems(record: DocumentRecord, dom: str, console: str) -> list[str]:
    """What the rendered page gets wrong: a mention whose marked pieces do not cover exactly its offsets, a
    claim missing from the table, a console error."""
    page = PageMap()
    page.feed(dom)
    found = []
    for mention in [*record.actors, *record.quantities, *record.dates, *record.claims]:
        pieces = sorted(page.pieces.get(mention.id, []))
        covered = pieces and pieces[0][0] == mention.start and pieces[-1][1] == mention.end and all(
            a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
        if not covered:
            found.append(f"{mention.id} {mention.text!r} [{mention.start}, {mention.end}) marked as {pieces}")
    if page.claim_rows != len(record.claims):
        found.append(f"who-said-what table has {page.claim_rows} rows for {len(record.claims)} claims")
    found += [f"console: {line}" for line in console.splitlines()
              if re.search(r"CONSOLE|Uncaught|SyntaxError|TypeError", line)]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brief", default="seeds/000_6bb1bf22cb1f2666.txt")
    parser.add_argument("--out", default="out/review")
    parser.add_argument("--pipeline", default="default")
    args = parser.parse_args()

    from extract.pipeline import load

    record = load(args.pipeline)(Path(args.brief))
    out = Path(args.out)
    page = out / "review.html"
    write_atomic(page, render_html([record]))
    chromium = browser()
    url = page.resolve().as_uri()
    subprocess.run([chromium, *BROWSER_FLAGS, f"--screenshot={out.resolve() / 'review.png'}",
                    "--window-size=1280,2400", url], check=True, capture_output=True, timeout=120)
    rendered = subprocess.run([chromium, *BROWSER_FLAGS, "--enable-logging=stderr", "--v=0", "--dump-dom", url],
                              check=True, capture_output=True, text=True, timeout=120)
    found = problems(record, rendered.stdout, rendered.stderr)
    marks = len(record.actors) + len(record.quantities) + len(record.dates)
    print(f"{page}: {marks} mentions and {len(record.claims)} claims checked in Chromium's DOM; "
          f"screenshot {out / 'review.png'}")
    for line in found:
        print(f"review-check: {line}", file=sys.stderr)
    if found:
        raise SystemExit(1)
    print("review-check: OK")


if __name__ == "__main__":
    main()
