"""Pipelines built from one TOML config in pipelines/: segment -> entities -> span rules -> assemble -> items ->
claims.

A config names each stage's back end from a registry (`ENTITY_BACKENDS`, `ITEM_BACKENDS`, `CLAIM_BACKENDS`) and its
typed settings (`EntitySettings`, `SpanSettings`, `ItemSettings`, `ClaimSettings`: the one place each default is
written); a key the
settings do not have is an error naming the key and the file. Back ends load lazily, on first use.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol

from extract.assemble import assemble
from extract.errors import BriefxError
from extract.home import home
from extract.ingest import Document, document_from_text, gather, looks_like_path, read_document
from extract.records import Claim, DocumentRecord
from extract.segment import Segmented, segment_many
from extract.spans.mention import EntityOutput
from extract.spans.rules import apply_span_rules


@dataclass(frozen=True)
class EntitySettings:
    """`[entities]`: the back end that proposes raw mentions (a key of ENTITY_BACKENDS) and its settings."""

    backend: str = "transformer"
    model: str = "models/entity-tagger"  # relative to the briefx home (see extract/home.py)
    batch_size: int = 32
    quantize: str = "none"  # none | int8
    runtime: str = "onnx"  # onnx | torch


@dataclass(frozen=True)
class SpanSettings:
    """`[spans]`: whether SCHEMA.md's span rules (extract/spans/) trim and filter the back end's mentions."""

    rules: bool = True


@dataclass(frozen=True)
class ItemSettings:
    """`[items]`: who writes each quantity's `item`: the rules of extract/normalise/items.py alone, or with the
    learned selector (a key of ITEM_BACKENDS) and its model."""

    backend: str = "rules"
    model: str = "models/item-head"


@dataclass(frozen=True)
class ClaimSettings:
    """`[claims]`: the claim back end (a key of CLAIM_BACKENDS) and its model."""

    backend: str = "cue-rules"
    model: str = "models/claim-head"


def pipelines_dir() -> Path:
    """The folder of the named pipeline configs."""
    return home() / "pipelines"


def _settings(cls: type, table: Any, where: str, path: Path) -> Any:
    """`cls` from a TOML table, rejecting keys it does not have and values of the wrong type."""
    if not isinstance(table, dict):
        raise BriefxError("E304", f"{path}: [{where}] must be a table")
    known = {f.name: f for f in fields(cls)}
    for key, value in table.items():
        if key not in known:
            raise BriefxError("E304", f"{path}: unknown key {key!r} in [{where}]; known: {', '.join(known)}")
        expected = type(known[key].default)
        if type(value) is not expected:
            raise BriefxError("E304", f"{path}: [{where}] {key} must be a {expected.__name__}, not {value!r}")
    return cls(**table)


@dataclass(frozen=True)
class PipelineConfig:
    """What a pipelines/NAME.toml says: each stage's back end and settings, and how many documents a batch holds."""

    name: str
    entities: EntitySettings = field(default_factory=EntitySettings)
    spans: SpanSettings = field(default_factory=SpanSettings)
    items: ItemSettings = field(default_factory=ItemSettings)
    claims: ClaimSettings = field(default_factory=ClaimSettings)
    batch_docs: int = 16

    @classmethod
    def load(cls, name_or_path: str) -> "PipelineConfig":
        """Read `pipelines/NAME.toml` or an explicit .toml path, checking every key, back end and pairing."""
        path = Path(name_or_path)
        if path.suffix != ".toml":
            path = pipelines_dir() / f"{name_or_path}.toml"
        if not path.is_file():
            known = sorted(p.stem for p in pipelines_dir().glob("*.toml"))
            raise BriefxError("E301", f"pipeline {name_or_path!r} not found; known: {', '.join(known)}")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise BriefxError("E304", f"{path}: not valid TOML: {exc}") from exc
        unknown = set(data) - {"name", "batch_docs", "entities", "spans", "items", "claims"}
        if unknown:
            raise BriefxError("E304", f"{path}: unknown key {sorted(unknown)[0]!r}; known: name, batch_docs, "
                                      "[entities], [spans], [items], [claims]")
        top = _settings(_TopLevel, {k: v for k, v in data.items() if k in ("name", "batch_docs")}, "top level", path)
        config = cls(name=top.name or path.stem, batch_docs=top.batch_docs,
                     entities=_settings(EntitySettings, data.get("entities", {}), "entities", path),
                     spans=_settings(SpanSettings, data.get("spans", {}), "spans", path),
                     items=_settings(ItemSettings, data.get("items", {}), "items", path),
                     claims=_settings(ClaimSettings, data.get("claims", {}), "claims", path))
        config.check(path)
        return config

    def check(self, path: Path | str) -> None:
        """Raise when a back end is unknown or the item or claim back end needs encoder states the entity one lacks."""
        if self.entities.backend not in ENTITY_BACKENDS:
            raise BriefxError("E302", f"{path}: unknown entity backend {self.entities.backend!r}; known: "
                                      f"{', '.join(ENTITY_BACKENDS)}")
        if self.claims.backend not in CLAIM_BACKENDS:
            raise BriefxError("E303", f"{path}: unknown claims backend {self.claims.backend!r}; known: "
                                      f"{', '.join(CLAIM_BACKENDS)}")
        if self.items.backend not in ITEM_BACKENDS:
            raise BriefxError("E303", f"{path}: unknown items backend {self.items.backend!r}; known: "
                                      f"{', '.join(ITEM_BACKENDS)}")
        for stage, backend in (("items", self.items.backend), ("claims", self.claims.backend)):
            if backend in NEEDS_ENCODER_STATES and self.entities.backend not in GIVES_ENCODER_STATES:
                raise BriefxError("E305", f"{path}: {stage} backend {backend!r} reads encoder states, which "
                                          f"entity backend {self.entities.backend!r} does not give; use "
                                          f"{', '.join(sorted(GIVES_ENCODER_STATES))}")


