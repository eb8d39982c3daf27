"""Label Studio round trip: records to tasks with pre-annotations, and an annotator's export back to this repo's
label files (seeds/README.md), which `briefx gold build` turns into gold.

Every mention and claim is a `labels` region on the text (exact character offsets); its attributes are per-region
text areas and choices; a claim points to its cue region (relation `cue`) and, when its source is an actor of the
document, to that actor (relation `source`). The source itself is also a per-region text area, because `AUTHOR`
and `UNKNOWN` are no region.
"""

from __future__ import annotations

import html
import json
from typing import Any, Iterable, Optional

from extract.errors import BriefxError
from extract.records import ACTOR_LABELS, CLAIM_KINDS, QUANTITY_OPS, STANCE_OF, DocumentRecord

MENTION_LABELS = (*ACTOR_LABELS, "QUANTITY", "DATE")
REGION_LABELS = (*MENTION_LABELS, *CLAIM_KINDS, "cue")
TEXT_ATTRIBUTES = ("canonical", "value", "low", "high", "unit", "item", "source")


def labeling_config() -> str:
    """The Label Studio labelling configuration (XML) the exported tasks are made for."""
    labels = "".join(f'<Label value="{label}"/>' for label in REGION_LABELS)
    areas = "".join(f'<TextArea name="{name}" toName="text" perRegion="true" maxSubmissions="1" '
                    f'editable="true" placeholder="{name}"/>' for name in TEXT_ATTRIBUTES)
    ops = "".join(f'<Choice value="{html.escape(op)}"/>' for op in QUANTITY_OPS)
    return ('<View><Header value="$title"/>'
            f'<Labels name="label" toName="text">{labels}</Labels>'
            '<Text name="text" value="$text" granularity="symbol"/>'
            '<Relations><Relation value="cue"/><Relation value="source"/></Relations>'
            f'{areas}<Choices name="op" toName="text" perRegion="true" choice="single">{ops}</Choices>'
            '<Choices name="hedged" toName="text" perRegion="true" choice="single">'
            '<Choice value="hedged"/><Choice value="not hedged"/></Choices></View>')


def _region(ident: str, start: int, end: int, text: str, label: str, score: Optional[float]) -> dict[str, Any]:
    region: dict[str, Any] = {"id": ident, "from_name": "label", "to_name": "text", "type": "labels",
                              "value": {"start": start, "end": end, "text": text, "labels": [label]}}
    if score is not None:
        region["score"] = score
    return region


def _attribute(ident: str, start: int, end: int, name: str, value: Any) -> dict[str, Any]:
    """A per-region attribute: a text area holding the value as JSON (so numbers and null come back as such)."""
    return {"id": ident, "from_name": name, "to_name": "text", "type": "textarea",
            "value": {"start": start, "end": end, "text": [json.dumps(value, ensure_ascii=False)]}}


def _choice(ident: str, start: int, end: int, name: str, choice: str) -> dict[str, Any]:
    return {"id": ident, "from_name": name, "to_name": "text", "type": "choices",
            "value": {"start": start, "end": end, "choices": [choice]}}


def record_results(record: DocumentRecord) -> list[dict[str, Any]]:
    """The Label Studio results (regions, attributes, relations) of one record."""
    results: list[dict[str, Any]] = []
    actor_of: dict[str, str] = {}
    for a in record.actors:
        results.append(_region(a.id, a.start, a.end, a.text, a.label, a.score))
        results.append(_attribute(a.id, a.start, a.end, "canonical", a.canonical))
        actor_of.setdefault(a.canonical, a.id)
    for q in record.quantities:
        results.append(_region(q.id, q.start, q.end, q.text, "QUANTITY", q.score))
        for name in ("value", "low", "high", "unit", "item"):
            results.append(_attribute(q.id, q.start, q.end, name, getattr(q, name)))
        results.append(_choice(q.id, q.start, q.end, "op", q.op))
    for d in record.dates:
        results.append(_region(d.id, d.start, d.end, d.text, "DATE", d.score))
        results.append(_attribute(d.id, d.start, d.end, "value", d.value))
    for c in record.claims:
        results.append(_region(c.id, c.start, c.end, c.text, c.kind, c.score))
        results.append(_attribute(c.id, c.start, c.end, "source", c.source))
        results.append(_choice(c.id, c.start, c.end, "hedged", "hedged" if c.hedged else "not hedged"))
        if c.cue is not None:
            cue_id = f"{c.id}-cue"
            results.append(_region(cue_id, c.cue.start, c.cue.end, c.cue.text, "cue", None))
            results.append({"type": "relation", "from_id": c.id, "to_id": cue_id, "direction": "right",
                            "labels": ["cue"]})
        if c.source in actor_of:
            results.append({"type": "relation", "from_id": c.id, "to_id": actor_of[c.source], "direction": "right",
                            "labels": ["source"]})
    return results


