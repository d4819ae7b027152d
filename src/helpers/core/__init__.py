"""Pure course logic: no files, no network, no widgets, no display.

The question model, parsing and Swedish number formatting, grading and the rules of each exercise.
Everything here can be called from a unit test with plain values.
"""