@dataclass(frozen=True)
class _TopLevel:
    """The config's keys outside any table."""

    name: str = ""
    batch_docs: int = 16


class EntityStage(Protocol):
    """An entity back end: loads lazily, then maps segmented documents to their raw mentions (and states)."""

    def load(self) -> None: ...

    def __call__(self, segs: list[Segmented]) -> list[EntityOutput]: ...


class ItemStage(Protocol):
    """An item back end: writes each quantity's `item` in a record, from the document and its encoder states."""

    def __call__(self, seg: Segmented, record: DocumentRecord, encoder_states: Any) -> None: ...


class ClaimStage(Protocol):
    """A claim back end: a document's claims from its segmentation, record and encoder states (or None)."""

    def __call__(self, seg: Segmented, record: DocumentRecord, encoder_states: Any) -> list[Claim]: ...


def _model_path(model: str) -> Path:
    """A model folder named in a config: absolute, or relative to the briefx home."""
    return Path(model) if Path(model).is_absolute() else home() / model


def _transformer(settings: EntitySettings) -> EntityStage:
    from extract.tagger import TransformerEntities

    return TransformerEntities(model_dir=_model_path(settings.model), batch_size=settings.batch_size,
                               quantize=settings.quantize == "int8", runtime=settings.runtime)


def _spacy_ner(settings: EntitySettings) -> EntityStage:
    from extract.entities_spacy import SpacyEntities

    return SpacyEntities()


def _cue_rules(settings: ClaimSettings) -> ClaimStage:
    from extract.claims.rules import ClaimRules

    return ClaimRules()


def _claim_head(settings: ClaimSettings) -> ClaimStage:
    from extract.claims.head import ClaimHead

    return ClaimHead(model_dir=_model_path(settings.model))


def _item_selector(settings: ItemSettings) -> ItemStage:
    from extract.normalise.item_head import ItemSelector

    return ItemSelector(model_dir=_model_path(settings.model))


ENTITY_BACKENDS: dict[str, Callable[[EntitySettings], EntityStage]] = {"transformer": _transformer,
                                                                        "spacy-ner": _spacy_ner}
CLAIM_BACKENDS: dict[str, Optional[Callable[[ClaimSettings], ClaimStage]]] = {"none": None, "cue-rules": _cue_rules,
                                                                               "claim-head": _claim_head}
ITEM_BACKENDS: dict[str, Optional[Callable[[ItemSettings], ItemStage]]] = {"rules": None,
                                                                          "item-head": _item_selector}
GIVES_ENCODER_STATES = {"transformer"}
NEEDS_ENCODER_STATES = {"claim-head", "item-head"}


@dataclass
class Outcome:
    """One input's result in a batch run: a record, the error that stopped it, or why it was passed over."""

    path: str
    record: Optional[DocumentRecord] = None
    error: Optional[str] = None
    words: int = 0
    skipped: bool = False  # passed over (unsupported format, link to a folder), not read


