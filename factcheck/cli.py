"""The command line: parse options, build a Config, call check(), pick a reporter, exit.

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage or input error (nothing could be checked, a bad rule file, --strict), or a report
that cannot be written (`factcheck: cannot write PATH: reason`; the previous file stays);
130 / 143 interrupted by Ctrl-C / SIGTERM (factcheck/entry.py; the previous report stays).
"""
from __future__ import annotations

import contextlib
import importlib
import os
import sys
from typing import Annotated, NoReturn, Optional

import typer

from .version import __version__
from .config import Config

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Cross-source fact-consistency checker for news reports.")
rules_app = typer.Typer(no_args_is_help=True, help="List, validate and explain rules.")
app.add_typer(rules_app, name="rules")

LEVELS = ("error", "warning", "info")
FailOn = typer.Option("--fail-on", help="Lowest level that makes the exit code 1: error (default), warning, info or never.")
Format = typer.Option("--format", "-f", help="terminal | json | markdown | html | sarif | github | csv (default: from --output's extension, else terminal).")
Output = typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of standard output.")
Field = typer.Option("--field", metavar="FIELD=KEY", help="JSON Lines feeds: read a document field from another record key, e.g. text=article_body, outlet=publisher (fields: text, url, title, published, outlet, story). Repeatable.")
Rules = typer.Option("--rules", help="A directory of rule files and lexicons; adds to (or overrides by id) the defaults. Repeatable.")
# run options shared by `check` and `extract`
ConfigFile = typer.Option("--config", metavar="FILE", help="Read settings from FILE instead of the factcheck.toml or pyproject.toml found upward.")
NoConfig = typer.Option("--no-config", help="Ignore config files.")
Jobs = typer.Option("--jobs", "-j", min=0, help="Processes for extraction (default 0: one per CPU). Output is identical for any value.")
NoCache = typer.Option("--no-cache", help="Do not read or write the extraction cache.")
CacheDir = typer.Option("--cache-dir", metavar="DIR", help="Cache location (default: $FACTCHECK_CACHE_DIR or .factcheck_cache).")
MaxBytes = typer.Option("--max-document-bytes", metavar="BYTES", min=1, help="Skip (with a warning) any file larger than this (default 2 MiB).")
MaxFigures = typer.Option("--max-figures", metavar="N", min=0, help="Compare at most N figures per document, with a warning when cut (default 1000; 0: no cap).")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False) -> None:
    """Cross-source fact-consistency checker for news reports."""


def _emit(result, fmt: Optional[str], output: Optional[str], by_outlet: bool = False) -> None:  # type: ignore[no-untyped-def]
    from .report import format_for, get

    name = format_for(output, fmt)
    try:
        render = get(name)
    except KeyError as e:
        typer.echo(f"factcheck: {e.args[0]}", err=True)
        raise typer.Exit(2) from None
    if by_outlet and name == "terminal":  # issue 20: the outlet scorecard instead of the findings
        from .report.terminal import render_by_outlet as render
    color = output is None and name == "terminal" and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    chunks = getattr(importlib.import_module(render.__module__), "render_chunks", None)
    text = chunks(result) if chunks else render(result, color=color, width=_width() if output is None else None)
    if output:
        _write(output, text)
    else:
        for chunk in [text] if isinstance(text, str) else text:
            sys.stdout.write(chunk)


def _write(path: str, text) -> None:  # type: ignore[no-untyped-def]
    """Write a report or baseline atomically; disk full, permissions or a vanished directory end the run
    with exit 2 and one line (an environment fault is not a finding), the previous file kept, no temp file left."""
    from .report import write_atomic

    try:
        write_atomic(path, text)
    except OSError as e:
        _fail(f"cannot write {path}: {e.strerror or e}")


def _width() -> int | None:
    """The width of the terminal the reader is looking at: stdout's, else stderr's (`| head`, `| less`), else $COLUMNS."""
    for stream in (sys.stdout, sys.stderr):
        try:
            return max(40, os.get_terminal_size(stream.fileno()).columns)
        except (OSError, ValueError, AttributeError):
            continue
    cols = os.environ.get("COLUMNS", "")
    return max(40, int(cols)) if cols.isdigit() else None


