"""Pure extraction: text (and the article's publication date) in, facts out, each tied to its sentence."""

from bot.extract.article import extract_article
from bot.extract.dates import find_dates, incident_date, parse_date_text
from bot.extract.gazetteer import Gazetteer

__all__ = ["Gazetteer", "extract_article", "find_dates", "incident_date", "parse_date_text"]
