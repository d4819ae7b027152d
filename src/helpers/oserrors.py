"""Swedish explanations of operating-system errors (a full disk, missing permission, …).

The raw OS text ("No space left on device") is English; learner-facing messages use
:func:`describe_os_error` instead, and keep the raw text at most in a folded detail.
"""

from __future__ import annotations

import errno

from . import texts

_KINDS = {
    errno.ENOSPC: "full", errno.EDQUOT: "full",
    errno.EACCES: "permission", errno.EPERM: "permission",
    errno.EROFS: "read_only",
    errno.EISDIR: "is_directory",
    errno.ENOTDIR: "not_directory",
    errno.EEXIST: "exists",
    errno.ENOENT: "missing",
}


def describe_os_error(err: OSError) -> str:
    """What went wrong and how to fix it, in Swedish, from the error's ``errno`` (never its English text)."""
    kind = _KINDS.get(err.errno or 0, "other")
    path = f"”{err.filename}”" if err.filename else texts.OS_ERROR_NO_PATH
    code = errno.errorcode.get(err.errno or 0, "okänd")
    text = texts.OS_ERRORS[kind].format(path=path, code=code)
    return text[0].upper() + text[1:]
