"""The Python API does what the README shows: folders expand, a mistyped path is an error, the snippet runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import extract
from extract.errors import BriefxError
from extract.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return extract.load("rules")


def test_run_expands_a_folder_like_the_command_line(pipe: Pipeline, repo: Path, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("crs_IN12681v2", "000_6bb1bf22cb1f2666"):
        (tmp_path / "sub" / f"{name}.txt").write_bytes((repo / "seeds" / f"{name}.txt").read_bytes())
    (tmp_path / "sub" / "notes.docx").write_bytes(b"PK")
    outcomes = list(pipe.run([tmp_path]))
    assert [o.record.doc_id for o in outcomes if o.record] == ["000_6bb1bf22cb1f2666", "crs_IN12681v2"]
    assert [o.skipped for o in outcomes if o.error] == [True]


def test_a_path_that_names_no_file_is_an_error_not_text(pipe: Pipeline) -> None:
    with pytest.raises(BriefxError, match=r"E001.*seeds/typo\.txt"):
        pipe("seeds/typo.txt")
    assert pipe("Reuters reported that 155 Chinese nationals were fighting.").quantities


def test_the_readme_snippet_runs_as_pasted(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (repo / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(repo)
    namespace: dict = {}
    exec(compile(snippet, "README.md", "exec"), namespace)  # noqa: S102: our own README
    assert len(namespace["records"]) == len(list((repo / "seeds").glob("*.txt")))
    assert len(namespace["frames"]["claims"]) > 0
