"""Build an unlabelled silver folder for the tagger recipe from a mirrored public-domain repository: White House
press briefings and remarks (spoken genres: a moderator, reporters' questions, speeches) or Congressional Record
floor speeches, converted to briefx's plain text (title line, date line, one paragraph a line).

The selection is deterministic (every k-th file of the sorted listing, within a length range) and skips briefs
already in `seeds/`; long transcripts are cut at a paragraph boundary so that no one text outweighs a genre.
Usage: python -m models.silver_corpus {whitehouse-spoken,congress} --mirror GIT_DIR --out FOLDER [--count N]
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable, Optional

REPO = Path(__file__).resolve().parent.parent
LICENCE = "Public domain (US Government work, 17 U.S.C. 105)"
MAX_CHARS = 12_000  # a transcript's first paragraphs up to this length
MIN_WORDS, MAX_WORDS = 300, 12_000  # before cutting: shorter texts are notices, longer ones are transcripts of days


@dataclass(frozen=True)
class SilverText:
    """One converted text and where it came from."""

    file: str
    title: str
    date: str
    body: list[str]
    origin_path: str
    source_url: str


def _git(mirror: Path, *args: str) -> str:
    """The output of a git command on the mirror's git directory."""
    return subprocess.run(["git", "--git-dir", str(mirror), *args], check=True, capture_output=True,
                          text=True).stdout


def _paragraphs(markdown: str) -> list[str]:
    """Blank-line separated paragraphs, hard-wrapped lines joined, links and emphasis reduced to their text."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"[*_]{2,}|\\(?=[^\w\s])", "", text).replace("\u00a0", " ").replace("\u2060", "")
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    out = []
    for block in re.split(r"\n\s*\n", text):
        line = re.sub(r"\s+", " ", block).strip().lstrip("#").strip()
        if line:
            out.append(line)
    return out


def first_paragraphs(paragraphs: list[str]) -> list[str]:
    """The first paragraphs up to MAX_CHARS (at least one)."""
    kept, size = [], 0
    for paragraph in paragraphs:
        if kept and size + len(paragraph) > MAX_CHARS:
            break
        kept.append(paragraph)
        size += len(paragraph) + 1
    return kept


def whitehouse_text(path: str, markdown: str) -> Optional[SilverText]:
    """A wh-briefings page: YAML front matter (title, date, source_url), then the transcript or speech."""
    front = re.match(r"---\n(.*?)\n---\n", markdown, re.DOTALL)
    if not front:
        return None
    meta = front.group(1)
    title = re.search(r'^title: "?(.*?)"?$', re.sub(r"\\\n\s*\\?", "", meta), re.MULTILINE)
    date = re.search(r"^date: '?(\d{4}-\d{2}-\d{2})", meta, re.MULTILINE)
    url = re.search(r"^source_url: (\S+)", meta, re.MULTILINE)
    if not (title and date):
        return None
    clean_title = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), title.group(1))
    clean_title = re.sub(r"\\_|\\ ", " ", clean_title).replace("\u2060", "")
    body = _paragraphs(markdown[front.end():])
    stem = Path(path).stem
    return SilverText(f"wh_{stem[:48]}.txt", re.sub(r"\s+", " ", clean_title).strip(), date.group(1), body, path,
                      url.group(1) if url else "")


def congress_text(path: str, markdown: str) -> Optional[SilverText]:
    """A congress-scope page: a `# TITLE` heading, the speaker and date line, then the Record's text."""
    title = re.search(r"^# (.+)$", markdown, re.MULTILINE)
    byline = re.search(r"^`(.+?) \u2014 (\d{1,2} \w+ \d{4})`$", markdown, re.MULTILINE)
    if not (title and byline) or title.group(1).strip() == "None":  # a page the repository left untitled
        return None
    date = datetime.strptime(byline.group(2), "%d %B %Y").date().isoformat()
    start = markdown.find("\n---", byline.end())
    body = _paragraphs(markdown[start + 4 :] if start >= 0 else markdown[byline.end():])
    return SilverText(f"congress_{date.replace('-', '')}_{Path(path).stem[:12]}.txt", title.group(1).strip(), date,
                      body, path, "")


# Each kind: the path patterns of its source folders, its converter and its repository.
KINDS: dict[str, tuple[tuple[str, ...], Callable[[str, str], Optional[SilverText]], str]] = {
    "whitehouse-spoken": ((r"press-briefings/\d{4}-\d{2}/[^/]+\.md", r"speeches-remarks/\d{4}-\d{2}/[^/]+\.md"),
                          whitehouse_text, "brian14708/wh-briefings"),
    "congress": ((r"docs/[0-9a-f]{32}\.md",), congress_text, "milesmcc/congress-scope"),
}


def seed_origins() -> set[str]:
    """The origin paths of the gold briefs (seeds/sources.csv), never taken as silver."""
    with (REPO / "seeds" / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return {row["origin_path"] for row in csv.DictReader(handle)}


def build(kind: str, mirror: Path, out: Path, count: int) -> list[SilverText]:
    """Convert `count` texts per path pattern of `kind` from the mirror into `out`, with a sources.csv of their origin."""
    patterns, convert, origin = KINDS[kind]
    commit = _git(mirror, "rev-parse", "HEAD").strip()
    listing = sorted(_git(mirror, "ls-tree", "-r", "--name-only", "HEAD").splitlines())
    taken: list[SilverText] = []
    skip = seed_origins()
    for pattern in patterns:
        paths = [p for p in listing if re.fullmatch(pattern, p) and p not in skip]
        step = max(1, len(paths) // (count * 3))
        found = 0
        for path in paths[::step]:
            text = convert(path, _git(mirror, "show", f"HEAD:{path}"))
            words = sum(len(p.split()) for p in text.body) if text else 0
            if text is None or not MIN_WORDS <= words <= MAX_WORDS:
                continue
            taken.append(SilverText(text.file, text.title, text.date, first_paragraphs(text.body), text.origin_path,
                                    text.source_url))
            found += 1
            if found == count:
                break
    out.mkdir(parents=True, exist_ok=True)
    for text in taken:
        (out / text.file).write_text("\n".join([text.title, text.date, *text.body]) + "\n", encoding="utf-8")
    with (out / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "origin_repo", "origin_path", "commit", "licence", "source_url"])
        for text in taken:
            writer.writerow([text.file, origin, text.origin_path, commit, LICENCE, text.source_url])
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("--mirror", required=True, help="the mirrored repository's git directory")
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=25, help="texts per source folder")
    args = parser.parse_args()
    taken = build(args.kind, Path(args.mirror), Path(args.out), args.count)
    print(f"{len(taken)} texts written to {args.out}")


if __name__ == "__main__":
    main()
