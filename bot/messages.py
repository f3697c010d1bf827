"""Every sentence the bot says to a person, in one place (so wording stays consistent and can be translated).

The engine, the CLI and the Discord adapter build their messages here; nothing else writes user-facing prose.
"""

from __future__ import annotations

EXAMPLE_DATES = (
    "`2024-07-31`, `31 July 2024`, `July 2024`, `2024-07-29..2024-08-04`, `yesterday` or `last week`"
)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


ECHO_LIMIT = 100


def literal(text: str) -> str:
    """What a person typed, shown back exactly as typed: in code quotes, so that no chat client reads it as a link,
    formatting or a mention (issue 9), shortened to `ECHO_LIMIT` characters, on one line."""
    flat = " ".join(text.split()).replace("`", "ˋ")
    if len(flat) > ECHO_LIMIT:
        flat = flat[: ECHO_LIMIT - 1] + "…"
    return f"`{flat}`" if flat else "``"


# ---- command engine -----------------------------------------------------------------------------------------


def empty_command(prefix: str) -> str:
    return f"Type a command, for example `{prefix}incident KN-23` or `{prefix}help`."


def unknown_command(name: str, prefix: str, suggestion: str | None) -> str:
    hint = f" Did you mean `{prefix}{suggestion}`?" if suggestion else ""
    return f"I don't know the command {literal(name)}.{hint} Type `{prefix}help` for the list."


def missing_argument(usage: str, example: str, prefix: str) -> str:
    return f"Usage: `{prefix}{usage}` (for example `{prefix}{example}`)."


def page_out_of_range(limit: int) -> str:
    return f"Pages are numbered from 1 to {limit:,}."


def bad_page(page: int, pages: int) -> str:
    if pages <= 1:
        return f"There is no page {page}: everything fits on one page."
    return f"There is no page {page}: there are {pages} pages."


def bad_number(what: str, text: str, prefix: str, example: str) -> str:
    return f"{literal(text)} is not {what}. Try `{prefix}{example}`."


def incidents_found(total: int, what: str, note: str = "") -> str:
    return f"{plural(total, 'incident')} for {what}{note}."


def matched_as(query: str, names: list[str]) -> str:
    return f" (read {literal(query)} as {', '.join(names)})"


def incident_is_a_date_or_number(text: str, prefix: str) -> str:
    return (
        f"{literal(text)} is a date or a number, not a weapon, place or actor. For what happened on a day, try "
        f"`{prefix}summary {text.strip()}`; for one incident by its number, `{prefix}sources <number>`."
    )


def text_matches(total: int, query: str, more: bool = False) -> str:
    return f"{plural(total, 'incident')}{'+' if more else ''} whose reports mention {literal(query)}."


def nothing_for(query: str, suggestions: list[str]) -> str:
    hint = f" Closest names I know: {', '.join(suggestions)}." if suggestions else ""
    return f"No recorded incident matches {literal(query)}.{hint}"


def nothing_to_search(query: str) -> str:
    return f"{literal(query)} has no words to search for. Try a weapon, a place or a phrase."


def summary_found(total: int, period: str) -> str:
    return f"{plural(total, 'incident')} on {period}." if total else f"No incidents recorded on {period}."


def bad_date(reason: str, prefix: str) -> str:
    if reason == "empty":
        return f"Which day? For example `{prefix}summary 2024-07-31`. I understand {EXAMPLE_DATES}."
    return f"Sorry, {reason}. I understand {EXAMPLE_DATES}."


def range_backwards(text: str) -> str:
    return f"the range {literal(text)} ends before it starts"


def no_such_month(text: str, month: int) -> str:
    return f"{literal(text)} is not a date: there is no month {month}"


def not_a_date(text: str) -> str:
    return f"I could not read {literal(text)} as a date"


def not_a_month(name: str) -> str:
    return f"{literal(name)} is not a month"


def no_such_day(text: str, month: str, year: int, days: int) -> str:
    return f"{literal(text)} is not a date: {month} {year} has {days} days"


def year_out_of_range(text: str, first: int, last: int) -> str:
    return f"{literal(text)} is not a year I can look up: years go from {first} to {last}"


def search_found(total: int, query: str, more: bool = False, language: str | None = None) -> str:
    where = f" in {language_name(language)} articles" if language else ""
    if total == 0:
        return f"No sentence{where} mentions {literal(query)}."
    return f"{plural(total, 'sentence')}{'+' if more else ''}{where} mention {literal(query)} (newest reports first)."


def unknown_language(code: str) -> str:
    known = ", ".join(f"`lang:{c}` ({name})" for c, name in LANGUAGE_NAMES.items())
    return f"I do not know the language {literal(code)}. Articles can be filtered by {known}."


def no_article(article_id: int) -> str:
    return f"There is no article {article_id}. `article list` shows the articles."


def article_found(title: str) -> str:
    return f"Article: {title}"


def no_incident(incident_id: int) -> str:
    return f"There is no incident {incident_id}."


