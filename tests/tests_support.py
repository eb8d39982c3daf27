"""Fixtures built in code: a minimal PDF and an HTML page, so no binary test data is committed."""

from __future__ import annotations

from pathlib import Path


def make_pdf(lines: list[str]) -> bytes:
    """A minimal valid one-page PDF with Helvetica text, offsets of its xref table computed here."""
    stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def write_html_and_pdf(folder: Path) -> None:
    """An HTML brief and a PDF brief, each with a dateline, a named actor and a number."""
    (folder / "page.html").write_text(
        "<html><body><nav>Menu</nav><p>April 11, 2025 | Policy Brief</p>"
        "<p>Ukrainian President Volodymyr Zelenskyy claimed that 155 Chinese nationals were fighting.</p>"
        "</body></html>", encoding="utf-8")
    (folder / "report.pdf").write_bytes(make_pdf(["April 11, 2025 | Policy Brief",
                                                  "Reuters reported that Russia paid 2 million dollars."]))
