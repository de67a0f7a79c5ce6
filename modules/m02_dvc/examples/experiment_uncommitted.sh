#!/usr/bin/env bash
# An experiment needs a base commit, not a clean workspace: uncommitted edits go into it.
# Run in a repository holding the toy pipeline, with at least one commit.
set -euo pipefail

echo "# Ana: an idea nobody has committed yet" >> train.py
dvc exp run --quiet --name ana_idea -S train.feature=home
dvc exp show --no-pager --only-changed --md
git status --porcelain --untracked-files=no
