#!/usr/bin/env bash
# Put a data file under DVC and share it through a remote: the five commands of the daily loop.
# Run in a git repository that holds data/applications.csv; $REMOTE_DIR is a folder that plays
# the team's storage (in real life: a bucket, a server, a shared drive).
set -euo pipefail

dvc init --quiet
git commit --quiet -m "Initialize DVC"

dvc add data/applications.csv
git add data/applications.csv.dvc data/.gitignore
git commit --quiet -m "Track the applications with DVC"

dvc remote add --default storage "$REMOTE_DIR"
git commit --quiet -m "Share data through the team's storage" .dvc/config
dvc push
