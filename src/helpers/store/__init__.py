"""Files: paths, safe writes, the question banks and the learner's progress store.

May use :mod:`helpers.core`; never :mod:`helpers.ui` or widgets.
"""
