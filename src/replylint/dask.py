"""Audit an archive of sent mail on a Dask cluster: findings to Parquet, never mail text.

``pip install 'replylint[dask]'``.  Each worker process keeps one warm engine
(:class:`replylint.service.engine.WarmEngine`, built on its first partition); each
partition of messages is linted there and becomes rows of findings.  The same code
runs on a laptop's ``LocalCluster`` and on a multi-node cluster: only the
``Client`` address changes (see docs/archives.md).

    from dask.distributed import Client
    from replylint.dask import audit_files

    client = Client("tcp://scheduler:8786")             # or Client() for a local cluster
    audit_files(["/mail/sent/2019/*.eml", "/mail/sent/2020/*.eml"], "findings.parquet")

or, for a table of messages already in Dask (``id`` and ``raw`` RFC 5322 bytes, or ``id``
and ``text`` plain drafts)::

    findings = messages.map_partitions(lint_frame, meta=FINDINGS_META)
    findings.to_parquet("findings.parquet")

A row is one finding: the message id, where it is (line, column, character offsets,
part), and what it is (code, category, severity, the rule's message, which may name the
lexicon entry that fired, e.g. "buzzword 'synergies'").  No excerpt, no line of text
and no suggestion are written: Parquet files get copied and shared, and mail text stays
in the mail store.  Messages of sensitive rules (cards, secrets) never hold the value.

Command line: ``python -m replylint.dask [--scheduler ADDRESS] OUT.parquet GLOB...``.
"""
from __future__ import annotations

import glob as globmod
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

COLUMNS: dict[str, str] = {
    "id": "string",
    "code": "string",
    "category": "string",
    "severity": "string",
    "message": "string",
    "part": "string",
    "line": "int64",
    "column": "int64",
    "end_line": "int64",
    "end_column": "int64",
    "start": "int64",
    "end": "int64",
}

_ENGINE = None  # one per worker process, built on first use


def engine():
    """This process's warm engine."""
    global _ENGINE
    if _ENGINE is None:
        from .service.engine import WarmEngine

        _ENGINE = WarmEngine()
    return _ENGINE


def _config(config_path: str | None):
    from .config import Config

    eng = engine()
    return eng.config(config_path) if config_path else Config()


def _rows(msg_id: str, findings) -> list[dict[str, Any]]:
    return [{
        "id": msg_id, "code": f.code, "category": f.category, "severity": str(f.severity),
        "message": f.message, "part": f.part, "line": f.line, "column": f.column,
        "end_line": f.end_line, "end_column": f.end_column, "start": f.start, "end": f.end,
    } for f in findings]


def lint_records(records: Iterable[tuple[str, bytes | str]], config_path: str | None = None) -> list[dict[str, Any]]:
    """Finding rows for (id, message) pairs: bytes are RFC 5322 messages, str plain drafts."""
    from .draft import draft_from_text
    from .errors import ReplylintError

    eng = engine()
    config = _config(config_path)
    rows: list[dict[str, Any]] = []
    for msg_id, data in records:
        try:
            if isinstance(data, (bytes, bytearray)):
                result = eng.lint_message(bytes(data), config, name=str(msg_id))
            else:
                result = eng.lint(draft_from_text(data, str(msg_id)), config)
        except ReplylintError as exc:  # an unreadable message is a row, not a failed job
            rows.append({**dict.fromkeys(COLUMNS), "id": str(msg_id), "code": "ERROR",
                         "message": " ".join(str(exc).split())})
            continue
        rows.extend(_rows(str(msg_id), result.findings))
    return rows


def lint_paths(paths: Sequence[str], config_path: str | None = None) -> list[dict[str, Any]]:
    """Finding rows for message files (.eml and other drafts), read on the worker."""
    from .draft import read_path
    from .errors import ReplylintError

    eng = engine()
    config = _config(config_path)
    rows: list[dict[str, Any]] = []
    for path in paths:
        try:
            result = eng.lint(read_path(path), config)
        except ReplylintError as exc:
            rows.append({**dict.fromkeys(COLUMNS), "id": str(path), "code": "ERROR",
                         "message": " ".join(str(exc).split())})
            continue
        rows.extend(_rows(str(path), result.findings))
    return rows


def frame(rows: list[dict[str, Any]]):
    import pandas as pd

    df = pd.DataFrame(rows, columns=list(COLUMNS))
    return df.astype({k: ("Int64" if v == "int64" else v) for k, v in COLUMNS.items()})


def _meta():
    return frame([])


def __getattr__(name: str):
    if name == "FINDINGS_META":  # the empty findings frame Dask wants as ``meta`` (pandas loaded on use)
        return _meta()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def lint_frame(messages, config_path: str | None = None):
    """A pandas partition of messages (``id`` + ``raw`` bytes or ``text``) -> its findings."""
    if "raw" in messages.columns:
        # Dask may have turned a bytes column into strings (``dataframe.convert-string``):
        # a ``raw`` value is a message either way.
        raw = (v.encode("utf-8", "surrogateescape") if isinstance(v, str) else v for v in messages["raw"])
        return frame(lint_records(zip(messages["id"], raw), config_path))
    return frame(lint_records(zip(messages["id"], map(str, messages["text"])), config_path))


def expand(patterns: Iterable[str]) -> list[str]:
    """Files matching the patterns (folders: every file below), sorted, once each."""
    out: list[str] = []
    for pattern in patterns:
        if os.path.isdir(pattern):
            out.extend(str(p) for p in sorted(Path(pattern).rglob("*")) if p.is_file())
        else:
            out.extend(sorted(globmod.glob(pattern, recursive=True)))
    return list(dict.fromkeys(out))


def paths_frame(paths: Sequence[str], config_path: str | None = None):
    """One partition of file paths -> its findings frame (runs on a worker)."""
    return frame(lint_paths(paths, config_path))


def audit_files(patterns: Iterable[str], output: str | os.PathLike, *, config_path: str | None = None,
                files_per_partition: int = 500) -> int:
    """Lint every matching file on the cluster and write the findings to Parquet.

    Runs on the current Dask client (a ``distributed.Client`` made before the call),
    else on Dask's default local scheduler.  Returns the number of files.
    """
    import dask
    import dask.dataframe as dd

    paths = expand(patterns)
    if not paths:
        raise ValueError("no files match")
    config_path = str(Path(config_path).resolve()) if config_path else None
    parts = [dask.delayed(paths_frame)(paths[i : i + files_per_partition], config_path)
             for i in range(0, len(paths), files_per_partition)]
    dd.from_delayed(parts, meta=_meta(), verify_meta=False).to_parquet(str(output), write_index=False)
    return len(paths)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m replylint.dask", description=__doc__.split("\n\n")[0])
    ap.add_argument("output", help="Parquet folder to write the findings to")
    ap.add_argument("patterns", nargs="+", help="files, folders or globs of messages")
    ap.add_argument("--scheduler", help="address of a Dask scheduler (default: a local cluster)")
    ap.add_argument("--config", help="replylint config file to use on every worker")
    ap.add_argument("--files-per-partition", type=int, default=500)
    args = ap.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(threads_per_worker=1))
    with client:
        n = audit_files(args.patterns, args.output, config_path=args.config,
                        files_per_partition=args.files_per_partition)
    print(f"replylint: {n} files linted; findings in {args.output}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
