"""GitHub Actions workflow commands: one annotation per finding, at its first fact,
shown on the pull request's changed lines. Levels error/warning/info become
`::error`, `::warning`, `::notice`.

Escaping follows @actions/core: in the message `%`, CR and LF become %25, %0D,
%0A; in properties `:` and `,` too. Corpus text can therefore never end a command
early or start a new one (a report body holding "\\n::set-output" stays data).
"""
from __future__ import annotations

from ..model import Result
from .common import Index, counts, credit, figure

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name} {given}::{escape_data(message)}" if given else f"::{name}::{escape_data(message)}"


def render(result: Result, *, color: bool = False, width: int | None = None) -> str:
    index = Index(result)
    lines = [f"factcheck: {counts(result)}"]
    for finding in result.findings:
        facts = index.facts_of(finding)
        body = [finding.message]
        body += [f"{index.path(f)}:{f.evidence.line}: {figure(f)} ({credit(f, index)}): {' '.join(f.evidence.sentence.split())}"
                 for f in facts]
        title = f"factcheck {finding.rule}: {finding.status}"
        name = COMMAND.get(finding.level, "warning")
        path, line, loc = index.on_disk(facts[0]) if facts else ("", None, None)
        if loc is not None:
            one_line = loc.line == loc.end_line
            lines.append(command(name, "\n".join(body), file=loc.path, line=loc.line, endLine=loc.end_line,
                                 col=loc.column if one_line else None, endColumn=loc.end_column if one_line else None,
                                 title=title))
        elif facts:  # a feed record or a page: the file, and the record's line when there is one
            lines.append(command(name, "\n".join(body), file=path, line=line, title=title))
        else:
            lines.append(command(name, "\n".join(body), title=title))
    for e in result.errors:
        lines.append(command("error", e.message, file=e.path, line=e.line, title="factcheck: input problem"))
    return "\n".join(lines) + "\n"
