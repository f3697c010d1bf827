"""`python -m bot` is `incident-bot`."""

from bot.cli import main

raise SystemExit(main())
