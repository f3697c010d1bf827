"""`incident-bot`: a thin command line over the service.

incident-bot ingest PATH|URL...      add articles (files, folders, web pages) and official records (.csv)
incident-bot import PATH.csv         load official attack records
incident-bot ask "!incident KN-23"   answer one command as the bot would (add --json for scripts)
incident-bot console                 ask commands interactively
incident-bot remove ID               remove an article and what was extracted from it
incident-bot reindex                 read every stored article again with the current code (never re-alerts)
incident-bot backup PATH             a consistent copy of the database, also while the bot runs
incident-bot check [--quick]         integrity, foreign keys and the full-text index; non-zero exit on a problem
incident-bot feed add URL            follow a news feed (RSS, Atom, JSON Feed); also: feed list, remove, pause,
                                     resume, poll [--once]
incident-bot web [--port N]          the database, read-only, in a browser (Datasette), with a map
incident-bot demo                    build the bundled database and answer sample questions (or run the bot)
incident-bot run                     run the Discord bot (needs DISCORD_TOKEN)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from bot import messages, render
from bot.config import Settings, SettingsError
from bot.feeds import parse_backfill
from bot.guilds import Removal
from bot.intake import Progress
from bot.models import Answer, Attachment, FileAnswer, IngestOutcome, IngestReport
from bot.poller import FeedPoller
from bot.query import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from bot.service import AsyncIncidentDesk, IncidentDesk
from bot.store import maintenance

DEMO_QUESTIONS = (
    "!incident KN-23",
    "!summary 2024-07-31",
    "!incident Kinzal",
    "!summary 2026-02-07",
    "!stats",
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, help="database file (default: $INCIDENT_DB, then data/incidents.db)"
    )
    parser = argparse.ArgumentParser(
        prog="incident-bot", description="Sourced answers about reported incidents."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest",
        parents=[common],
        help="add articles from files, folders and web pages (http:// or https://)",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH|URL")
    ingest.add_argument("--silent", action="store_true", help="file the incidents without alerting channels")
    ingest.add_argument("--json", action="store_true", help="print the outcome of each file as JSON")
    ingest.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes preparing articles (default: one per core for large folders)",
    )

    records = commands.add_parser(
        "import", parents=[common], help="load official attack records from a CSV file"
    )
    records.add_argument("path", type=Path, metavar="PATH.csv")
    records.add_argument(
        "--alert", action="store_true", help="announce the new incidents to subscribed channels"
    )

    ask = commands.add_parser("ask", parents=[common], help="answer one command as typed in Discord")
    ask.add_argument("text", metavar="COMMAND", help='for example "!incident KN-23"')
    ask.add_argument("--json", action="store_true", help="print the answer as JSON (see README.md)")
    ask.add_argument("--page", type=int, default=1, help="page number (default 1)")
    ask.add_argument("--out", type=Path, default=None, metavar="FILE",
                     help="write the answer's file (chart, map, export) here; an export without it goes to stdout")  # fmt: skip
    ask.add_argument(
        "--page-size",
        type=int,
        default=DEFAULT_PAGE_SIZE,
        help=f"answers per page (default 5, at most {MAX_PAGE_SIZE})",
    )

    commands.add_parser("console", parents=[common], help="ask commands interactively")
    remove = commands.add_parser("remove", parents=[common], help="remove an article")
    remove.add_argument("article_id", type=int)
    reindex = commands.add_parser(
        "reindex",
        parents=[common],
        help="read every stored article again with the current code and gazetteer",
    )
    reindex.add_argument(
        "--workers", type=int, default=None, help="processes reading articles (default: cores)"
    )
    reindex.add_argument("--json", action="store_true", help="print the outcome of each article as JSON")
    backup = commands.add_parser("backup", parents=[common], help="write a consistent copy of the database")
    backup.add_argument("target", type=Path, metavar="PATH")
    check = commands.add_parser("check", parents=[common], help="check the database; exit 1 on any problem")
    check.add_argument(
        "--quick", action="store_true", help="skip the full-text index check (it waits for the write lock)"
    )
    _feed_parser(commands, common)
    web = commands.add_parser(
        "web", parents=[common], help="serve the database read-only in a browser (Datasette)"
    )
    web.add_argument("--port", type=int, default=8001, help="port (default 8001)")
    web.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    commands.add_parser(
        "demo", parents=[common], help="build the bundled database and answer sample questions"
    )
    commands.add_parser("run", parents=[common], help="run the Discord bot")
    return parser


def _feed_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    feed = commands.add_parser(
        "feed", help="news feeds the bot reads by itself (the operator's, and every server's)"
    )
    actions = feed.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=[common], help="follow a feed")
    add.add_argument("url", metavar="URL")
    add.add_argument("--filter", default="", help='alert only incidents matching this, e.g. "KN-23, Kharkiv"')
    add.add_argument("--backfill", default="none", metavar="none|N",
                     help="read the latest N entries now (default: none, mark all as seen)")  # fmt: skip
    add.add_argument("--announce", action="store_true", help="announce the backfilled entries' incidents")
    add.add_argument(
        "--interval", type=int, default=None, metavar="SECONDS", help="poll every SECONDS (>= 120)"
    )
    listing = actions.add_parser("list", parents=[common], help="every feed and its health")
    listing.add_argument("--json", action="store_true")
    for name, text in (
        ("remove", "stop following a feed"),
        ("pause", "pause a feed"),
        ("resume", "resume a feed"),
    ):
        action = actions.add_parser(name, parents=[common], help=text)
        action.add_argument("feed_id", type=int, metavar="ID")
    poll = actions.add_parser("poll", parents=[common], help="poll due feeds (keeps polling without --once)")
    poll.add_argument("--once", action="store_true", help="one round of the due feeds, then exit (for cron)")
    poll.add_argument("--workers", type=int, default=None, help="processes reading entries (default: cores)")


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        print(f"Configuration problem: {error}", file=err)
        return 2
    if args.db is not None:
        settings = replace(settings, db_path=args.db)
    if args.command == "run":
        return _run_bot(settings, err)
    if args.command in ("backup", "check"):
        return _maintain(args, settings, out, err)
    if args.command == "web":
        return _web(args, settings, out, err)
    if args.command == "demo" and settings.discord_token:
        # The same bundled database as the offline demo, then the bot answering from it on Discord.
        from bot.discord_app.runner import token_problem

        if problem := token_problem(settings.discord_token):
            print(problem, file=err)
            return 2
        desk = IncidentDesk(settings)
        try:
            _build_demo_database(desk, err)
        finally:
            desk.close()
        return _run_bot(settings, err)
    try:
        desk = IncidentDesk(settings)
    except FileNotFoundError as error:
        print(f"Configuration problem: {error}", file=err)
        return 2
    try:
        return _dispatch(args, desk, out, err)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `incident-bot ask ... | head`: the reader left; nothing more to say.
        sys.stderr.close()
        return 0
    finally:
        desk.close()


def _dispatch(args: argparse.Namespace, desk: IncidentDesk, out: TextIO, err: TextIO) -> int:
    if args.command == "ingest":
        return _report(_ingest(desk, args, err), out, as_json=args.json)
    if args.command == "import":
        if not args.path.is_file():
            print(f"{args.path}: no such file", file=err)
            return 1
        return _report(desk.import_records(args.path, silent=not args.alert), out, as_json=False)
    if args.command == "ask":
        answer = desk.ask(args.text, args.page, args.page_size)
        if isinstance(answer, FileAnswer) and answer.attachment is not None and not args.json:
            return _attachment(answer, answer.attachment, args.out, out, err)
        if args.json:
            json.dump(render.to_json(answer), out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            print(render.to_text(answer), file=out)
        return 0 if answer.ok else 1
    if args.command == "remove":
        removed = desk.remove_article(args.article_id) is Removal.REMOVED
        print(
            f"Removed article {args.article_id}." if removed else f"There is no article {args.article_id}.",
            file=out,
        )
        return 0 if removed else 1
    if args.command == "console":
        return _console(desk, out)
    if args.command == "reindex":
        return _report(desk.reindex(progress=_progress(err), workers=args.workers), out, as_json=args.json)
    if args.command == "demo":
        return _demo(desk, out, err)
    if args.command == "feed":
        return _feed(args, desk, out, err)
    raise AssertionError(f"unhandled command {args.command}")


def _feed(args: argparse.Namespace, desk: IncidentDesk, out: TextIO, err: TextIO) -> int:
    """The operator's view of feeds: every server's, and those added here (which belong to no server)."""
    book = desk.feeds
    if args.action == "list":
        feeds = book.feeds(None, any_owner=True)
        if args.json:
            json.dump([render.feed_json(f) for f in feeds], out, indent=2)
            out.write("\n")
        else:
            lines = [line for feed in feeds for line in render.feed_lines(feed)]
            print("\n".join(lines) if lines else "No feeds yet: `incident-bot feed add URL`.", file=out)
        return 0
    if args.action in ("remove", "pause", "resume"):
        act = {"remove": book.remove, "pause": book.pause, "resume": book.resume}[args.action]
        feed = act(args.feed_id, None, any_owner=True)
        if feed is None:
            print(f"There is no feed {args.feed_id}.", file=err)
            return 1
        done = {
            "remove": messages.feed_removed,
            "pause": messages.feed_paused,
            "resume": messages.feed_resumed,
        }
        print(done[args.action](feed.id, feed.title or feed.url), file=out)
        return 0
    return asyncio.run(_feed_async(args, desk, out, err))


async def _feed_async(args: argparse.Namespace, desk: IncidentDesk, out: TextIO, err: TextIO) -> int:
    workers = getattr(args, "workers", None) or 1
    poller_desk = AsyncIncidentDesk(
        desk.settings, gazetteer=desk.gazetteer, clock=desk.clock, fetcher=desk.fetcher
    )
    poller = FeedPoller(
        poller_desk, desk.fetcher, max_entries=desk.settings.feed_max_entries, workers=workers
    )
    try:
        if args.action == "add":
            try:
                backfill = parse_backfill(args.backfill)
            except ValueError as error:
                print(f"Sorry, {error}.", file=err)
                return 1
            added = await poller.add(args.url, guild_id=None, channel_id=None, filter_text=args.filter,
                                     backfill=backfill, announce=args.announce, interval_seconds=args.interval,
                                     added_by="operator")  # fmt: skip
            print(added.message, file=out if added.feed else err)
            return 0 if added.feed else 1
        report = await poller.run(once=args.once)
        print(
            messages.feed_poll_done(report.feeds, report.articles, report.not_modified, report.failed),
            file=out,
        )
        return 0
    finally:
        await poller_desk.close()


def _attachment(answer: Answer, attachment: Attachment, target: Path | None, out: TextIO, err: TextIO) -> int:
    """A chart, map or export: written to `target`; an export without one to stdout (the message to stderr)."""
    if target is not None:
        try:
            target.write_bytes(attachment.data)
        except OSError as error:
            print(f"Could not write {target}: {error.strerror}.", file=err)
            return 1
        print(answer.message, file=out)
        print(messages.saved_to(str(target), len(attachment.data)), file=out)
        return 0
    if attachment.content_type.startswith("image/"):
        print(answer.message, file=out)
        print(messages.attachment_needs_out(attachment.filename, len(attachment.data)), file=out)
        return 0
    print(answer.message, file=err)
    out.write(attachment.data.decode("utf-8"))
    return 0


def _ingest(desk: IncidentDesk, args: argparse.Namespace, err: TextIO) -> IngestReport:
    """Web addresses go through the bot's own fetcher (its address rules included); the rest are paths."""
    urls = [p for p in args.paths if p.startswith(("http://", "https://"))]
    paths = [Path(p) for p in args.paths if p not in urls]
    outcomes = [desk.ingest_url(url, silent=args.silent) for url in urls]
    interrupted = False
    if paths:
        report = desk.ingest_paths(paths, silent=args.silent, progress=_progress(err), workers=args.workers)
        outcomes.extend(report.outcomes)
        interrupted = report.interrupted
    return IngestReport(tuple(outcomes), interrupted)


