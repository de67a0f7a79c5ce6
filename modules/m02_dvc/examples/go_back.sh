#!/usr/bin/env bash
# Go back to the data of an earlier commit ($REV: a hash, a tag, HEAD~1), and then return.
set -euo pipefail

git log --oneline -- data/applications.csv.dvc
git checkout "$REV" -- data/applications.csv.dvc
dvc checkout data/applications.csv.dvc
md5sum data/applications.csv

git checkout HEAD -- data/applications.csv.dvc
dvc checkout data/applications.csv.dvc
md5sum data/applications.csv