def _check_output(output: Optional[str]) -> None:
    if output:
        d = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(d) or not os.access(d, os.W_OK):
            _fail(f"cannot write {output}: directory {d} is missing or not writable")
        if os.path.isdir(output):
            _fail(f"cannot write {output}: it is a directory")


def _fail(message: str) -> NoReturn:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, directories (recursive) or globs of reports: .md/.txt, .html pages, .jsonl/.ndjson(.gz) feeds (default: `paths` from the config file).", show_default=False)] = None,
    fmt: Annotated[Optional[str], Format] = None,
    output: Annotated[Optional[str], Output] = None,
    rules: Annotated[Optional[list[str]], Rules] = None,
    only_rules: Annotated[Optional[bool], typer.Option("--only-rules", help="Use only the --rules directories, not the shipped defaults.")] = None,
    fail_on: Annotated[Optional[str], FailOn] = None,
    assume_year: Annotated[Optional[int], typer.Option("--assume-year", help="Year for datelines that give none (Dec 10).")] = None,
    strict: Annotated[Optional[bool], typer.Option("--strict/--no-strict", help="Exit 2 when any input had a problem.", show_default=False)] = None,
    disable: Annotated[Optional[list[str]], typer.Option("--disable", metavar="RULE", help="Turn a rule off (adds to the config file's list). Repeatable.")] = None,
    level: Annotated[Optional[list[str]], typer.Option("--level", metavar="RULE=LEVEL", help="Override a rule's level, e.g. single-source=warning. Repeatable.")] = None,
    tolerance: Annotated[Optional[float], typer.Option("--tolerance", metavar="FLOAT", min=0.0, max=1.0, help="Relative tolerance for every rule that has one, instead of each rule's own.")] = None,
    config_file: Annotated[Optional[str], ConfigFile] = None,
    no_config: Annotated[bool, NoConfig] = False,
    baseline: Annotated[Optional[str], typer.Option("--baseline", metavar="FILE", help="Report only findings not recorded in this baseline FILE.")] = None,
    write_baseline: Annotated[Optional[str], typer.Option("--write-baseline", metavar="FILE", help="Record today's findings in FILE (then later: --baseline FILE) and exit.")] = None,
    diff: Annotated[Optional[str], typer.Option("--diff", metavar="REF", help="Report only findings involving a document changed since git REF (the whole corpus is still compared).")] = None,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar (shown only on a terminal, for large corpora).")] = False,
    jobs: Annotated[Optional[int], Jobs] = None,
    no_cache: Annotated[bool, NoCache] = False,
    cache_dir: Annotated[Optional[str], CacheDir] = None,
    max_document_bytes: Annotated[Optional[int], MaxBytes] = None,
    max_figures: Annotated[Optional[int], MaxFigures] = None,
    engine: Annotated[Optional[str], typer.Option("--engine", metavar="local|dask", help="Where to run: local processes (default) or a Dask cluster (pip install 'factcheck[dask]'). Output is identical.")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="Dask scheduler for --engine dask, e.g. tcp://host:8786 (default: a local cluster of --jobs workers).")] = None,
    only: Annotated[Optional[str], typer.Option("--only", metavar="STATUS,...", help="Show only findings of these statuses, e.g. conflict,variant (agree, conflict, update, variant, single-source).")] = None,
    by_outlet: Annotated[bool, typer.Option("--by-outlet", help="Terminal: show the outlet scorecard (figures, agreement, conflicts, who reported first, revisions, sources) instead of the findings.")] = False,
    field: Annotated[Optional[list[str]], Field] = None,
) -> None:
    """Extract facts and compare them across outlets.

    Examples:

      factcheck check corpus/

      factcheck check 'news/**/*.md' --format json --output report.json

      factcheck check corpus/ --fail-on warning --rules my-rules/

      factcheck check corpus/ --baseline .factcheck-baseline.json --diff origin/main --format sarif -o factcheck.sarif
    """
    from .ci import baseline as baselines
    from .api import check as run_check
    from .config import unknown_rule_ids
    from .engines import EngineError, get as get_engine
    from .ci.gitdiff import GitError, changed_files, only_changed
    from .report import FORMATS, format_for, progress as bars

    config = _config(config_file, no_config, field, level=level,
                     paths=tuple(paths) if paths else None, rule_dirs=tuple(rules) if rules else None, replace_rules=only_rules,
                     fail_on=fail_on, assume_year=assume_year, strict=strict, disabled=set(disable) if disable else None,
                     tolerance=tolerance, format=fmt, output=output, baseline=baseline, jobs=jobs,
                     cache=False if no_cache else None, cache_dir=cache_dir, engine=engine, scheduler=scheduler,
                     max_document_bytes=max_document_bytes, max_figures=max_figures)
    if config.fail_on not in (*LEVELS, "never"):
        _fail("--fail-on should be error, warning, info or never")
    if format_for(config.output, config.format) not in FORMATS:
        _fail(f"unknown format {config.format!r}; known: {', '.join(FORMATS)}")
    if config.engine not in ("local", "dask"):
        _fail(f"unknown engine {config.engine!r}; known: local, dask")
    statuses = _statuses(only)
    if not config.paths:
        _fail("no paths to check: name files or directories, or set `paths` in factcheck.toml")
    _check_output(config.output)
    _check_output(write_baseline)
    try:
        changed = changed_files(diff) if diff else None
        accepted = baselines.load(config.baseline) if config.baseline and not write_baseline else None
    except (GitError, baselines.BaselineError) as e:
        _fail(str(e))
    from .ci import snapshot

    name = format_for(config.output, config.format)
    try:
        engine = get_engine(config.engine)
    except EngineError as e:
        _fail(str(e))
    fast = snapshot.usable(config.output, name, config.baseline, diff, write_baseline) and engine.keeps_cache and not statuses
    run_key = snapshot.key(config, name) if fast else None
    meta = snapshot.restore(config, run_key, config.output) if run_key else None
    if meta is not None:  # unchanged corpus, rules and settings: the report written last time stands
        raise typer.Exit(snapshot.exit_code(meta, config.fail_on, config.strict, LEVELS))
    # the engine's session outlives check(): the local pool compares the last stories while the
    # report's documents and facts are written (factcheck/comparing.py)
    with contextlib.ExitStack() as session:
        try:
            session.enter_context(engine.session(config))
            with bars.bar(0 if no_progress else bars.wanted(list(config.paths))) as tick:
                result = run_check(list(config.paths), config, tick, spill=True)  # flat memory on large feeds
        except EngineError as e:
            _fail(str(e))
        unknown = unknown_rule_ids(config, {r.id for r in result.rules})
        if unknown:
            _fail("invalid config: " + "; ".join(unknown) + " (`factcheck rules list` shows the rules in force)")
        if write_baseline:
            _write(write_baseline, baselines.dump(result))
            typer.echo(f"factcheck: recorded {len(result.findings)} findings in {write_baseline}", err=True)
            code = exit_code(result, "never", config.strict)
        else:
            if accepted is not None:
                result = baselines.only_new(result, accepted)
            if changed is not None:
                result = only_changed(result, changed)
            if statuses:
                result.findings = [f for f in result.findings if f.status in statuses]
            _emit(result, config.format, config.output, by_outlet)
            if run_key:
                snapshot.save(config, run_key, config.output, result)
            code = exit_code(result, config.fail_on, config.strict)
    raise typer.Exit(code)


