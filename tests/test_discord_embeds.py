"""Rendering answers as real discord.Embed objects within Discord's limits: splitting, packing, escaping."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.alerts import AlertBatch, AlertFilter, FilterTerm, QueuedAlert, Subscription
from bot.discord_app import strings
from bot.discord_app.embeds import (
    BLOCK_LIMIT,
    Section,
    alert_screens,
    escape,
    fit,
    incident_section,
    limit_problems,
    pack,
    size,
    split_block,
)
from bot.models import ClaimView, IncidentView, SourceView


def incident(sources: int, snippet_words: int, incident_id: int = 7) -> IncidentView:
    return IncidentView(
        id=incident_id,
        day=date(2024, 5, 5),
        start=date(2024, 5, 5),
        end=date(2024, 5, 5),
        summary="Iskander-M ballistic missile attack: Kharkiv",
        weapons=("Iskander-M",),
        places=("Kharkiv",),
        actors=("Russia",),
        sources=tuple(
            SourceView(
                article_id=n,
                title=f"Report {n} [live]",
                outlet=f"Outlet_{n}",
                published=date(2024, 5, 6),
                url=f"https://news.example/{n}?a=(b)",
                path=None,
                snippet=" ".join(f"word{n}x{w}" for w in range(snippet_words)),
            )
            for n in range(1, sources + 1)
        ),
    )


def test_sizes_are_counted_as_discord_counts_them() -> None:
    assert (size("abc"), size("🚀"), size("Київ")) == (3, 2, 4)
    assert fit("x" * 300, 256) == "x" * 255 + "…"
    assert size(fit("🚀" * 200, 256)) <= 256


def test_a_block_longer_than_an_embed_is_split_at_spaces_and_nothing_is_lost() -> None:
    text = " ".join(f"w{n}" for n in range(4000))  # ~20,000 characters
    pieces = split_block(f"> {text}")
    assert len(pieces) == 9
    assert all(size(p) <= BLOCK_LIMIT and p.startswith("> ") for p in pieces)
    assert (pieces[0].endswith("…"), pieces[1].startswith("> …"), pieces[-1].endswith("w3999")) == (
        True,
        True,
        True,
    )
    rejoined = " ".join(p.removeprefix("> ").strip("…") for p in pieces)
    assert rejoined == text


def test_forty_huge_sources_pack_into_screens_within_every_limit() -> None:
    # The `sources` answer: 40 sentences of 5,000 characters, each over an embed's 4,096.
    screens = pack([incident_section(incident(40, 500), figures=True)])
    assert all(limit_problems(screen) == [] for screen in screens)
    text = "".join(e.description or "" for s in screens for e in s)
    for n in range(1, 41):
        # Every word of every source, and its attribution, is somewhere on a screen.
        assert f"word{n}x0 " in text
        assert f"word{n}x499" in text
        assert f"· article {n}" in text
    assert len(screens) == 40
    assert [e.title for e in screens[0]] == [
        "#7 · Iskander-M ballistic missile attack: Kharkiv",
        "#7 · Iskander-M ballistic missile attack: Kharkiv (continued)",
    ]


def test_sources_link_to_their_page_and_escape_their_text() -> None:
    section = incident_section(incident(1, 3))
    assert section.blocks == (
        "**2024-05-05** · Weapons: Iskander-M · Places: Kharkiv · Actors: Russia",
        "> word1x0 word1x1 word1x2\n"
        "— **Outlet\\_1**, [Report 1 \\[live\\]](https://news.example/1?a=%28b%29) · 2024-05-06 · article 1",
    )
    assert section.url == "https://news.example/1?a=(b)"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("@everyone look", "@\u200beveryone look"),
        ("<@123456789012345678> said", "<@\u200b123456789012345678> said"),
        ("**bold** _it_ `code` ||spoiler||", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\|"),
        ("> not a quote\n# not a heading", "\\> not a quote # not a heading"),
    ],
)
def test_article_text_is_inert(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_a_titles_overflow_keeps_the_summary_whole_in_the_description() -> None:
    long = IncidentView(
        id=1, day=date(2024, 5, 5), start=date(2024, 5, 5), end=date(2024, 5, 5),
        summary="Attack: " + ", ".join(f"Place {n}" for n in range(60)), weapons=(), places=(), actors=(), sources=(),
    )  # fmt: skip
    (screen,) = pack([incident_section(long)])
    (embed,) = screen
    assert embed.title is not None
    assert (size(embed.title), embed.title.endswith("…")) == (256, True)
    assert embed.description == f"**{long.summary}**\n\n**2024-05-05**"


def test_a_digest_of_two_hundred_incidents_spans_messages_within_limits() -> None:
    subscription = Subscription(1, 10, 20, AlertFilter("Kharkiv", (FilterTerm("Kharkiv", (("place:x",),), None, "Kharkiv"),)),
                                "active", 0, None, "", None, None, None, 0, 0)  # fmt: skip
    incidents = tuple(incident(2, 3, incident_id=n) for n in range(1, 201))
    alerts = tuple(QueuedAlert(n, n, f"nonce{n}", 0) for n in range(1, 201))
    screens = alert_screens(AlertBatch(subscription, alerts, incidents, digest=True))
    assert all(limit_problems(screen) == [] for screen in screens)
    lines = [line for s in screens for e in s for line in (e.description or "").split("\n\n")]
    assert len(lines) == 200
    assert lines[0] == "**#1** · 2024-05-05 · Iskander-M ballistic missile attack: Kharkiv (2 sources)"
    assert screens[0][0].title == "200 new incidents"
    assert screens[0][-1].footer.text == (
        "Kharkiv · Ask `sources <id>` for every source of one incident. · part 1 of 3 · alert 1/1"
    )


def test_sections_never_exceed_ten_embeds_or_six_thousand_characters_per_message() -> None:
    sections = [Section(f"Title {n}", (f"block {n} " * 30,)) for n in range(25)]
    screens = pack(sections)
    assert [len(s) for s in screens] == [10, 10, 5]
    assert all(limit_problems(screen) == [] for screen in screens)


def test_a_list_answer_says_how_many_more_sources_there_are() -> None:
    shown = replace(incident(sources=5, snippet_words=5), sources_total=40)
    section = incident_section(shown)
    assert section.blocks[-1] == strings.more_sources(37, 7)  # three shown
    assert (
        incident_section(replace(shown, sources_total=3, sources=shown.sources[:3]))
        .blocks[-1]
        .startswith("> ")
    )
    # The `sources` answer pages through them all instead.
    assert strings.more_sources(35, 7) not in incident_section(shown, figures=True).blocks


def test_launch_sites_and_differing_figures_are_shown() -> None:
    claims = (ClaimView("killed", 2, "Outlet_1", 1, "s"), ClaimView("killed", 3, "Outlet_2", 2, "s"))
    shown = replace(incident(sources=2, snippet_words=5), origins=("Belgorod Oblast",), claims=claims)
    names = incident_section(shown).blocks[0]
    assert names == (
        "**2024-05-05** · Weapons: Iskander-M · Places: Kharkiv · Launched from: Belgorod Oblast · Actors: Russia\n"
        "Reports differ: killed 2 (Outlet\\_1), 3 (Outlet\\_2)"
    )
