#!/usr/bin/env bash
# What a reviewer asks before merging: which parameters changed, and what did that do to the metrics?
# Run after changing params.yaml and `dvc repro`, before committing.
set -euo pipefail

dvc params diff --md
dvc metrics diff --md
