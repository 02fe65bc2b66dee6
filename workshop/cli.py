"""The `workshop` command: the app by default, and scriptable subcommands without a display."""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop import __version__

if TYPE_CHECKING:
    import argparse

    from workshop.core.templates import ExerciseTemplate, Plan
    from workshop.core.worded import Catalogue
    from workshop.session import SessionFileError


def _(message: str) -> str:
    """`message` in the user's language (the command line speaks what the user's settings say)."""
    return _catalogue().gettext(message)


def _catalogue() -> gettext.NullTranslations:
    global _CATALOGUE
    if _CATALOGUE is None:
        from workshop.core.languages import user_language
        from workshop.paths import MissingResources, shipped_resources

        try:
            folder = str(shipped_resources() / "translations" / "locale")
        except MissingResources:  # (said in words by the command, in English)
            return gettext.NullTranslations()
        _CATALOGUE = gettext.translation("cli", folder, [user_language(os.environ)], fallback=True)
    return _CATALOGUE


_CATALOGUE: gettext.NullTranslations | None = None


def N_(message: str) -> str:
    return message


# argparse's own words, which it asks gettext for: said in the user's language too. (The
# messages of this Python's argparse; one that another version words otherwise stays English.)
ARGPARSE_WORDS = (
    N_("usage: "), N_("options"), N_("positional arguments"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"), N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"), N_("ambiguous option: %(option)s could match %(matches)s"),
)


def _problems() -> Catalogue:
    """The catalogue of core's refusals and the library's problems, in the user's language."""
    from workshop.core.languages import user_language
    from workshop.refusals import translator

    return translator(user_language(os.environ))


def _said(said: object) -> str:
    """An error's message, or a message of ours, in the user's language, where it keeps its template
    (`core.worded`)."""
    from workshop.core.worded import Phrase, Worded

    return said.translated(_problems()) if isinstance(said, (Worded, Phrase)) else str(said)


def _file_problem(error: SessionFileError) -> str:
    """What is wrong with a session file, in the user's language, after its path."""
    from workshop.core.languages import user_language
    from workshop.refusals import say as say_refusal

    return f"{error.path}: {say_refusal(error, user_language(os.environ))}"


def _argparse_in_my_language(argparse: Any) -> None:
    argparse._ = _catalogue().gettext
    argparse.ngettext = _catalogue().ngettext

COMMANDS = ("validate", "library", "schema", "new", "export", "import", "serve", "desktop-entry")


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen build's export worker (a multiprocessing spawn child) starts this same
        # program: freeze_support runs the worker and exits before anything else is parsed.
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if _command_of(args) in COMMANDS:
        parsed = _command_parser().parse_args(args)
        try:
            _require_resources()
            return int(parsed.run(parsed))
        except CommandError as error:
            print(f"workshop {parsed.command}: {error}", file=sys.stderr)
            return 1
    from workshop.ui.shell.app import run_gui  # Qt is loaded only when the window is wanted

    if not args:  # the usual start, from the launcher: nothing to parse (argparse costs ~3 ms)
        return run_gui()
    parsed = _gui_parser().parse_args(args)
    return run_gui(parsed.session, library_dirs=parsed.library)


