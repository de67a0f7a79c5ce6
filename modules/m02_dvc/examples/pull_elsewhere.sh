#!/usr/bin/env bash
# A colleague's machine: clone the repository, then ask DVC for the data that git only points at.
# $REPO_URL is the git repository that track_data.sh committed to.
set -euo pipefail

git clone --quiet "$REPO_URL" colleague
cd colleague
dvc pull
dvc status
