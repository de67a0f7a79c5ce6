#!/usr/bin/env bash
# The data and model checks of CI, in the order a workflow runs them (one `run:` step each).
set -euo pipefail
dvc pull                                   # the data version that data.dvc points at
dvc repro                                  # rebuild what the change affects
git diff --exit-code dvc.lock metrics.json # the committed lock must be what repro produced
dvc metrics diff main --all --md >> "${GITHUB_STEP_SUMMARY:-/dev/stdout}"
python gate.py                             # the quality gate: AUC above the floor