def _config(config_file: Optional[str], no_config: bool, field: Optional[list[str]],
            level: Optional[list[str]] = None, **flags: object) -> Config:
    """Defaults < the config file < the flags given (None: not given), for every command alike;
    a bad file, --field or --level is a usage error (exit 2, one line)."""
    from .config import ConfigError, load, parse_fields, parse_levels

    try:
        return load(config_file, not no_config, dict(flags, fields=parse_fields(field) if field else None,
                                                     levels=parse_levels(level) if level else None))
    except ConfigError as e:
        _fail(f"invalid config: {e}")


def _statuses(only: Optional[str]) -> set[str]:
    """--only conflict,variant -> {"conflict", "variant"}; an unknown status is a usage error."""
    known = ("agree", "conflict", "update", "variant", "single-source")
    wanted = {s.strip() for s in (only or "").split(",") if s.strip()}
    wrong = sorted(wanted - set(known))
    if wrong:
        _fail(f"--only: unknown status {', '.join(wrong)}; known: {', '.join(known)}")
    return wanted


def exit_code(result, fail_on: str, strict: bool) -> int:  # type: ignore[no-untyped-def]
    """0, 1 or 2 (see the module docstring); the same rule serves a reused report."""
    from .ci import snapshot

    return snapshot.exit_code(snapshot.summary(result), fail_on, strict, LEVELS)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs of reports: .md/.txt, .html, .jsonl/.ndjson(.gz).")],
    fmt: Annotated[Optional[str], Format] = None,
    output: Annotated[Optional[str], Output] = None,
    rules: Annotated[Optional[list[str]], Rules] = None,
    assume_year: Annotated[Optional[int], typer.Option("--assume-year")] = None,
    field: Annotated[Optional[list[str]], Field] = None,
    show_text: Annotated[bool, typer.Option("--show-text", help="Print the text each document was read as (for a page: the extracted main text, whose lines evidence counts), not facts.")] = False,
    jobs: Annotated[Optional[int], Jobs] = None,
    no_cache: Annotated[bool, NoCache] = False,
    cache_dir: Annotated[Optional[str], CacheDir] = None,
    max_document_bytes: Annotated[Optional[int], MaxBytes] = None,
    max_figures: Annotated[Optional[int], MaxFigures] = None,
    config_file: Annotated[Optional[str], ConfigFile] = None,
    no_config: Annotated[bool, NoConfig] = False,
) -> None:
    """Extract facts only (no comparison). Example: factcheck extract corpus/ -f json"""
    from .api import extract as run_extract
    _check_output(output)
    config = _config(config_file, no_config, field, rule_dirs=tuple(rules) if rules else None, assume_year=assume_year,
                     jobs=jobs, cache=False if no_cache else None, cache_dir=cache_dir,
                     max_document_bytes=max_document_bytes, max_figures=max_figures)
    if show_text:
        from .readers.show import show_text as render_text

        code, text = render_text(paths, config)
        _write_text(text, output)
        raise typer.Exit(code)
    result = run_extract(paths, config)
    from .report import format_for

    if format_for(output, fmt) == "terminal":
        from .report.facts import render_facts

        _write_text(render_facts(result), output)
    else:
        _emit(result, fmt, output)
    raise typer.Exit(2 if not result.documents else 0)


