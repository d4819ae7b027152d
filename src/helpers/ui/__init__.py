"""Shared display parts: HTML rendering, the Swedish error box, number display and charts.

May use :mod:`helpers.core` and :mod:`helpers.store`.
"""