def to_tasks(records: Iterable[DocumentRecord], texts: dict[str, str], model_version: str = "briefx") -> list[dict]:
    """One task per record: its text and metadata as data, its extractions as a prediction (pre-annotations)."""
    tasks = []
    for record in records:
        scores = [m.score for s in ("actors", "quantities", "dates", "claims") for m in getattr(record, s)
                  if m.score is not None]
        prediction: dict[str, Any] = {"model_version": model_version, "result": record_results(record)}
        if scores:
            prediction["score"] = round(sum(scores) / len(scores), 4)
        tasks.append({"data": {"text": texts[record.doc_id], "doc_id": record.doc_id, "title": record.title or "",
                               "source": record.source, "published": record.published or ""},
                      "predictions": [prediction]})
    return tasks


def _annotation(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The results an annotator submitted for a task: its last annotation not cancelled, else the prediction."""
    done = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
    if done:
        return done[-1].get("result", [])
    predictions = task.get("predictions", [])
    return predictions[-1].get("result", []) if predictions else []


def to_labels(task: dict[str, Any]) -> dict[str, Any]:
    """One exported task as a label file (explicit `start` anchors), in the shape `briefx gold build` reads."""
    doc_id = task.get("data", {}).get("doc_id")
    if not doc_id:
        raise BriefxError("E701", "a Label Studio task without data.doc_id; export tasks made by briefx")
    results = _annotation(task)
    regions: dict[str, dict[str, Any]] = {}
    attributes: dict[str, dict[str, Any]] = {}
    cues: dict[str, str] = {}
    for result in results:
        if result.get("type") == "relation":
            if "cue" in result.get("labels", []):
                cues[result["from_id"]] = result["to_id"]
        elif result.get("type") == "labels":
            regions[result["id"]] = result["value"]
        elif result.get("type") == "textarea":
            attributes.setdefault(result["id"], {})[result["from_name"]] = _parsed(result["value"]["text"])
        elif result.get("type") == "choices":
            attributes.setdefault(result["id"], {})[result["from_name"]] = result["value"]["choices"][0]
    labels: dict[str, Any] = {"doc_id": doc_id, "actors": [], "quantities": [], "dates": [], "claims": []}
    for ident, value in sorted(regions.items(), key=lambda item: (item[1]["start"], item[1]["end"])):
        label, extra = value["labels"][0], attributes.get(ident, {})
        anchor = {"text": value["text"], "start": value["start"]}
        if label in ACTOR_LABELS:
            labels["actors"].append({**anchor, "label": label, "canonical": extra.get("canonical", value["text"])})
        elif label == "QUANTITY":
            labels["quantities"].append({**anchor, **{k: extra.get(k) for k in ("value", "low", "high", "unit",
                                                                                    "item")}, "op": extra.get("op", "=")})
        elif label == "DATE":
            labels["dates"].append({**anchor, "value": extra.get("value")})
        elif label in CLAIM_KINDS:
            cue = regions.get(cues.get(ident, ""))
            labels["claims"].append({**anchor, "kind": label, "source": extra.get("source", "UNKNOWN"),
                                     "cue": {"text": cue["text"], "start": cue["start"]} if cue else None,
                                     "stance": STANCE_OF[label], "hedged": extra.get("hedged") == "hedged"})
    return labels


def _parsed(lines: list[str]) -> Any:
    """A text area's value: JSON when it parses (numbers, null), else the text an annotator typed."""
    raw = "\n".join(lines).strip()
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw
