"""Record files: JSONL read, atomic JSONL/Parquet/CSV write, and the append-safe store a batch run resumes from.

Nothing already written is lost: whole files are written to a temporary sibling and renamed; a JSONL output
grows one complete line at a time (flushed and fsynced), and a torn last line from a killed run is dropped.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from extract.errors import BriefxError
from extract.records import DocumentRecord


def record_line(record: DocumentRecord) -> str:
    """One record as its canonical JSON line: stable key order, UTF-8 kept, no spaces to vary."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def read_jsonl(path: str | Path) -> Iterator[DocumentRecord]:
    """Records of a .jsonl file; a malformed line is an error naming the file and line number."""
    path = Path(path)
    if not path.is_file():
        raise BriefxError("E202", f"{path}: no such file")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield DocumentRecord.from_dict(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise BriefxError("E201", f"{path}:{number}: not a valid record ({exc})") from None


@contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A temporary sibling of `path` to write whole; renamed onto `path` if the block succeeds, removed if not,
    so readers (and parallel workers) never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; the result gets the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, content: str | bytes) -> None:
    """Write a whole file through a temporary sibling and a rename, so readers never see half of it."""
    with replacing(path) as tmp, tmp.open("wb") as handle:
        handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        handle.flush()
        os.fsync(handle.fileno())


def write_jsonl(path: str | Path, records: Iterable[DocumentRecord]) -> None:
    """Write records to a .jsonl file atomically."""
    write_atomic(path, "".join(record_line(r) for r in records))


SYNC_SECONDS = 2.0


class JsonlAppender:
    """The output of a resumable batch run: existing complete lines are kept, new records appended whole.

    On open, a torn last line (a run killed mid-write) is cut off with an atomic rewrite; `done` holds the
    `(doc_id, sha256)` of every document already in the file, so a rerun skips them (two files with the same
    bytes under different names are two documents).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.done: set[tuple[str, str]] = set()
        self._repair_and_index()
        self.path.parent.mkdir(parents=True, exist_ok=True)  # `-o out/seeds.jsonl` on a fresh clone has no out/
        self._handle = self.path.open("a", encoding="utf-8")
        self._synced = time.monotonic()

    def _repair_and_index(self) -> None:
        if not self.path.exists():
            return
        kept: list[str] = []
        torn = False
        for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
            try:
                data = json.loads(line)
                if not line.endswith("\n"):
                    raise ValueError("unterminated line")
            except ValueError:
                torn = True
                continue
            kept.append(line)
            self.done.add((data.get("doc_id", ""), data.get("sha256", "")))
        if torn:
            write_atomic(self.path, "".join(kept))

    def append(self, record: DocumentRecord) -> None:
        """Append one record as one complete line, handed to the OS at once (a killed run keeps it); forced to
        disk at most every SYNC_SECONDS and on close, since a sync per short document costs more than its
        extraction. A line a power cut tears is cut off on the next open, and that document redone."""
        self._handle.write(record_line(record))
        self._handle.flush()
        if time.monotonic() - self._synced >= SYNC_SECONDS:
            self._sync()
        self.done.add((record.doc_id, record.sha256))

    def _sync(self) -> None:
        os.fsync(self._handle.fileno())
        self._synced = time.monotonic()

    def close(self) -> None:
        self._sync()
        self._handle.close()

    def __enter__(self) -> "JsonlAppender":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