def sources_found(incident_id: int, count: int) -> str:
    return f"Incident {incident_id} rests on {plural(count, 'source')}."


def stats_message() -> str:
    return "What I know so far."


def help_message(prefix: str) -> str:
    return f"Commands (type `{prefix}help <command>` for details):"


def help_unknown(name: str, prefix: str) -> str:
    return f"There is no command {literal(name)}. Type `{prefix}help` for the list."


def articles_listed(total: int) -> str:
    return f"{plural(total, 'article')} in the library." if total else "No articles yet."


# ---- adding articles ----------------------------------------------------------------------------------------

CSV_NOT_UTF8 = "could not read the CSV: it is not UTF-8 text"


def csv_unreadable(reason: str) -> str:
    return f"could not read the CSV ({reason})"


def no_database(path: str) -> str:
    return f"there is no database at {path}"


def database_unreadable(reason: str) -> str:
    return f"the database could not be read ({reason})"


def gazetteer_missing(folder: str) -> str:
    return (
        f"the gazetteer is not in {folder} (weapons.csv, places.csv...): set INCIDENT_DATA_DIR to the project's "
        "data/ folder"
    )


DATABASE_BUSY = "the database stayed locked by another process; nothing more was written (try again)"


def wrong_file(filename: str) -> str:
    return f"I can read .txt, .md and .html files, not `{filename}`."


def too_large_file(size: int, limit: int) -> str:
    return f"That file is {size / 1_000_000:.1f} MB; one article may be at most {limit / 1_000_000:.1f} MB."


def fetch_failed_for(url: str, reason: str) -> str:
    return f"fetching <{url}> failed: {reason}"


# ---- fetching articles by URL -------------------------------------------------------------------------------


FETCH_CREDENTIALS_REFUSED = "I don't fetch web addresses that contain a user name or password."


def fetch_unreadable_host(url: str) -> str:
    return f"I can't read the host of {literal(url)}: it is neither a valid name nor a valid IP address."


def fetch_bad_url(url: str) -> str:
    return f"`{url}` is not a web address I can fetch: it must start with http:// or https://."


def fetch_refused_address(address: str, kind: str) -> str:
    return f"I don't fetch from {kind} addresses ({address}): only public web pages."


def fetch_timed_out(seconds: float) -> str:
    return f"The page did not arrive within {seconds:g} seconds."


def fetch_unreachable(host: str) -> str:
    return f"I could not connect to {host}."


def fetch_failed(reason: str) -> str:
    return f"Fetching the page failed ({reason})."


def fetch_too_many_redirects(limit: int) -> str:
    return f"The page redirected more than {limit} times."


def fetch_status(status: int, reason: str) -> str:
    return f"The site answered {status} {reason}".rstrip() + "."


def fetch_wrong_type(content_type: str) -> str:
    return f"I can read web pages (HTML), plain text and Markdown, not {content_type}."


def fetch_too_large(limit: int) -> str:
    return f"The page is larger than {limit / 1_000_000:g} MB, more than one article may be."


# ---- languages ------------------------------------------------------------------------------------------------

LANGUAGE_NAMES = {
    "en": "English", "uk": "Ukrainian", "ru": "Russian", "be": "Belarusian", "bg": "Bulgarian", "pl": "Polish",
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
}  # fmt: skip


def language_name(code: str) -> str:
    """ "uk" -> "Ukrainian"; a code not listed as it is; "" for none."""
    return LANGUAGE_NAMES.get(code, code)


# Languages whose reports the reader understands; others are stored and searchable, but not read for facts.
READ_LANGUAGES = ("en", "uk", "ru")


def no_incident_found(*, language: str, names: int, dated: bool) -> str:
    """Why an added article gave no incident, so the person who added it knows whether to expect one."""
    if language and language not in READ_LANGUAGES:
        return (
            f"no incident reported: it reads as {language_name(language)}, and facts are read from English, "
            "Ukrainian and Russian reports only (it can still be searched)"
        )
    if not names:
        return "no incident reported: it names no weapon or place I know"
    if not dated:
        return "no incident reported: it has no publication date and gives no date for what it tells"
    return "no incident reported: no sentence tells of an attack with its day and a weapon or place"


# ---- feeds --------------------------------------------------------------------------------------------------

FEED_NOT_A_FEED = "that address is not an RSS, Atom or JSON feed"
FEED_NO_TEXT = "the entry's page has no article text"
DATED_BY_ADDRESS = "its publication day was read from its address or file name (the text gives none)"
PLACEHOLDER_DATE = (
    "its publication day was read from its address or file name (the date it gives, 1 January at midnight, is a "
    "publishing system's placeholder)"
)


def feed_read_with_problem(problem: str) -> str:
    return f"read, though the feed is not well formed ({problem})"


def feed_added(feed_id: int, title: str, entries: int, backfill: str) -> str:
    return f"Feed {feed_id} added: {literal(title)}, {plural(entries, 'entry', 'entries')} now; {backfill}"


