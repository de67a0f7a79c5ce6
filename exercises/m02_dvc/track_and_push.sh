#!/usr/bin/env bash
# Track November's applications with DVC and send their content to the team's remote.
# Run from the repository root. $REMOTE_DIR is the folder that plays the remote storage.
set -euo pipefail

# TODO: add a DVC remote named `team` at "$REMOTE_DIR" and make it the default.
# TODO: track data/applications_2026_11.csv with DVC.
# TODO: commit with git what git should keep: the remote's config, the .dvc file, the .gitignore.
# TODO: send the data's content to the remote.
