"""Operating-system errors as Swedish explanations, each with what to do.

``OSError.strerror`` is English ("No space left on device") and sometimes misleading ("File exists"
when a file stands where a folder should be), so it never reaches a learner's message; callers may
show it in a folded technical detail.
"""

from __future__ import annotations

import errno

from .. import texts

_BY_ERRNO = {
    code: key for names, key in (
        (("EACCES", "EPERM"), "access"), (("ENOSPC",), "full"), (("EDQUOT",), "quota"), (("EISDIR",), "is_dir"),
        (("ENOTDIR",), "not_dir"), (("EEXIST",), "exists"), (("EROFS",), "read_only"), (("ENOENT",), "missing"),
        (("ENAMETOOLONG",), "too_long"), (("EBUSY", "ETXTBSY"), "busy"), (("EMFILE", "ENFILE"), "too_many"),
        (("EIO",), "io"),
    )
    for name in names if (code := getattr(errno, name, None)) is not None  # EDQUOT is missing on Windows
}
_BY_TYPE = ((PermissionError, "access"), (IsADirectoryError, "is_dir"), (NotADirectoryError, "not_dir"),
            (FileExistsError, "exists"), (FileNotFoundError, "missing"))


def describe_os_error(err: OSError) -> str:
    """What went wrong and what to do, in Swedish, for ``err`` (no English OS text).

    The path the error names, if any, comes first: "Det gick inte att använda ”…/framsteg.json”."
    """
    key = _BY_ERRNO.get(err.errno) if err.errno is not None else None
    key = key or next((k for kind, k in _BY_TYPE if isinstance(err, kind)), None)
    if key:
        text = texts.OS_ERRORS[key]
    else:
        code = texts.OS_ERROR_CODE.format(errno=err.errno) if isinstance(err.errno, int) else ""
        text = texts.OS_ERROR_OTHER.format(code=code)
    if err.filename:
        text = texts.OS_ERROR_AT.format(path=err.filename) + " " + text
    return text
