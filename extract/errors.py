"""One error type with stable codes, so a log line says which check failed (`[E004] file.txt: empty file`)."""

from __future__ import annotations


class BriefxError(Exception):
    """An input or configuration problem the user can fix; the message names the file or field."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message
