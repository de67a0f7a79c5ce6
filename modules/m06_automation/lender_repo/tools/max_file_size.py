"""A pre-commit guard: refuse files larger than --max-kb (large data belongs in DVC, not git)."""

import argparse
import os
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-kb", type=int, default=1024)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    too_big = [f for f in args.files if os.path.getsize(f) > args.max_kb * 1024]
    for name in too_big:
        print(f"{name} is {os.path.getsize(name) // 1024} kB, over {args.max_kb} kB: track it with `dvc add`")
    return 1 if too_big else 0


if __name__ == "__main__":
    sys.exit(main())