class Pipeline:
    """A configured pipeline; call it on a text or a path, or `run` it over files and folders."""

    def __init__(self, config: PipelineConfig) -> None:
        self.config = config
        self._entities: Optional[EntityStage] = None
        items = ITEM_BACKENDS[config.items.backend]
        self.items: Optional[ItemStage] = items(config.items) if items else None
        factory = CLAIM_BACKENDS[config.claims.backend]
        self.claims: Optional[ClaimStage] = factory(config.claims) if factory else None

    @property
    def entities(self) -> EntityStage:
        if self._entities is None:
            self._entities = ENTITY_BACKENDS[self.config.entities.backend](self.config.entities)
        return self._entities

    def warm_up(self) -> None:
        """Load every back end now, so the first document does not pay for model loading."""
        self.entities.load()
        for stage in (self.items, self.claims):
            if hasattr(stage, "load"):
                stage.load()

    def process(self, docs: list[Document]) -> list[DocumentRecord]:
        """Extract records for a batch of documents; each record is the same as the document would get alone."""
        return list(self.records(docs))

    def records(self, docs: list[Document]) -> Iterator[DocumentRecord]:
        """Each document's record as soon as it is done: one spaCy pass for the batch, then the tagger, the
        normalisers and the claims document by document (the tagger never batches across documents anyway),
        so progress can be shown per document."""
        for doc, seg in zip(docs, segment_many([d.text for d in docs])):
            [found] = self.entities([seg])
            mentions = apply_span_rules(seg.text, found.mentions) if self.config.spans.rules else found.mentions
            record = assemble(doc, seg, mentions)
            if self.items is not None:
                self.items(seg, record, found.encoder_states)
            if self.claims is not None:
                record.claims = self.claims(seg, record, found.encoder_states)
            yield record

    def __call__(self, text_or_path: str | Path) -> DocumentRecord:
        """One record from a path to a brief, or from the brief's text itself. A one-line string ending in
        `.txt`, `.md`, `.html`, `.htm` or `.pdf` is a path, and an error if no such file exists."""
        if isinstance(text_or_path, Path) or looks_like_path(text_or_path):
            doc = read_document(text_or_path)
        else:
            doc = document_from_text(str(text_or_path))
        return self.process([doc])[0]

    def run(self, paths: Iterable[str | Path], skip: Optional[set[tuple[str, str]]] = None) -> Iterator[Outcome]:
        """Outcomes for every file under `paths` (folders expanded as by `briefx run`), in order: files passed
        over first, then one per file. Bad files give an error outcome and the run goes on; documents whose
        `(doc_id, sha256)` is in `skip` are left out."""
        inputs = gather(paths)
        for passed in inputs.skipped:
            yield Outcome(path=str(passed.path), error=passed.message(), skipped=True)
        yield from self.run_files(inputs.files, skip)

    def run_files(self, files: Iterable[tuple[Path, str]],
                  skip: Optional[set[tuple[str, str]]] = None) -> Iterator[Outcome]:
        """Outcomes for `(path, doc_id)` pairs in order, read and extracted `batch_docs` at a time. A document
        whose doc_id is in `skip` with other content is an error: an output holds each doc_id once."""
        batch: list[tuple[str, Document]] = []
        done_ids = {doc_id for doc_id, _ in skip or ()}
        for path, doc_id in files:
            try:
                doc = read_document(path, doc_id=doc_id)
            except BriefxError as exc:
                yield from self._flush(batch)
                batch = []
                yield Outcome(path=str(path), error=str(exc))
                continue
            if skip is not None and (doc.doc_id, doc.sha256) in skip:
                continue
            if doc.doc_id in done_ids:
                yield from self._flush(batch)
                batch = []
                yield Outcome(path=str(path), error=str(BriefxError(
                    "E012", f"{path}: doc_id {doc.doc_id!r} is already in the output with other content (the file "
                            "changed since); write to a new output file or delete that line")))
                continue
            batch.append((str(path), doc))
            if len(batch) >= self.config.batch_docs:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list[tuple[str, Document]]) -> Iterator[Outcome]:
        if not batch:
            return
        for (path, doc), record in zip(batch, self.records([doc for _, doc in batch])):
            yield Outcome(path=path, record=record, words=len(doc.text.split()))


def load(pipeline: str = "default") -> Pipeline:
    """The pipeline named in pipelines/ (or a .toml path); back ends load on first use."""
    return Pipeline(PipelineConfig.load(pipeline))
