"""Open the course in JupyterLab: ``python -m helpers.launch [extra JupyterLab flags]``.

``make lab`` runs this, and so can a learner without ``make`` (for example on Windows:
``.venv\\Scripts\\python -m helpers.launch``). It serves only on 127.0.0.1, always with a fresh
random token given on the command line, so a user config that empties the token
(``c.IdentityProvider.token = ""``) cannot open the server to anyone who finds the port.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import sys
from collections.abc import Sequence

from . import texts
from .store.paths import PACKAGE_ROOT, REPO_ROOT

START = "00-kom-igang.ipynb"
# The course's own Jupyter settings, added to the config path: no English news pop-up on the first
# visit, and a notebook exported to HTML says that it is in Swedish (lang="sv").
CONFIG_DIR = PACKAGE_ROOT / "jupyter_config"


def environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process's environment) with the course's config folder on JUPYTER_CONFIG_PATH."""
    env = dict(os.environ if base is None else base)
    rest = env.get("JUPYTER_CONFIG_PATH")
    env["JUPYTER_CONFIG_PATH"] = str(CONFIG_DIR) + (os.pathsep + rest if rest else "")
    return env


def free_port(first: int = 8888, tries: int = 50) -> int:
    """The first port from ``first`` on that nothing listens on at 127.0.0.1 (as JupyterLab would pick)."""
    for port in range(first, first + tries):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def command(extra: Sequence[str] = (), token: str | None = None) -> tuple[list[str], str]:
    """The JupyterLab command line that opens the course at notebook 00, and the address with its token.

    JupyterLab hides a token that it did not make itself ("?token=..."), so the address is
    printed here instead; the port is chosen here for the same reason, unless ``--port`` is given.
    """
    token = token or secrets.token_hex(24)
    port_flag = re.compile(r"--(?:ServerApp\.)?port=(\d+)")
    given = [int(m.group(1)) for a in extra if (m := port_flag.fullmatch(a))]
    extra = [a for a in extra if not port_flag.fullmatch(a)]
    port = given[-1] if given else free_port()
    cmd = [sys.executable, "-m", "jupyterlab", "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
           f"--ServerApp.root_dir={REPO_ROOT / 'notebooks'}", f"--LabApp.default_url=/lab/tree/{START}",
           f"--IdentityProvider.token={token}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    return cmd + extra, f"http://127.0.0.1:{port}/lab/tree/{START}?token={token}"


def main(argv: Sequence[str] | None = None) -> None:
    cmd, url = command(sys.argv[1:] if argv is None else argv)
    print(texts.LAUNCH_ADDRESS.format(url=url), flush=True)
    env = environment()
    if os.name == "nt":  # os.execv does not replace the process on Windows
        import subprocess

        raise SystemExit(subprocess.call(cmd, env=env))
    os.execve(cmd[0], cmd, env)


if __name__ == "__main__":
    main()
