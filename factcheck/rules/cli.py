"""`factcheck rules list|validate|explain`: rules are data, so users need to see them."""
from __future__ import annotations

from pathlib import Path

import typer

from .base import RuleError
from .loader import load_dir, load_rules
from .registry import get_type, type_names


def list_rules(extra: tuple[str, ...]) -> int:
    rules, errors = load_rules(extra)
    for r in sorted(rules, key=lambda r: r.id):
        scope = "; ".join(f"{k}={','.join(v)}" for k, v in sorted(r.scope.items())) or "all"
        state = "" if r.enabled else "  (disabled)"
        typer.echo(f"{r.id:<22} {r.type:<14} {r.level:<8} {scope}  [{r.path}]{state}")
    for e in errors:
        typer.echo(str(e), err=True)
    return 2 if errors else 0


def validate(directory: str) -> int:
    d = Path(directory)
    if not d.is_dir():
        typer.echo(f"{directory}: not a directory", err=True)
        return 2
    rules: dict = {}
    errors: list = []
    load_dir(d, rules, errors)
    from ..lexicon import lexicon_errors

    errors += [RuleError(e.path, e.line, e.message) for e in lexicon_errors((directory,))]
    for e in errors:
        typer.echo(str(e))
    if not errors:
        typer.echo(f"{len(rules)} rule(s) valid in {directory}")
    return 2 if errors else 0


def explain(rule_id: str, extra: tuple[str, ...]) -> int:
    rules, _ = load_rules(extra)
    match = [r for r in rules if r.id == rule_id]
    if not match and rule_id in type_names():
        t = get_type(rule_id)
        typer.echo(f"rule type {t.name}\n\n{t.doc.strip()}\n\noptions:")
        for name, opt in t.options.items():
            typer.echo(f"  {name}: {opt.expect} (default {opt.default!r})")
        return 0
    if not match:
        typer.echo(f"no rule or rule type {rule_id!r}; see `factcheck rules list`", err=True)
        return 2
    r = match[0]
    t = get_type(r.type)
    typer.echo(f"{r.id}  (extends {r.type}, level {r.level}, from {r.path}:{r.line})")
    if r.description:
        typer.echo(f"\n{r.description}")
    typer.echo(f"\ncompares facts in scope {dict(r.scope) or 'all'} that share: {', '.join(r.same)}")
    typer.echo("\noptions:")
    for name, opt in t.options.items():
        typer.echo(f"  {name} = {r.options[name]!r}   ({opt.expect}; default {opt.default!r})")
    typer.echo(f"\nhow {r.type} compares:\n{t.doc.strip()}")
    if r.example:
        typer.echo(f"\nexample:\n{r.example}")
    return 0
