"""The files an edition is made from: what git tracks, plus new files git would track (not ignored).

Ignored files (.venv/, data/, site/, .puente/) never travel; neither does anything a learner or a
build leaves behind.
"""

import subprocess
from pathlib import Path

from puente.errors import PuenteError


def course_files(root: Path) -> list[str]:
    """Paths relative to `root`, sorted, of every file git tracks or would track (and that exists)."""
    try:
        done = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root, capture_output=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        raise PuenteError(f"{root} is not a git repository, so the edition cannot tell course files from build output",
                          "build editions from a git clone of the course") from None
    names = {name for name in done.stdout.decode("utf-8").split("\0") if name}
    return sorted(name for name in names if (root / name).is_file() and not (root / name).is_symlink())