def _maintain(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    if args.command == "backup":
        if not settings.db_path.is_file():
            print(f"There is no database at {settings.db_path}.", file=err)
            return 1
        pages = maintenance.backup(settings.db_path, args.target)
        print(f"Backed up {settings.db_path} to {args.target} ({pages:,} pages).", file=out)
        return 0
    result = maintenance.check(settings.db_path, quick=args.quick)
    for problem in result.problems:
        print(f"problem: {problem}", file=out)
    print(
        f"{'OK' if result.ok else 'Problems found'}: checked {', '.join(result.checked) or 'nothing'}.",
        file=out,
    )
    return 0 if result.ok else 1


def _progress(err: TextIO) -> Progress:
    def show(index: int, total: int, outcome: IngestOutcome) -> None:
        if total > 1:
            print(f"[{index}/{total}] {outcome.name}: {outcome.status}"
                  + (f" ({outcome.message})" if outcome.message else ""), file=err)  # fmt: skip

    return show


def _report(report: IngestReport, out: TextIO, *, as_json: bool) -> int:
    if as_json:
        rows = [
            {"name": o.name, "status": o.status, "article_id": o.article_id, "message": o.message,
             "new_incidents": list(o.new_incidents), "merged_incidents": list(o.merged_incidents)}
            for o in report.outcomes
        ]  # fmt: skip
        json.dump({"files": rows, "stored": report.stored}, out, indent=2)
        out.write("\n")
    else:
        for outcome in report.outcomes:
            if outcome.status in ("failed", "skipped") or len(report.outcomes) == 1:
                print(
                    f"{outcome.name}: {outcome.status}" + (f": {outcome.message}" if outcome.message else ""),
                    file=out,
                )
        counts = {
            s: report.count(s) for s in ("added", "updated", "unchanged", "duplicate", "failed", "skipped")
        }
        summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        print(f"Done: {summary or 'nothing to do'}; {len(report.new_incidents)} new incidents.", file=out)
    if report.interrupted:
        return 2
    if report.stored == 0:
        return 1
    return 0


def _console(desk: IncidentDesk, out: TextIO) -> int:
    print(
        "Type a command as in Discord (for example !incident KN-23); an empty line or Ctrl-D quits.", file=out
    )
    while True:
        try:
            line = input("> ")
        except EOFError:
            return 0
        if not line.strip():
            return 0
        print(render.to_text(desk.ask(line)), file=out)


def _build_demo_database(desk: IncidentDesk, err: TextIO) -> None:
    data = desk.settings.data_dir
    print(f"Building {desk.settings.db_path} from {data}/ (articles and official records)...", file=err)
    report = desk.ingest_paths([data / "articles", data / "records"], silent=True)
    print(f"{report.stored} sources stored, {report.count('failed')} failed.", file=err)


def _demo(desk: IncidentDesk, out: TextIO, err: TextIO) -> int:
    _build_demo_database(desk, err)
    for question in DEMO_QUESTIONS:
        print(f"\n$ incident-bot ask {question!r}\n", file=out)
        print(render.to_text(desk.ask(question, page_size=3)), file=out)
    print(f"\nBrowse the database in a web browser: `make web`, then open http://127.0.0.1:8001/ "
          f"(or `.venv/bin/incident-bot web --db {desk.settings.db_path}`).", file=out)  # fmt: skip
    print("Set DISCORD_TOKEN (see README.md) and run `make demo` again to start the bot.", file=out)
    return 0


def _web(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    from bot import web
    from bot.extract.gazetteer import Gazetteer

    if not settings.db_path.is_file():
        print(f"There is no database at {settings.db_path}: `make demo` builds one.", file=err)
        return 1
    web.prepare(settings.db_path, Gazetteer.load(settings.data_dir))
    print(messages.web_serving(args.host, args.port), file=out, flush=True)
    try:
        web.serve(settings.db_path, host=args.host, port=args.port)
    except KeyboardInterrupt:
        return 0
    return 0


def _run_bot(settings: Settings, err: TextIO) -> int:
    # Imported here so that the CLI's other commands never load discord.py.
    from bot.discord_app.runner import run_bot

    return run_bot(settings, err)


if __name__ == "__main__":
    raise SystemExit(main())
