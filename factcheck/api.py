"""The pipeline as functions: corpus -> extract -> compare. The CLI only wraps these."""
from __future__ import annotations

import time
from collections.abc import Callable

from .config import Config, with_tolerance
from .corpus import load_corpus
from .model import InputError, Result


def extract(paths: list[str], config: Config | None = None, progress: Callable[[str], None] | None = None) -> Result:
    """Load documents and extract their facts (no comparison). `progress(path)` is called per document."""
    from .extract import extract_document

    config = config or Config()
    result = Result()
    t0 = time.perf_counter()
    for doc in load_corpus(paths, result.errors, config.assume_year):
        result.documents.append(doc)
        try:
            result.facts.extend(extract_document(doc, config.rule_dirs))
        except Exception as e:  # one bad document must never take the run down  # noqa: BLE001
            result.errors.append(InputError(doc.path, None, f"extraction failed: {type(e).__name__}: {e}"))
        if progress:
            progress(doc.path)
    result.timings["extract"] = time.perf_counter() - t0
    return result


def check(paths: list[str], config: Config | None = None, progress: Callable[[str], None] | None = None) -> Result:
    """Extract, then run the rules: the whole job."""
    from .rules import engine
    from .rules.loader import load_rules

    config = config or Config()
    rules, rule_errors = load_rules(config.rule_dirs, config.replace_rules)
    rules = with_tolerance(rules, config.tolerance)  # hook: Config.tolerance overrides each rule's `tolerance` option
    result = extract(paths, config, progress)
    result.rules = rules
    result.errors.extend(InputError(e.path, e.line, e.message) for e in rule_errors)
    t0 = time.perf_counter()
    result.findings = engine.run(rules, result.facts, result.documents, config.levels, config.disabled)
    result.timings["compare"] = time.perf_counter() - t0
    return result
