"""A non-editable install (a wheel built from this checkout, no source tree on the path) runs `briefx run` and
`briefx eval` from another working directory, finding its pipelines and models under <prefix>/share/briefx."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_a_wheel_install_runs_from_another_folder(repo: Path, tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels),
                    str(repo)], check=True, capture_output=True)
    [wheel] = wheels.glob("briefx-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # --ignore-installed: this environment's own (editable) briefx must not count as already installed there.
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed", "--prefix",
                    str(venv), str(wheel)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    # The dependencies (torch, spaCy, ...) come from this environment; briefx itself only from the wheel.
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "brief.txt").write_text("The Department of State said on Monday that 155 people were sanctioned.\n",
                                         encoding="utf-8")
    briefx = [str(python), str(venv / "bin" / "briefx")]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # nothing but the install on the path
    where = subprocess.run([str(python), "-c", "import extract; print(extract.__file__)"], cwd=elsewhere, check=True,
                           capture_output=True, text=True, env=env).stdout
    assert where.startswith(str(venv))
    subprocess.run(briefx + ["run", "brief.txt", "-o", "out.jsonl"], cwd=elsewhere, check=True, capture_output=True,
                   env=env)
    record = json.loads((elsewhere / "out.jsonl").read_text(encoding="utf-8"))
    assert record["quantities"][0]["value"] == 155 and record["claims"]
    help_text = subprocess.run(briefx + ["--help"], cwd=elsewhere, check=True, capture_output=True, text=True,
                               env=env).stdout
    assert "eval" in help_text and "gold" in help_text  # registered by the eval package's entry points