def _command_of(args: list[str]) -> str | None:
    """The first word that is not an option or an option's value."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--library":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


class CommandError(Exception):
    """A failure a user can fix; printed as one line, exit status 1."""


def _require_resources() -> None:
    from workshop.paths import MissingResources, require_resources

    try:
        require_resources()
    except MissingResources as error:
        raise CommandError(str(error)) from None


def _gui_parser() -> argparse.ArgumentParser:
    import argparse

    _argparse_in_my_language(argparse)
    parser = argparse.ArgumentParser(
        prog="workshop",
        usage=f"%(prog)s [-h] [--version] [--library DIR] [session]\n"
        f"       %(prog)s {{{','.join(COMMANDS)}}} ...",
        description=_(
            "Run a workshop: console on this screen, audience view on the projector. "
            "Subcommands: {commands} (workshop COMMAND --help)."
        ).format(commands=", ".join(COMMANDS)),
    )
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    parser.add_argument(
        "--library",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help=_("a folder of extra exercises/ and plans/ (may repeat)"),
    )
    parser.add_argument("session", nargs="?", type=Path, help=_("a .workshop file to open"))
    return parser


def _command_parser() -> argparse.ArgumentParser:
    import argparse
    from datetime import date

    _argparse_in_my_language(argparse)
    parser = argparse.ArgumentParser(prog="workshop")
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    parser.add_argument(
        "--library",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help=_("a folder of extra exercises/ and plans/ (may repeat)"),
    )
    sub = parser.add_subparsers(dest="command", required=True)

    validate = sub.add_parser("validate", help=_("check exercise and plan files"))
    validate.add_argument(
        "paths", nargs="*", type=Path, help=_("files or folders (default: the whole library)")
    )
    validate.add_argument(
        "--json",
        action="store_true",
        help=_("print a JSON list of {path, line, column, field, message, severity}"),
    )
    validate.set_defaults(run=_validate)

    library = sub.add_parser("library", help=_("list the exercises and plans found, and which file wins"))
    library.set_defaults(run=_library)

    schema = sub.add_parser(
        "schema", help=_("print the JSON Schema of exercise or plan files, or of an exported session")
    )
    schema.add_argument("kind", nargs="?", choices=("exercise", "plan", "session"), default="exercise")
    schema.add_argument("--path", action="store_true", help=_("print where the schema file is instead"))
    schema.set_defaults(run=_schema)

    new = sub.add_parser("new", help=_("create a session file from a plan"))
    new.add_argument("--plan", required=True, help=_("the plan's id"))
    new.add_argument(
        "--title", required=True, help=_("the workshop's title, on the wall and the PDF's cover")
    )
    new.add_argument("--organisation", default="", help=_("who the workshop is for"))
    new.add_argument("--facilitator", default="", help=_("who runs it"))
    new.add_argument("--date", default=date.today().isoformat(), help=_("YYYY-MM-DD (default: today)"))
    new.add_argument(
        "--language",
        default="",
        metavar="TAG",
        help=_(
            "the session's language: the PDF's words and dates, and the exercises' version "
            "when the library has one (default: yours, if Workshop speaks it; else en)"
        ),
    )
    new.add_argument(
        "--start",
        default="",
        metavar="HH:MM",
        help=_("when the day starts, on --date (default: the plan's start time)"),
    )
    new.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="EXERCISE.KEY=VALUE",
        dest="values",
        help=_(
            'a value for this group, e.g. one-two-four-all.question="How might we ...?" '
            "(every use of that exercise), or 2.question=... (the plan's second item); "
            "repeat for more"
        ),
    )
    new.add_argument("-o", "--output", required=True, type=Path, help=_("the .workshop file to write"))
    new.set_defaults(run=_new)

    export = sub.add_parser("export", help=_("write the summary of a session: PDF, Markdown, CSV or JSON"))
    export.add_argument("session", type=Path)
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        help=_(
            "where to write; its ending (.pdf, .md, .zip, .json) chooses the format "
            "(default: beside the session file, named after it; exports/ when run "
            "from a checkout of the source)"
        ),
    )
    export.add_argument(
        "--format",
        choices=("pdf", "md", "csv", "json"),
        help=_(
            "pdf, md (Markdown), csv (a zip of CSV files) or json; "
            "without it, the output's ending decides (PDF when there is none)"
        ),
    )
    export.add_argument("--page-size", choices=("a4", "letter"), default="a4")
    export.add_argument(
        "--report-folder",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help=_("a folder of report templates and CSS overriding the shipped ones (may repeat)"),
    )
    export.add_argument(
        "--time-limit",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=_("stop a report that takes longer than this (default: 60)"),
    )
    export.set_defaults(run=_export)

    importer = sub.add_parser("import", help=_("make a session file from exported JSON"))
    importer.add_argument("source", type=Path, help=_("a JSON file written by `export --format json`"))
    importer.add_argument("-o", "--output", required=True, type=Path)
    importer.set_defaults(run=_import)

    serve = sub.add_parser(
        "serve", help=_("let the room's phones join a session, without the window; prints `Join: URL` first")
    )
    serve.add_argument("session", type=Path)
    serve.add_argument(
        "--bind",
        metavar="ADDR",
        help=_("the address phones reach this machine on (default: the one with the default route)"),
    )
    serve.add_argument("--port", type=int, default=0, help=_("the port (default: any free one)"))
    serve.add_argument("--step", type=int, metavar="N", help=_("make step N (from 1) the current one first"))
    serve.set_defaults(run=_serve)

    desktop = sub.add_parser(
        "desktop-entry",
        help=_(
            "add Workshop to the desktop's menus, with its icon and "
            "the *.workshop file type (Linux; your own folders)"
        ),
    )
    action = desktop.add_mutually_exclusive_group(required=True)
    action.add_argument("--install", action="store_true", help=_("write the entry (again)"))
    action.add_argument("--uninstall", action="store_true", help=_("remove what --install wrote"))
    desktop.set_defaults(run=_desktop_entry)
    # The docs write `workshop validate --library DIR`: the option is taken after the command
    # too, and adds to any given before it.
    for command in sub.choices.values():
        command.add_argument(
            "--library",
            action="append",
            type=Path,
            default=[],
            metavar="DIR",
            dest="command_library",
            help=_("a folder of extra exercises/ and plans/ (may repeat)"),
        )
    return parser


def _roots(args: argparse.Namespace) -> list[Path]:
    from workshop.paths import library_roots

    return library_roots([*args.library, *getattr(args, "command_library", [])])


def _validate(args: argparse.Namespace) -> int:
    from workshop.library.catalog import check_files, load_library
    from workshop.library.commands import validation_report

    if args.paths:
        missing = [p for p in args.paths if not p.exists()]
        if missing:
            raise CommandError(_("no such file or folder: {path}").format(path=missing[0]))
        entries = check_files(args.paths, _roots(args))
    else:
        entries = load_library(_roots(args)).entries
    text, status = validation_report(entries, as_json=args.json, words=_catalogue(), problems=_problems())
    print(text)
    return status


def _library(args: argparse.Namespace) -> int:
    from workshop.library.catalog import load_library
    from workshop.library.commands import library_listing, root_labels
    from workshop.paths import shipped_library, user_library

    library = load_library(_roots(args))
    print(library_listing(library, root_labels(library.roots, shipped_library(), user_library()),
                          _catalogue(), _problems()))
    return 1 if library.problems else 0


def _schema(args: argparse.Namespace) -> int:
    from workshop.library.schema import schema_path, schema_text

    print(schema_path(args.kind) if args.path else schema_text(args.kind), end="" if not args.path else "\n")
    return 0


def _new(args: argparse.Namespace) -> int:
    from datetime import date

    from workshop.core.commands import SetDayStart
    from workshop.core.languages import user_language
    from workshop.core.schedule import day_start_on
    from workshop.core.session import InputError, SessionHeader, build_state, check_header
    from workshop.library.catalog import load_library
    from workshop.session import SessionFileError, write_new

    if not args.title.strip():
        raise CommandError(_("--title: a session needs a title (it is on the wall and the PDF's cover)"))
    library = load_library(_roots(args))
    language = args.language or user_language(os.environ)
    plans = library.plans_in(language)  # each in the session's language where there is a version in it
    plan = plans.get(args.plan)
    if plan is None:
        known = ", ".join(sorted(plans)) or _("none")
        raise CommandError(
            _("no valid plan has the id {plan!r} (plans: {known})").format(plan=args.plan, known=known)
        )
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise CommandError(
            _("--date {date!r} is not a date like 2026-11-22").format(date=args.date)
        ) from None
    try:
        day_start = day_start_on(day, args.start) if args.start.strip() else ""
    except ValueError:
        raise CommandError(
            _("--start {start!r} is not a time of day like 16:25").format(start=args.start)
        ) from None
    try:
        header = check_header(
            SessionHeader(
                args.title,
                args.organisation,
                args.facilitator,
                args.date,
                language=language,
            )
        )
    except InputError as error:
        from workshop.refusals import say as say_refusal

        raise CommandError(say_refusal(error, user_language(os.environ))) from None
    output = _with_suffix(args.output)
    templates = library.templates_for(plan, header.language)
    plan = _with_values(plan, args.values, templates)
    state = build_state(header, plan, templates)
    SetDayStart(day_start).apply(state)
    try:
        write_new(output, state)
    except SessionFileError as error:
        raise CommandError(_file_problem(error)) from None
    print(output)
    return 0


def _with_values(plan: Plan, given: list[str], templates: Mapping[str, ExerciseTemplate]) -> Plan:
    """The plan with the values of --set; every value the plan still lacks is named."""
    from workshop.core.exercise_use import plan_with_values, unset_parameters
    from workshop.core.templates import PlanExercise

    uses = [(index, item) for index, item in enumerate(plan.items) if isinstance(item, PlanExercise)]
    values: dict[tuple[int, str], str] = {}
    for text in given:
        target, equals, value = text.partition("=")
        where, dot, key = target.strip().rpartition(".")
        if not equals or not dot or not where or not key:
            raise CommandError(
                _(
                    "--set {text!r}: write EXERCISE.KEY=VALUE, e.g. "
                    'one-two-four-all.question="How might we ...?"'
                ).format(text=text)
            )
        chosen = [
            (index, item)
            for index, item in uses
            if item.exercise == where or (where.isdigit() and int(where) == index + 1)
        ]
        if not chosen:
            ids = ", ".join(dict.fromkeys(item.exercise for _index, item in uses)) or _("none")
            raise CommandError(
                _("--set {text!r}: the plan has no exercise {where!r} (its exercises: {ids})").format(
                    text=text, where=where, ids=ids
                )
            )
        for index, item in chosen:
            names = [parameter.key for parameter in templates[item.exercise].parameters]
            if key not in names:
                raise CommandError(
                    _("--set {text!r}: {exercise} takes no value {key!r} (it takes: {names})").format(
                        text=text, exercise=item.exercise, key=key, names=", ".join(names) or _("none")
                    )
                )
            values[(index, key)] = value
    plan = plan_with_values(plan, values)
    for number, item in enumerate(plan.items, 1):
        if isinstance(item, PlanExercise):
            for parameter in unset_parameters(templates[item.exercise], item.parameters):
                raise CommandError(
                    _(
                        "item {number} of the plan, {exercise}, needs a value for {key!r} "
                        '({label}): add --set {exercise}.{key}="..."'
                    ).format(number=number, exercise=item.exercise, key=parameter.key, label=parameter.label)
                )
    return plan


def _with_suffix(path: Path) -> Path:
    return path if path.suffix == ".workshop" else path.with_name(path.name + ".workshop")


def _export(args: argparse.Namespace) -> int:
    from workshop.report.json_io import session_to_json
    from workshop.report.worker import ExportJob
    from workshop.session import SessionFileError, snapshot

    format_, output = _export_target(args.output, args.format, args.session)
    try:
        # A snapshot: the file is never changed (not even brought up to date), and a
        # session open in the window, or on a read-only disk, exports all the same.
        state = snapshot(args.session)
    except SessionFileError as error:
        raise CommandError(_file_problem(error)) from None
    # A separate process gives every export the time limit, whatever the report templates do.
    job = ExportJob(
        session_to_json(state),
        output,
        format_,
        page_size=args.page_size,
        folders=args.report_folder,
        time_limit=args.time_limit,
    )
    job.start()
    result = job.wait()
    if result.state != "done":
        raise CommandError(_said(result.message) if result.message
                           else _("the export ended: {state}").format(state=result.state))
    print(result.path or output)
    return 0


def _export_target(output: Path | None, format_: str | None, session: Path) -> tuple[str, Path]:
    """(format, path) of an export: a file's ending and the format asked for must agree."""
    from workshop.paths import default_exports_dir
    from workshop.report import FORMATS

    by_suffix = {suffix: name for name, suffix in FORMATS.items()}
    if output is None:
        format_ = format_ or "pdf"
        return format_, default_exports_dir(session) / f"{session.stem}{FORMATS[format_]}"
    named = by_suffix.get(output.suffix.lower())
    if format_ is None:
        if named is None:
            raise CommandError(
                _(
                    "{output}: end the name in .pdf, .md, .zip (CSV) or .json to say what "
                    "to write, or give --format"
                ).format(output=output)
            )
        return named, output
    if named != format_:
        wanted = output.with_suffix(FORMATS[format_]).name
        raise CommandError(
            _(
                "{output}: --format {format} writes a {suffix} file; name it {wanted}, or leave --format out"
            ).format(output=output, format=format_, suffix=FORMATS[format_], wanted=wanted)
        )
    return format_, output