def feed_backfill_none(entries: int) -> str:
    if not entries:
        return "new entries will be read from the next poll."
    return f"the {plural(entries, 'entry', 'entries')} already there {'is' if entries == 1 else 'are'} marked as seen, not announced."


def feed_backfill_some(count: int, announced: bool) -> str:
    how = "announced" if announced else "filed silently"
    return f"the latest {plural(count, 'entry', 'entries')} will be read now and {how}; the rest are marked as seen."


def feed_already(feed_id: int) -> str:
    return f"This server already follows that feed (feed {feed_id})."


def feed_could_not_add(url: str, reason: str) -> str:
    return f"I could not add {literal(url)}: {reason}."


def no_feed(feed_id: int) -> str:
    return f"There is no feed {feed_id} in this server. `feed list` shows them."


def feed_removed(feed_id: int, title: str) -> str:
    return f"Feed {feed_id} ({literal(title)}) removed; the articles read from it stay."


def feed_paused(feed_id: int, title: str) -> str:
    return f"Feed {feed_id} ({literal(title)}) paused; `feed resume {feed_id}` starts it again."


def feed_resumed(feed_id: int, title: str) -> str:
    return f"Feed {feed_id} ({literal(title)}) resumed; it is polled next within a minute."


def feed_paused_for_errors(feed_id: int, title: str, failures: int, error: str, prefix: str) -> str:
    """Told once to a server's moderators, in the channel where the feed was added."""
    return (
        f"Feed {feed_id} ({literal(title)}) failed {failures} times in a row and is paused. Last error: "
        f"{literal(error)}. Check the address, then `{prefix}feed resume {feed_id}`."
    )


def feed_bad_interval(minimum: int) -> str:
    return f"a feed is polled at most every {minimum // 60} minutes"


def feed_bad_backfill(text: str) -> str:
    return f"{literal(text)} is not a backfill: use `none` or a number of entries, such as `--backfill 10`"


def feed_failed_reason(failures: int, error: str) -> str:
    return f"failed {failures} times in a row: {error}"


def feed_read_from_entry(problem: str) -> str:
    """An article note: its text is the feed entry's own, because its page could not be read."""
    return f"read from the feed entry, not its page ({problem.rstrip('.')})"


def feed_poll_done(feeds: int, articles: int, not_modified: int, failed: int) -> str:
    if not feeds:
        return "No feed was due."
    return (
        f"Polled {plural(feeds, 'feed')}: {plural(articles, 'article')} read, {not_modified} unchanged, "
        f"{failed} failed (`feed list` says why)."
    )


def feed_bad_option(text: str) -> str:
    return (
        f"{literal(text)} is not an option of `feed add`: use --backfill N, --announce or --interval MINUTES"
    )


# ---- charts, maps, exports ----------------------------------------------------------------------------------


def figure_needs_period(command: str, prefix: str) -> str:
    examples = {
        "chart": "chart Shahed 2025-01..2025-06", "map": "map 2025-01 Shahed", "export": "export 2025-01 --format csv",
    }  # fmt: skip
    return f"Which period? For example `{prefix}{examples[command]}`. I understand {EXAMPLE_DATES}."


def chart_title_weapons(name: str) -> str:
    title = name or "all weapons"
    return f"{title[:1].upper()}{title[1:]}: launched and shot down"


def chart_title_incidents(name: str) -> str:
    return f"Incidents{' in or about ' + name if name else ''}"


def chart_weapons_found(name: str, period: str, launched: int, destroyed: int) -> str:
    return f"{name}, {period}: {launched:,} launched, {destroyed:,} shot down (as the best-listed source states them)."


def chart_incidents_found(name: str, period: str, incidents: int) -> str:
    return f"{plural(incidents, 'incident')}{' for ' + name if name else ''} on {period}."


def map_title(name: str) -> str:
    return f"Where strikes were reported{': ' + name if name else ''}"


def map_found(period: str, name: str, incidents: int, places: list[tuple[str, int]]) -> str:
    where = f" Most reported: {', '.join(f'{p} ({n})' for p, n in places)}." if places else ""
    return f"{plural(incidents, 'incident')}{' for ' + name if name else ''} on {period}.{where}"


def export_bad_format(fmt: str) -> str:
    return f"{literal(fmt)} is not an export format: use `--format csv` or `--format json`."


def export_too_large(total: int, limit: int, period: str) -> str:
    return (
        f"{period} has {total:,} incidents; one export holds at most {limit:,}. Export a shorter period (a month "
        "at a time), or add a filter."
    )


def export_made(count: int, period: str, name: str, fmt: str) -> str:
    return f"{plural(count, 'incident')}{' for ' + name if name else ''} on {period}, as {fmt.upper()}."


def saved_to(path: str, size: int) -> str:
    return f"Saved {path} ({size:,} bytes)."


def attachment_needs_out(filename: str, size: int) -> str:
    return f"({filename}, {size:,} bytes: add --out FILE to save it.)"


def web_serving(host: str, port: int) -> str:
    return f"Serving the database read-only at http://{host}:{port}/ (Ctrl-C stops it)."
