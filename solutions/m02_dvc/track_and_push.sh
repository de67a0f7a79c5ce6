#!/usr/bin/env bash
# Track November's applications with DVC and send their content to the team's remote.
# Run from the repository root. $REMOTE_DIR is the folder that plays the remote storage.
set -euo pipefail

dvc remote add --default team "$REMOTE_DIR"
dvc add data/applications_2026_11.csv
git add .dvc/config data/applications_2026_11.csv.dvc data/.gitignore
git commit --quiet -m "Track November's applications with DVC"
dvc push
