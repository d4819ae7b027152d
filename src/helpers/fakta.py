"""Sourced facts for the notebooks: ``fakta.load(name)`` gives the data, the other calls show it.

Reading and validating ``data/fakta/*.json`` is :mod:`helpers.store.fakta`; the tables, lists and
the marked aside come from :mod:`helpers.ui.tables`.
"""

from __future__ import annotations

from .store.fakta import FactError, citation, load, path, provision
from .ui.tables import aside, bullet_list, provisions_table, rus_directions, table

__all__ = ["FactError", "aside", "bullet_list", "citation", "load", "path", "provision", "provisions_table",
           "rus_directions", "table"]
