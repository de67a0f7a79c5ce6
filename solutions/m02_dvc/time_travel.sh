#!/usr/bin/env bash
# Bring back October's applications (git tag 2026-10) into the workspace.
# Run from the repository root. November's version stays in git history and in DVC's cache.
set -euo pipefail

git checkout 2026-10 -- data/applications.csv.dvc
dvc checkout data/applications.csv.dvc