def _import(args: argparse.Namespace) -> int:
    from workshop.report.json_io import JsonSyntaxError, read_session
    from workshop.session import SessionFileError, write_new

    try:
        raw = args.source.read_bytes()
    except OSError as error:
        raise CommandError(
            _("{source}: cannot read: {reason}").format(source=args.source, reason=error.strerror or error)
        ) from None
    if raw.startswith(b"SQLite format 3\x00"):
        raise CommandError(
            _(
                "{source}: this is a session file already; open it in the app, or make the "
                "JSON this command reads with: workshop export {source} --format json"
            ).format(source=args.source)
        )
    try:
        state = read_session(raw)
    except JsonSyntaxError as error:
        raise CommandError(f"{args.source}:{error.line}: {_said(error)}") from None
    except ValueError as error:
        raise CommandError(f"{args.source}: {_said(error)}") from None
    output = _with_suffix(args.output)
    try:
        write_new(output, state)
    except SessionFileError as error:
        raise CommandError(_file_problem(error)) from None
    print(output)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from workshop.session import SessionFileError
    from workshop.web.serve import serve
    from workshop.web.server import ServerError

    try:
        return serve(_with_suffix(args.session), args.bind, args.port, args.step)
    except (SessionFileError, ServerError, ValueError) as error:
        raise CommandError(str(error)) from None


def _desktop_entry(args: argparse.Namespace) -> int:
    from workshop.desktop import DesktopEntryError, default_data_home, describe, install, uninstall

    home = default_data_home()
    try:
        outcome = install(home) if args.install else uninstall(home)
    except DesktopEntryError as error:
        raise CommandError(str(error)) from None
    print(describe(outcome, home))
    return 0
