"""Pipelines built from one TOML config in pipelines/: segment -> entities -> assemble -> claims.

A config names its entity back end (`transformer`, `spacy-ner`, `spacy-ner-rules`) and claim back end
(`claim-head`, which needs the transformer's encoder states; `cue-rules`; `none`); swapping a stage is a
config change. Back ends load lazily, on first use.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol

from extract.assemble import assemble
from extract.errors import BriefxError
from extract.ingest import Document, document_from_text, gather, looks_like_path, read_document
from extract.spans.mention import Mention
from extract.records import DocumentRecord
from extract.segment import Segmented, segment_many

REPO_ROOT = Path(__file__).resolve().parent.parent
PIPELINES_DIR = REPO_ROOT / "pipelines"


@dataclass
class PipelineConfig:
    """What a pipelines/NAME.toml says: which back ends and their settings."""

    name: str
    entities: dict[str, Any] = field(default_factory=dict)
    claims: dict[str, Any] = field(default_factory=dict)
    batch_docs: int = 16

    @classmethod
    def load(cls, name_or_path: str) -> "PipelineConfig":
        """Read `pipelines/NAME.toml` or an explicit .toml path."""
        path = Path(name_or_path)
        if path.suffix != ".toml":
            path = PIPELINES_DIR / f"{name_or_path}.toml"
        if not path.is_file():
            known = sorted(p.stem for p in PIPELINES_DIR.glob("*.toml"))
            raise BriefxError("E301", f"pipeline {name_or_path!r} not found; known: {', '.join(known)}")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return cls(name=data.get("name", path.stem), entities=data.get("entities", {}),
                   claims=data.get("claims", {}), batch_docs=int(data.get("batch_docs", 16)))


class EntityStage(Protocol):
    """An entity back end: loads lazily, then maps segmented documents to their raw mentions."""

    def load(self) -> None: ...

    def __call__(self, segs: list[Segmented]) -> list[list[Mention]]: ...


def build_entity_stage(settings: dict[str, Any]) -> EntityStage:
    """The entity back end a config names."""
    backend = settings.get("backend", "transformer")
    if backend in ("spacy-ner", "spacy-ner-rules"):
        from extract.entities_spacy import SpacyEntities

        return SpacyEntities(rules=backend == "spacy-ner-rules")
    if backend == "transformer":
        from extract.tagger import TransformerEntities

        model = Path(settings.get("model", "models/entity-tagger"))
        return TransformerEntities(
            model_dir=model if model.is_absolute() else REPO_ROOT / model,
            batch_size=int(settings.get("batch_size", 32)),
            quantize=settings.get("quantize", "none") == "int8",
            runtime=settings.get("runtime", "torch"),
        )
    raise BriefxError("E302", f"unknown entity backend {backend!r}")


def build_claim_stage(settings: dict[str, Any]) -> Optional[Callable[[Segmented, DocumentRecord], list]]:
    """The claim back end a config names, or None for `none`."""
    backend = settings.get("backend", "cue-rules")
    if backend == "none":
        return None
    if backend == "cue-rules":
        from extract.claims import ClaimRules

        return ClaimRules()
    if backend == "claim-head":
        from extract.claim_model import ClaimHead

        model = Path(settings.get("model", "models/claim-head"))
        return ClaimHead(model_dir=model if model.is_absolute() else REPO_ROOT / model)
    raise BriefxError("E303", f"unknown claims backend {backend!r}")


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
        self._claims: Any = None
        self._claims_built = False

    @property
    def entities(self) -> EntityStage:
        if self._entities is None:
            self._entities = build_entity_stage(self.config.entities)
        return self._entities

    @property
    def claims(self) -> Any:
        if not self._claims_built:
            self._claims, self._claims_built = build_claim_stage(self.config.claims), True
        return self._claims

    def warm_up(self) -> None:
        """Load every back end now, so the first document does not pay for model loading."""
        self.entities.load()
        if hasattr(self.claims, "load"):
            self.claims.load()

    def process(self, docs: list[Document]) -> list[DocumentRecord]:
        """Extract records for a batch of documents; each record is the same as the document would get alone."""
        return list(self.records(docs))

    def records(self, docs: list[Document]) -> Iterator[DocumentRecord]:
        """Each document's record as soon as it is done: one spaCy pass for the batch, then the tagger, the
        normalisers and the claims document by document (the tagger never batches across documents anyway),
        so progress can be shown per document."""
        for doc, seg in zip(docs, segment_many([d.text for d in docs])):
            [mentions] = self.entities([seg])
            record = assemble(doc, seg, mentions)
            if self.claims is not None:
                record.claims = self.claims(seg, record)
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
        """Outcomes for `(path, doc_id)` pairs in order, read and extracted `batch_docs` at a time."""
        batch: list[tuple[str, Document]] = []
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
