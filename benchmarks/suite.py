"""What the course's own test suite costs: wall time per tests/ folder, `puente verify`, and the total.

The budget is `make test` (what CI runs) in under 20 minutes on a quiet machine, so the total counts
the steps `make test` runs: ruff, `verify --static`, every non-module folder, and `puente verify`
(every module's graded tests both ways, its notebooks). Each module folder is also run once on the
reference (`--target solutions`) to show what it costs; that line is not in the total, as verify
runs those tests already. The machine's load is printed before and after: a busy machine is slow.
Usage: python benchmarks/suite.py [--only toolkit/test_manifest.py ...]
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ratio import target_line

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
GOAL_MINUTES = 20
STEP_LIMIT_SECONDS = 3600  # one step on a busy machine; a hang still ends
MODULE_FOLDER = re.compile(r"^m\d\d_")


@dataclass
class Step:
    name: str
    command: list[str]
    in_total: bool = True


def environment() -> dict[str, str]:
    """As the Makefile runs things: the course's venv first on PATH (dvc.yaml runs `python`), no stray test settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PUENTE_", "PYTEST_"))}
    env.update(PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}", DVC_NO_ANALYTICS="1", NO_MKDOCS_2_WARNING="1", NO_COLOR="1")
    return env


def pytest_step(relative: str) -> Step:
    """One tests/ path under pytest -n auto; a module's graded tests on the reference solutions."""
    module = MODULE_FOLDER.match(relative)
    command = [sys.executable, "-m", "pytest", f"tests/{relative}", "-q", "-n", "auto", *(["--target", "solutions"] if module else [])]
    return Step(f"tests/{relative}" + (" (--target solutions)" if module else ""), command, in_total=not module)


def all_steps() -> list[Step]:
    folders = sorted(p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    return [
        Step("ruff", [str(BIN / "ruff"), "check", "--quiet", "src", "hooks", "benchmarks", "tests"]),
        Step("puente verify --static", [str(BIN / "puente"), "verify", "--static"]),
        *(pytest_step(f) for f in folders if not MODULE_FOLDER.match(f)),
        *(pytest_step(f) for f in folders if MODULE_FOLDER.match(f)),
        Step("puente verify", [str(BIN / "puente"), "verify"]),
    ]


def run_step(step: Step, log_dir: Path) -> tuple[float, int, str]:
    """Wall time, exit code and the last lines of the output (written to a file: no pipe can stall)."""
    log = log_dir / f"{len(list(log_dir.iterdir()))}.log"
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as output:
        # its own process group: a step over the limit (or Ctrl+C here) ends with everything it started
        process = subprocess.Popen(step.command, cwd=ROOT, env=environment(), stdin=subprocess.DEVNULL, stdout=output,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        try:
            code = process.wait(timeout=STEP_LIMIT_SECONDS)
        except subprocess.TimeoutExpired:
            code = -1
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    seconds = time.perf_counter() - started
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return seconds, code, "\n".join(lines[-15:])


def load_line(when: str) -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {when}: {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", metavar="PATH", help="only this path under tests/ (repeatable); skips lint and verify")
    args = parser.parse_args()
    steps = [pytest_step(path) for path in args.only] if args.only else all_steps()
    print(load_line("at start"))
    total, failed = 0.0, []
    with tempfile.TemporaryDirectory(prefix="puente-suite-") as log_dir:
        for step in steps:
            seconds, code, tail = run_step(step, Path(log_dir))
            total += seconds if step.in_total else 0.0
            note = "" if step.in_total else "  (not in the total: verify runs these)"
            print(f"{seconds:8.1f} s  {step.name}  {'ok' if code == 0 else f'FAILED (exit {code})'}{note}", flush=True)
            if code != 0:
                failed.append(step.name)
                print("          " + tail.replace("\n", "\n          "))
    print(load_line("at end"))
    minutes = total / 60
    print(f"total: {total:.1f} s" + (f"; failed: {', '.join(failed)}" if failed else ""))
    print(target_line("suite_total_minutes", minutes, f"<= {GOAL_MINUTES}"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
