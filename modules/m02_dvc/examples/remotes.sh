#!/usr/bin/env bash
# The same `dvc remote add` for the storage a company already has. Only the URL changes; each kind
# needs its plugin installed once: pip install "dvc[s3]" (S3 and MinIO), "dvc[gs]", "dvc[ssh]".
set -euo pipefail

dvc remote add --default storage s3://lender-ml/dvc
dvc remote add gcs gs://lender-ml/dvc
dvc remote add ssh ssh://ml@files.lender.example/srv/dvc
dvc remote add minio s3://dvc
dvc remote modify minio endpointurl http://minio.lender.example:9000
# Credentials never go into .dvc/config (git shares it): --local writes .dvc/config.local instead.
dvc remote modify --local minio access_key_id "$MINIO_ACCESS_KEY_ID"
dvc remote modify --local minio secret_access_key "$MINIO_SECRET_ACCESS_KEY"
dvc remote list
