"""Every learner-facing Swedish string of the exercise engine, split by area.

Templates use ``str.format`` fields. Keep the wording plain, friendly and specific:
feedback explains, it never only says "Fel".
"""

from .capstone import *  # noqa: F403
from .classroom import *  # noqa: F403
from .course import *  # noqa: F403
from .data import *  # noqa: F403
from .engine import *  # noqa: F403
from .exercises import *  # noqa: F403