@app.command()
def stories(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs of reports, pages and feeds.")],
    output: Annotated[Optional[str], Output] = None,
    assume_year: Annotated[Optional[int], typer.Option("--assume-year")] = None,
    field: Annotated[Optional[list[str]], Field] = None,
    config_file: Annotated[Optional[str], ConfigFile] = None,
    no_config: Annotated[bool, NoConfig] = False,
) -> None:
    """Print the stories documents are compared within: those grouped from the data (feed records
    that name none: same vocabulary, days and places, entities or figures) with why. Example: factcheck stories dump.jsonl"""
    from .readers.show import show_stories

    _check_output(output)
    code, text = show_stories(paths, _config(config_file, no_config, field, assume_year=assume_year))
    _write_text(text, output)
    raise typer.Exit(code)


def _write_text(text: str, output: Optional[str]) -> None:
    """To --output (atomically, an environment fault exits 2 with one line), else standard output."""
    if output:
        _write(output, text)
    else:
        sys.stdout.write(text)


@rules_app.command("list")
def rules_list(rules: Annotated[Optional[list[str]], Rules] = None) -> None:
    """List the rules in force: id, type, level, scope, source file."""
    from .rules.cli import list_rules

    raise typer.Exit(list_rules(tuple(rules or ())))


@rules_app.command("validate")
def rules_validate(directory: Annotated[str, typer.Argument(help="A directory of rule files.")]) -> None:
    """Validate rule files; print each problem as path:line: message. Exit 2 on any."""
    from .rules.cli import validate

    raise typer.Exit(validate(directory))


@rules_app.command("explain")
def rules_explain(rule_id: Annotated[str, typer.Argument(help="A rule id, or a rule type name.")],
                  rules: Annotated[Optional[list[str]], Rules] = None) -> None:
    """What a rule checks, its options, an example."""
    from .rules.cli import explain

    raise typer.Exit(explain(rule_id, tuple(rules or ())))
