"""A class bigger than one machine: `--shard K/N` grades a slice, `puente grade merge` joins the slices.

The slice is deterministic: submission i of the sorted class (intake.discover's order) belongs to
shard (i mod N) + 1. Every run, sharded or not, leaves `run.json` in OUT: the plan's test ids, the
exercises chosen, the class's size, and every submission's result with its place in the class.
Merging reads those files (never a student's code), puts the results back in class order and
writes the gradebook, summary, JUnit and feedback exactly as one run over the whole class would.
"""

import json
from dataclasses import asdict
from pathlib import Path

from puente.errors import PuenteError
from puente.grading.model import SubmissionResult, TestOutcome

RUN_FILE = "run.json"


def parse_shard(text: str) -> tuple[int, int]:
    """"2/4" -> (2, 4); anything else is a clear error."""
    try:
        k, n = (int(part) for part in text.split("/"))
    except ValueError:
        raise PuenteError(f"--shard {text} is not K/N", "give e.g. --shard 1/4 (this is slice 1 of 4)") from None
    if not 1 <= k <= n:
        raise PuenteError(f"--shard {text}: K must be between 1 and N", "give e.g. --shard 1/4 ... --shard 4/4")
    return k, n


def in_shard(index: int, shard: tuple[int, int] | None) -> bool:
    return shard is None or index % shard[1] == shard[0] - 1


def save_run(out: Path, only: list[str], expected: dict[str, str], hidden: set[str], size: int,
             shard: tuple[int, int] | None, indices: list[int], results: list[SubmissionResult], isolation: str) -> None:
    record = {
        "only": only, "expected": expected, "hidden": sorted(hidden), "class_size": size,
        "shard": list(shard) if shard else [1, 1], "isolation": isolation,
        "results": [{"index": i, **asdict(r)} for i, r in zip(indices, results, strict=True)],
    }
    (out / RUN_FILE).write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")


def load_runs(outs: list[Path]) -> tuple[dict, list[SubmissionResult]]:
    """The shards' common plan and every result in class order; refuses shards of different runs."""
    runs = []
    for out in outs:
        path = out / RUN_FILE
        if not path.is_file():
            raise PuenteError(f"{out} holds no {RUN_FILE}", "pass the --out folders of `puente grade --shard K/N` runs")
        runs.append(json.loads(path.read_text(encoding="utf-8")))
    first = runs[0]
    for out, run in zip(outs, runs, strict=True):
        for key in ("only", "expected", "hidden", "class_size", "isolation"):
            if run[key] != first[key]:
                raise PuenteError(f"{out} was graded with another {key} than {outs[0]}", "merge shards of one grading of one class")
    by_index: dict[int, SubmissionResult] = {}
    for out, run in zip(outs, runs, strict=True):
        for item in run["results"]:
            index = item.pop("index")
            if index in by_index:
                raise PuenteError(f"submission {index + 1} of the class is in two shards ({out})", "merge each shard once")
            tests = [TestOutcome(**test) for test in item.pop("tests")]
            by_index[index] = SubmissionResult(**item, tests=tests)
    missing = [i + 1 for i in range(first["class_size"]) if i not in by_index]
    if missing:
        raise PuenteError(f"the shards hold {len(by_index)} of {first['class_size']} submissions (missing: {missing[:5]})",
                          "merge the --out folder of every shard K/N")
    return first, [by_index[i] for i in range(first["class_size"])]
