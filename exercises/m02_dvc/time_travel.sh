#!/usr/bin/env bash
# Bring back October's applications (git tag 2026-10) into the workspace.
# Run from the repository root. November's version stays in git history and in DVC's cache.
set -euo pipefail

# TODO: bring back October's data/applications.csv.dvc from the git tag 2026-10.
# TODO: make data/applications.csv match that .dvc file, from DVC's cache.
