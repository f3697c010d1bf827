"""A prefix command's line read into its declared arguments (bot/commands.py): the same named values a slash
command's options give, so that the engine answers `!export 2025-01 Kinzhal --format csv` and `/export
period:2025-01 subject:Kinzhal format:csv` the same way, and never joins options into a line to read again.

Reading only splits the line; what a value means (a date, a number, a name) is the handler's to judge, with its own
polite answer when it cannot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.commands import ArgumentKind, Command

Values = Mapping[str, str]


def read_line(command: Command, line: str, is_period: Callable[[str], bool]) -> dict[str, str]:
    """`line` as the named values of `command`'s arguments; an argument not given is absent.

    Flags (`--format csv`, `format:csv`) are taken out first, anywhere on the line. Of the positional arguments,
    one takes the whole rest; two, one of which is a period, are told apart by the longest run of words at the
    period's end of the line that reads as one (`chart ballistic missile last 30 days`)."""
    values: dict[str, str] = {}
    for argument in command.arguments:
        if argument.flag:
            found = _flag(argument.name).search(line)
            if found is not None:
                values[argument.name] = found.group("value")
                line = f"{line[: found.start()]} {line[found.end() :]}"
    positional = [a for a in command.arguments if not a.flag]
    words = line.split()
    if not positional or not words:
        return values
    if len(positional) == 1:
        values[positional[0].name] = " ".join(words)
        return values
    first, second = positional
    period_last = second.kind is ArgumentKind.PERIOD
    for cut in range(len(words)) if period_last else range(len(words), 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if is_period(tail if period_last else head):
            values.update({first.name: head, second.name: tail})
            break
    else:
        # No period on the line: it is all the other argument, and the handler asks for the period.
        values[(first if period_last else second).name] = " ".join(words)
    flags = {a.name for a in command.arguments if a.flag}
    return {name: value for name, value in values.items() if value or name in flags}


def _flag(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\s))(?:--{name}(?:\s+|$)|{name}:\s*)(?P<value>\S*)", re.IGNORECASE)
