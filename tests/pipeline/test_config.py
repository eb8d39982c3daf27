"""Pipeline configs: typed settings with one default each, unknown keys and back ends refused with the file named,
a claim head without encoder states refused at load time, and the briefx home found or named."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import BriefxError
from extract.home import home
from extract.pipeline import (CLAIM_BACKENDS, ENTITY_BACKENDS, ITEM_BACKENDS, ClaimSettings, EntitySettings,
                              ItemSettings, PipelineConfig, pipelines_dir)


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_pipeline_loads_and_names_known_back_ends() -> None:
    names = sorted(p.stem for p in pipelines_dir().glob("*.toml"))
    assert {"default", "rules", "spacy-baseline"} <= set(names)
    for name in names:
        config = PipelineConfig.load(name)
        assert config.name == name
        assert config.entities.backend in ENTITY_BACKENDS and config.claims.backend in CLAIM_BACKENDS
        assert config.items.backend in ITEM_BACKENDS


def test_the_default_pipeline_says_what_it_runs() -> None:
    config = PipelineConfig.load("default")
    assert config.entities == EntitySettings(quantize="int8")
    assert config.claims == ClaimSettings(backend="claim-head") and config.spans.rules
    assert config.items == ItemSettings(backend="item-head")
    assert not PipelineConfig.load("spacy-baseline").spans.rules
    assert PipelineConfig.load("rules").items == ItemSettings()  # the rules alone write items


def test_a_mistyped_key_is_refused_naming_the_key_and_the_file(tmp_path: Path) -> None:
    path = _config(tmp_path, '[entities]\nbackend = "transformer"\nquantise = "int8"\n')
    with pytest.raises(BriefxError, match=r"E304.*mine\.toml.*'quantise' in \[entities\]"):
        PipelineConfig.load(str(path))
    with pytest.raises(BriefxError, match=r"E304.*mine\.toml.*'batch_size'"):
        PipelineConfig.load(str(_config(tmp_path, "batch_size = 8\n")))


def test_a_value_of_the_wrong_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BriefxError, match=r"E304.*batch_size must be a int"):
        PipelineConfig.load(str(_config(tmp_path, '[entities]\nbatch_size = "32"\n')))
    with pytest.raises(BriefxError, match=r"E304.*rules must be a bool"):
        PipelineConfig.load(str(_config(tmp_path, "[spans]\nrules = 1\n")))


def test_unknown_back_ends_and_a_head_without_encoder_states_are_refused_at_load(tmp_path: Path) -> None:
    with pytest.raises(BriefxError, match=r"E302.*mine\.toml.*'gliner'"):
        PipelineConfig.load(str(_config(tmp_path, '[entities]\nbackend = "gliner"\n')))
    with pytest.raises(BriefxError, match=r"E303.*'llm'"):
        PipelineConfig.load(str(_config(tmp_path, '[claims]\nbackend = "llm"\n')))
    with pytest.raises(BriefxError, match=r"E305.*mine\.toml.*encoder states"):
        PipelineConfig.load(str(_config(tmp_path, '[entities]\nbackend = "spacy-ner"\n[claims]\nbackend = "claim-head"\n')))
    with pytest.raises(BriefxError, match=r"E303.*items backend 'gpt'"):
        PipelineConfig.load(str(_config(tmp_path, '[items]\nbackend = "gpt"\n')))
    with pytest.raises(BriefxError, match=r"E305.*mine\.toml.*items backend 'item-head'.*encoder states"):
        PipelineConfig.load(str(_config(tmp_path, '[entities]\nbackend = "spacy-ner"\n[items]\nbackend = "item-head"\n')))


def test_briefx_home_is_the_checkout_or_what_BRIEFX_HOME_names(tmp_path: Path, repo: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert home() == repo
    monkeypatch.setenv("BRIEFX_HOME", str(tmp_path))
    with pytest.raises(BriefxError, match=r"E306.*no pipelines/ folder"):
        home()
    (tmp_path / "pipelines").mkdir()
    (tmp_path / "pipelines" / "only.toml").write_text('[claims]\nbackend = "none"\n', encoding="utf-8")
    assert home() == tmp_path
    assert PipelineConfig.load("only").claims.backend == "none"
