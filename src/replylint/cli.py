"""The command line: ``replylint check``, ``replylint rules``, ``replylint rule CODE``."""
from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path

import click

from . import __version__, formatters
from .errors import ReplylintError
from .inputs import DEFAULT_MAX_BYTES, parse_size, read_file, read_stream, set_max_input_bytes
from .findings import Severity
from .precision import EXACT_CATEGORIES, MIN_DRAFT_FINDINGS, THRESHOLD, corpus_size, measured, on_drafts

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values) -> list[str]:
    out: list[str] = []
    for v in values or ():
        out.extend(s.strip() for s in v.split(",") if s.strip())
    return out


def _fail(message: str) -> None:
    click.echo(f"replylint: {message}" if not message.startswith("replylint") else message, err=True)
    sys.exit(EXIT_ERROR)


class _Group(click.Group):
    """Turns any error into one line on stderr and exit status 2, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ReplylintError as exc:
            _fail(" ".join(str(exc).split()))
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            _fail("interrupted")
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                sys.exit(EXIT_FINDINGS)
            if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO):
                if os.environ.get("REPLYLINT_DEBUG"):
                    raise
                _fail(f"internal error: {exc.__class__.__name__}: {exc} (set REPLYLINT_DEBUG=1 for a traceback)")
            # Writing the report failed (a full disk, a closed terminal): say so, once.
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except OSError:  # pragma: no cover
                pass
            _fail(f"cannot write the output ({exc.strerror or exc})")
        except BrokenPipeError:
            # The reader went away (`replylint rules | head`): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_FINDINGS)
        except Exception as exc:  # pragma: no cover - last resort
            if os.environ.get("REPLYLINT_DEBUG"):
                raise
            _fail(f"internal error: {exc.__class__.__name__}: {exc} (set REPLYLINT_DEBUG=1 for a traceback)")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="replylint")
def main() -> None:
    """Lint outgoing email drafts before they reach a client.

    Flags overpromises, leaked confidential data, remarks about clients, replies that
    lack empathy, and jargon.  Exit status: 0 clean, 1 findings at or above --fail-on,
    2 usage, config or input error.
    """


def _severity_overrides(values) -> dict[str, Severity]:
    out = {}
    for item in _split(values):
        if "=" not in item:
            raise click.BadParameter(f"{item!r}: use CODE=LEVEL or CATEGORY=LEVEL", param_hint="--severity")
        key, level = item.split("=", 1)
        try:
            out[key.strip()] = Severity.parse(level)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--severity") from None
    return out


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "--output-format", "fmt", default="text", show_default=True, help="Output format: " + ", ".join(formatters.names()) + ".")
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write the report to FILE instead of standard output (as ruff), e.g. --format html -o report.html.")
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes (PRM) or categories, comma-separated.")
@click.option("--ignore", multiple=True, help="Rules to skip (codes, prefixes or categories).")
@click.option("--extend-select", multiple=True, help="Rules to add to the selection.")
@click.option("--severity", "severities", multiple=True, metavar="CODE=LEVEL", help="Override a rule's or category's severity (info, warning, error).")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), help="Lowest severity that makes the exit status 1 [default: warning].")
@click.option("--preview", is_flag=True, default=None, help="Give every rule its declared severity, even one whose measured precision on real mail is too low to block by default.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--show-match", is_flag=True, help="Text format: name the lexicon table and entry that fired, where one did (JSON always has it as `match`).")
@click.option("--show-files", is_flag=True, help="List the files that would be linted, then exit (as ruff).")
@click.option("--show-settings", is_flag=True, help="Print the resolved settings for the first path, then exit (as ruff).")
@click.option("--diff", "show_diff", is_flag=True,
              help="Print a unified diff of the suggested edits instead of the findings (nothing is written).")
@click.option("--statistics", is_flag=True, help="Print only a count of findings per rule (text and concise formats), as ruff.")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings but no summary line, as ruff.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file to use instead of discovering one.")
@click.option("--model", help="Installed spaCy pipeline to use (e.g. en_core_web_sm) instead of the built-in one.")
@click.option("--to", "recipients", multiple=True, metavar="ADDRESS", help="Recipient of a plain-text draft (picks the client for leak rules).")
@click.option("--attachment", "attachments", multiple=True, metavar="NAME",
              help="A file sent with a plain-text draft (CMP001 then knows the mentioned attachment is there).")
@click.option("--include", multiple=True, help="Gitignore-style globs of files to lint inside folders (relative to the current folder).")
@click.option("--exclude", multiple=True, help="Gitignore-style globs of files and folders to skip (relative to the current folder).")
@click.option("--force-exclude", is_flag=True, help="Apply exclude globs to files named on the command line too (for pre-commit).")
@click.option("--respect-gitignore/--no-respect-gitignore", default=True, show_default=True,
              help="Skip files that .gitignore files ignore when walking folders.")
@click.option("--stdin-filename", help="Name (and so format) of the draft read from stdin, e.g. draft.eml.")
@click.option("--stdin-format", type=click.Choice(["eml", "html", "md", "txt"]),
              help="Format of the draft read from stdin, whatever --stdin-filename ends with (e.g. eml for a .patch from git send-email).")
@click.option("--in-reply-to", "in_reply_to", type=click.Path(dir_okay=False), metavar="FILE",
              help="The message the drafts reply to, as plain text or a saved .eml (tells empathy rules whether the client was complaining, and FUP002 what they asked).")
@click.option("--template", is_flag=True, help="Treat the drafts as templates: placeholders are expected.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Report only findings that are not in this baseline (see --write-baseline).")
@click.option("--write-baseline", "write_baseline_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record every current finding in FILE as the baseline, then exit 0.")
@click.option("--max-input-size", metavar="SIZE",
              help="Largest file or standard input read, e.g. 10MB; larger inputs are errors [default: config max-input-size, else 25MB].")
@click.option("--color/--no-color", default=None, help="Colour the text output [default: on a terminal, unless NO_COLOR is set].")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
              help="Lint with N processes (results in input order, the same findings) [default: 0, every core].")
@click.option("--progress/--no-progress", default=None,
              help="Show count, rate and time left while linting, then the throughput [default: when stderr is a terminal].")
@click.option("--daemon", "use_daemon", is_flag=True,
              help="With - (standard input): let a running `replylint daemon` lint it, with the same output, "
                   "without loading the language pipeline here; lint here when none answers (for hooks).")
def check(paths, fmt, output_file, select, ignore, extend_select, severities, fail_on, preview, exit_zero, show_match, show_files, show_settings, show_diff, statistics, quiet,
          config_path, model, recipients, attachments, include, exclude, force_exclude, respect_gitignore, stdin_filename, stdin_format, in_reply_to, template, baseline_path, write_baseline_path, color,
          jobs, progress, max_input_size, use_daemon):
    """Lint drafts: files, folders, or - for standard input."""
    if max_input_size is not None:
        try:
            set_max_input_bytes(parse_size(max_input_size, "--max-input-size"))
        except ValueError as exc:
            raise click.BadParameter(str(exc).split(": ", 1)[-1], param_hint="--max-input-size") from None
    from .regex_cache import recording

    with recording():  # these modules' regular expressions, compiled once per machine
        from .config import Config, find_config_file
        from .draft import iter_path, read_draft, read_path
        from .draft.archive import is_archive
        from .batch import default_jobs, lint_stream
        from .files import DEFAULT_INCLUDE, collect
        from .progress import Progress
        from .rules.template import is_template

    if baseline_path and write_baseline_path:
        raise click.BadParameter("use either --baseline or --write-baseline, not both", param_hint="--baseline")
    try:
        formatter = formatters.get(fmt)
    except KeyError:
        raise click.BadParameter(f"unknown format {fmt!r} (choose from {', '.join(formatters.names())})", param_hint="--format") from None
    overrides = dict(
        select=_split(select) or None,
        model=model,
    )
    sev = _severity_overrides(severities)

    def configure(cfg: Config) -> Config:
        new = cfg.with_overrides(**overrides)
        changes = {}
        if ignore:
            changes["ignore"] = new.ignore + _split(ignore)
        if extend_select:
            changes["extend_select"] = new.extend_select + _split(extend_select)
        if sev:
            changes["severity"] = {**new.severity, **sev}
        if fail_on:
            changes["fail_on"] = Severity.parse(fail_on)
        if preview:
            changes["preview"] = True
        return new.with_overrides(**changes) if changes else new

    explicit = Config.load(Path(config_path)) if config_path else None
    configs: dict[Path | None, Config] = {}
    found: dict[Path, Path | None] = {}

    def config_for(file: str) -> Config:
        if explicit is not None:
            key = None
            if key not in configs:
                configs[key] = configure(explicit)
            return configs[key]
        start = Path.cwd() if file == "-" else Path(file).parent
        # Discovered once per folder: a folder of drafts shares one config, and walking
        # up to the root for each file cost as much as some rules.
        if start not in found:
            found[start] = find_config_file(start)
        key = found[start]
        if key not in configs:
            configs[key] = configure(Config.load(key) if key else Config())
        return configs[key]

    base_cfg = config_for("-" if paths == ("-",) else paths[0])
    if max_input_size is None:
        set_max_input_bytes(base_cfg.max_input_size)
    # Config globs are relative to the config file's folder, command-line ones to here.
    cfg_base = base_cfg.path.parent if base_cfg.path else Path.cwd()
    if _split(include):
        include_globs, include_base = _split(include), Path.cwd()
    else:
        include_globs, include_base = base_cfg.include or DEFAULT_INCLUDE, cfg_base
    collected = collect(paths, include_globs, base_cfg.exclude, include_base=include_base, exclude_base=cfg_base,
                        cli_exclude=_split(exclude), force_exclude=force_exclude, respect_gitignore=respect_gitignore)
    files = collected.files
    if show_files:
        for file in files:
            click.echo(file)
        sys.exit(EXIT_OK)
    if show_settings:
        click.echo(_settings_text(paths[0], base_cfg, include_globs, base_cfg.exclude + _split(exclude)))
        sys.exit(EXIT_OK)

    errors: list[str] = list(collected.errors)
    reply_context = _read_in_reply_to(in_reply_to) if in_reply_to else None
    stdin_data = read_stream(sys.stdin.buffer) if "-" in files else None
    if use_daemon and files == ["-"] and not errors:
        # Colour as this process would choose it (the daemon's output is never a terminal).
        tty_color = color is None and not output_file and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        _check_through_daemon(stdin_data, tty_color)  # exits with its answer; returns when none answered

    def items():
        """Files, and for an mbox file or a Maildir folder each of its messages, read one
        at a time (an archive is never held whole)."""
        for file in files:
            if file == "-" or not is_archive(file):
                yield file  # read where it is linted (a worker process with --jobs)
                continue
            try:
                for draft in iter_path(file, recipients=list(recipients) or None, template=template):
                    yield (file, draft)
            except ReplylintError as exc:
                yield (file, exc)

    def prepare(item):
        if item == "-":
            file = item
            draft = read_draft(stdin_data, stdin_filename or "-", stdin_format, recipients=list(recipients) or None,
                               template=template)
            draft.path = stdin_filename or "-"
        elif isinstance(item, str):
            file = item
            draft = read_path(file, recipients=list(recipients) or None, template=template)
        else:
            file, draft = item
            if isinstance(draft, ReplylintError):
                raise draft
        if reply_context is not None:
            draft.in_reply_to = reply_context
        if attachments:
            draft.attachments = list(draft.attachments) + list(attachments)
            draft.attachments_known = True
        cfg = config_for(file)
        if not draft.template and (template or is_template(draft, cfg)):
            draft.template = True  # --template for .eml too, and template-files globs
        return draft, cfg

    # Drafts stream through: each is read, linted and reduced to its report view, so a
    # large folder is never in memory at once.  Baselines and --diff read the drafts'
    # whole (scrubbed) text: one process, full results.
    keep = bool(baseline_path or write_baseline_path or show_diff)
    jobs = jobs or default_jobs()
    meter = Progress(len(files), enabled=progress if progress is not None else None, jobs=jobs)
    results, fail_for = [], {}
    for outcome in lint_stream(items(), prepare, jobs, keep=keep):
        meter.advance()
        if outcome.error is not None:
            errors.append(outcome.error)
            continue
        res = outcome.result if keep else outcome.report
        fail_for[id(res)] = outcome.fail_on
        results.append(res)
    meter.finish()
    if write_baseline_path:
        for err in errors:
            click.echo(f"replylint: {err}", err=True)
        from .baseline import Baseline

        n = Baseline.from_results(results, Path(write_baseline_path)).write(Path(write_baseline_path))
        click.echo(f"replylint: wrote {n} finding{'s' if n != 1 else ''} to the baseline {write_baseline_path}", err=True)
        sys.exit(EXIT_ERROR if errors else EXIT_OK)
    if baseline_path:
        kept = results
        from .baseline import Baseline

        results = Baseline.load(Path(baseline_path)).filter(results)
        fail_for = {id(new): fail_for[id(old)] for new, old in zip(results, kept)}

    fail_level = base_cfg.fail_on
    if color is None:
        color = not output_file and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    options = formatters.RenderOptions(color=color, statistics=statistics, quiet=quiet, show_match=show_match, fail_on=fail_level, errors=errors)
    for err in errors:
        click.echo(f"replylint: {err}", err=True)
    if show_diff:
        from .formatters import _diff

        formatter = formatters.Formatter("diff", _diff)
    output = formatter.render(results, options)
    if output_file:
        _write_report(output_file, output)
    elif output:
        click.echo(output, nl=False, color=color)
    blocking = any(f.severity >= fail_for[id(r)] for r in results for f in r.findings)
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if blocking and not exit_zero else EXIT_OK)


def _write_report(path: str, text: str) -> None:
    """``-o FILE``: the whole report or nothing (a temporary file in the same folder, then
    renamed over FILE).  A new report is readable by its owner only, as it quotes draft
    lines (redacted); an existing file keeps its mode."""
    import tempfile

    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o600
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.",
                                   suffix=".tmp")
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        _fail(f"cannot write {path}: {exc.strerror or exc}")


def _check_through_daemon(data: bytes, color: bool) -> None:
    """Run this very ``check`` (its arguments less --daemon, from this folder, on ``data``)
    in a running daemon's warm engine, print what it printed and exit with its status.
    Returns when no daemon answers (none runs, not ours, or it died mid-request): the
    caller then lints here, from the same bytes."""
    from .service import client

    if not client.wanted():
        return
    args = [a for a in sys.argv[1:] if a != "--daemon"]
    if not args or args[0] != "check":
        return  # not run as the replylint command (an API caller): lint here
    try:
        reply = client.run_check(args[1:] + (["--color"] if color else []), data, cwd=os.getcwd())
    except client.Unavailable:
        return
    sys.stdout.write(reply["stdout"])
    sys.stdout.flush()
    sys.stderr.write(reply["stderr"])
    sys.exit(int(reply["status"]))


def _settings_text(path: str, cfg, include: list[str], exclude: list[str]) -> str:
    """What ``check --show-settings`` prints: the config file and every resolved setting."""
    def j(v) -> str:
        return json.dumps(v, ensure_ascii=False)

    lines = [f"Resolved settings for: {path}",
             f"Config file: {cfg.path if cfg.path else '(none found; defaults)'}",
             f"select = {j(cfg.select)}", f"ignore = {j(cfg.ignore)}", f"extend-select = {j(cfg.extend_select)}",
             f"severity = {j({k: str(v) for k, v in cfg.severity.items()})}", f"fail-on = {j(str(cfg.fail_on))}",
             f"preview = {j(bool(cfg.preview))}", f"model = {j(cfg.model)}",
             f"lexicon-files = {j([str(p) for p in cfg.lexicon_files])}",
             f"per-file-ignores = {j(cfg.per_file_ignores)}", f"include = {j(include)}", f"exclude = {j(exclude)}",
             f"max-input-size = {j(cfg.max_input_size)}", "", "Enabled rules (code, severity):"]
    lines += [f"  {r.code} {cfg.severity_of(r)}  {r.name}" for r in cfg.enabled]
    return "\n".join(lines)


def _read_in_reply_to(path: str) -> str:
    """The text of ``--in-reply-to FILE`` (UTF-8); an unreadable file is a one-line error."""
    from .draft.readers import decode_text
    from .errors import InputError

    data = read_file(path, f"{path} (--in-reply-to)")
    return decode_text(data, path).replace("\r\n", "\n")


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--category", help="Only the rules of this category.")
def rules_cmd(fmt, category):
    """List every rule: code, name, category, default severity, measured precision on real mail."""
    from .regex_cache import recording

    with recording():  # the rule modules' regular expressions, compiled once per machine
        from .rules import all_rules, load_all

        load_all()

    from .findings import CATEGORIES

    if category and category.lower() not in CATEGORIES:
        raise click.BadParameter(f"unknown category {category!r} (choose from {', '.join(CATEGORIES)})",
                                 param_hint="--category")
    rules = [r for r in all_rules() if not category or r.category == category.lower()]
    if fmt == "json":
        click.echo(json.dumps([dict(r.summary(), message=r.message) for r in rules], indent=2))
        return

    def measured_cells(r) -> tuple[str, str]:
        m = measured(r.code)
        prec = f"{m.precision:.2f}" if m.precision is not None else "–"
        d = on_drafts(r.code)
        if m.findings == 0 and d.precision is not None:
            prec += f" (drafts {d.precision:.2f}, {d.findings})"
        return prec, f"{m.judged}/{m.findings}"

    if fmt == "markdown":
        click.echo("| code | name | category | severity | real-mail precision | judged/found | flags |\n"
                   "|---|---|---|---|---|---|---|")
        for r in rules:
            sev = str(r.severity) if r.default_severity == r.severity else f"{r.default_severity} (declared {r.severity})"
            prec, n = measured_cells(r)
            click.echo(f"| {r.code} | {r.name} | {r.category} | {sev} | {prec} | {n} | {r.message.replace('|', '/')} |")
        return
    for r in rules:
        prec, n = measured_cells(r)
        click.echo(f"{r.code}  {r.category:<15} {str(r.default_severity):<8} {prec:>5} {n:>8}  {r.name}")


@main.command("rule")
@click.argument("code", required=False, metavar="CODE|NAME")
@click.option("--all", "show_all", is_flag=True, help="Explain every rule, one after another.")
def rule_cmd(code, show_all):
    """Explain one rule (by code, e.g. PRM001, or name, e.g. absolute-guarantee): what it
    flags, why, an example, a better wording."""
    from .regex_cache import recording

    with recording():  # the rule modules' regular expressions, compiled once per machine
        from .rules import all_rules, get_rule, load_all

        load_all()

    if show_all:
        click.echo("\n\n".join(_explain(r) for r in all_rules()))
        return
    if not code:
        raise click.UsageError("give a rule code or name, or --all")
    rule = get_rule(code) or next((r for r in all_rules() if r.name == code.strip().lower()), None)
    if rule is None:
        _fail(f"unknown rule {code!r} (see `replylint rules`)")
    click.echo(_explain(rule))


def _explain(rule) -> str:
    out = [f"# {rule.code} {rule.name}\n",
           f"Category: {rule.category}  Default severity: {rule.default_severity}  Reads: {', '.join(sorted(rule.parts))}"]
    m = measured(rule.code)
    out.append(f"Measured on real mail: {m.describe(corpus_size())}.")
    if m.findings == 0 and rule.category not in EXACT_CATEGORIES:
        out.append(f"No finding on real mail to judge; {on_drafts(rule.code).describe()} "
                   f"(it blocks by default at {THRESHOLD} or more over at least {MIN_DRAFT_FINDINGS} findings).")
    if rule.default_severity != rule.severity:
        basis = (f"its precision on the labelled drafts reaches {THRESHOLD} over at least {MIN_DRAFT_FINDINGS} findings"
                 if m.findings == 0 and m.judged == 0 else f"its judged precision on real mail reaches {THRESHOLD}")
        out.append(f"Declared severity {rule.severity}; info by default until {basis} "
                   f"(raise it with `severity` or `preview = true`).")
    out.append("")
    out.append(rule.docs())
    return "\n".join(out)


@main.command("daemon")
@click.option("--socket", "socket_path", type=click.Path(dir_okay=False), metavar="PATH",
              help="Socket to listen on [default: $REPLYLINT_SOCKET, else $XDG_RUNTIME_DIR/replylint/engine.sock].")
@click.option("--idle-timeout", type=click.FloatRange(min=0), default=0, metavar="SECONDS",
              help="Exit after this long without a request [default: 0, never].")
@click.option("--status", is_flag=True, help="Say whether a daemon answers on the socket (exit 0 if so, 1 if not).")
@click.option("--stop", is_flag=True, help="Ask the running daemon to exit.")
def daemon_cmd(socket_path, idle_timeout, status, stop):
    """Keep one warm engine running for pre-send hooks (a private Unix socket).

    Runs in the foreground until SIGTERM, Ctrl-C or `replylint daemon --stop`.  While
    it runs, `replylint sendmail` asks it to lint instead of loading spaCy itself; when
    it is not running, or dies mid-request, sendmail lints in-process.  The socket is mode 0600 in a folder of mode
    0700, and only your own processes are answered; nothing listens on the network.
    (`replylint server` is the editor's language server, on stdio.)
    """
    from .service import client

    path = Path(socket_path) if socket_path else client.socket_path()
    if status or stop:
        try:
            reply = client.request({"op": "stop" if stop else "ping"}, path=path, timeout=10)
        except client.Unavailable as exc:
            click.echo(f"replylint: no daemon answers on {path} ({exc})", err=True)
            sys.exit(EXIT_FINDINGS)
        click.echo(f"replylint: daemon on {path} {'stopping' if stop else 'running (pid %s)' % reply.get('pid')}")
        return
    from .service.daemon import serve

    sys.exit(serve(path, idle_timeout=idle_timeout))


@main.command("server")
@click.option("--stdio", is_flag=True, help="Talk LSP on standard input and output (the default and only transport).")
def server_cmd(stdio):
    """Run the language server for editors (LSP on stdio).

    Diagnostics for drafts as you type, quick fixes from suggested edits, the rule's
    docs on hover; the same config discovery as `replylint check`.  Needs the `lsp`
    extra: pip install 'replylint[lsp]'.  Setup for Neovim, VS Code, Emacs and Helix:
    docs/editors.md.
    """
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        _fail("the language server needs pygls and lsprotocol: pip install 'replylint[lsp]'")
    from .service.lsp import serve

    sys.exit(serve())


@main.command("sendmail", context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file to use instead of discovering one from the working directory.")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), help="Lowest severity that blocks the message [default: the config's fail-on, else warning].")
@click.option("--held-dir", type=click.Path(file_okay=False), help="Folder for messages not sent [default: config held-dir, else $XDG_STATE_HOME/replylint/held].")
@click.option("--on-error", type=click.Choice(["hold", "send"]), help="When replylint itself fails: hold the message (exit 75) or send it unchecked [default: config on-error, else hold].")
@click.argument("command", nargs=-1, required=True, type=click.UNPROCESSED)
def sendmail_cmd(config_path, fail_on, held_dir, on_error, command):
    """Check a message on its way to sendmail: replylint sendmail [--] COMMAND [ARGS...].

    Reads the message on standard input.  If it passes, runs COMMAND with it (less any
    X-Replylint-* headers) and exits with COMMAND's status.  If it is blocked, nothing
    is sent: the findings go to stderr, a copy goes to the held folder and the exit
    status is 65.  If replylint cannot check it, the message is held (exit 75) or,
    with on-error = "send", sent unchecked.  Skip the check for one message with an
    "X-Replylint-Disable: all" (or CODES) header, or REPLYLINT_DISABLE=1 in the environment.

    The message is never lost: a copy with its envelope (COMMAND and ARGS) is held before
    it is checked and removed once COMMAND succeeds; SIGTERM, SIGHUP and SIGINT keep it
    and exit 75 with its path.  See `replylint held --help`.
    """
    from .hooks import sendmail as wrapper

    # Signals are caught before anything else, so that from the moment the message is
    # read it is either sent or held (with its path printed), never dropped.
    guard = wrapper.Guard()
    guard.install()
    if not command:
        sys.exit(wrapper.run(command, b""))
    setup = wrapper.prepare(command, config_path=config_path, fail_on=fail_on, on_error=on_error,
                            held_dir=held_dir)
    # Bounded like every other input: an endless stream (/dev/zero) must not fill memory.
    # Past the limit the message is neither checked, sent nor held (a copy would have to
    # be as large); exit 75 tells the mail client, which still has it, to keep it.
    limit = setup.config.max_input_size if setup.config is not None and setup.config.max_input_size else None
    limit = limit or DEFAULT_MAX_BYTES
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        click.echo(f"replylint sendmail: the message is larger than the input limit of {limit:,} bytes "
                   "(max-input-size): not checked, not sent and not held; your mail client still has it", err=True)
        sys.exit(75)
    sys.exit(wrapper.run_prepared(setup, data, guard=guard))


@main.group("held")
def held_group():
    """Messages that replylint sendmail kept: list, show, send or drop them.

    Each held message has an id (see `replylint held list`).  Its state says what
    happened: blocked, error, checking or interrupted (not sent), send-failed (the mail
    command failed), sending (the mail command was running: it MAY have been sent).
    """


def _held_where(held_dir, config_path):
    from .hooks.held_commands import where

    return where(held_dir, config_path, err=sys.stderr)


_held_dir_option = click.option("--held-dir", type=click.Path(file_okay=False),
                                help="Held folder [default: config held-dir, else $XDG_STATE_HOME/replylint/held].")
_held_config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                                   help="Config file whose held-dir to use instead of discovering one.")


@held_group.command("list")
@_held_dir_option
@_held_config_option
def held_list(held_dir, config_path):
    """List held messages: id, date, state, subject, recipients, reason."""
    from .hooks.held_commands import list_text

    click.echo(list_text(_held_where(held_dir, config_path), sys.stderr), nl=False)


@held_group.command("show")
@click.argument("ident", metavar="ID")
@_held_dir_option
@_held_config_option
def held_show(ident, held_dir, config_path):
    """Show a held message's headers, envelope and findings (never its body)."""
    from .hooks.held_commands import find, show_text

    click.echo(show_text(find(_held_where(held_dir, config_path), ident, sys.stderr)), nl=False)


@held_group.command("send")
@click.argument("ident", metavar="ID")
@click.option("--no-lint", is_flag=True, help="Send it without checking it again.")
@click.option("--force", is_flag=True, help="Send a message that MAY have been sent already (state sending).")
@_held_dir_option
@_held_config_option
def held_send(ident, no_lint, force, held_dir, config_path):
    """Send a held message with its original command and arguments, after checking it again.

    Exit status as replylint sendmail: 0 sent, 65 still blocked (it stays held), 75 not
    checked, else the mail command's.
    """
    from .hooks.held_commands import send

    sys.exit(send(_held_where(held_dir, config_path), ident, lint=not no_lint, force=force, err=sys.stderr))


@held_group.command("drop")
@click.argument("idents", metavar="ID...", nargs=-1, required=True)
@_held_dir_option
@_held_config_option
def held_drop(idents, held_dir, config_path):
    """Delete held messages (and their envelopes)."""
    from .hooks.held_commands import drop

    for path in drop(_held_where(held_dir, config_path), list(idents), sys.stderr):
        click.echo(f"dropped {path}")
