#!/usr/bin/env bash
# Installs and starts the system services that the example tests use in CI, from Debian's packages:
#   - Chromium, for the browser tests (never a browser download);
#   - PostgreSQL, so the carer-service API suite also runs against a real server.
# Source it: it exports CHROMIUM_PATH and TEST_DATABASE_URL for the test run.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

cluster_version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
cluster_name=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
pg_ctlcluster "$cluster_version" "$cluster_name" start 2>/dev/null || true
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='carerkit'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE carerkit LOGIN PASSWORD 'carerkit' CREATEDB\""
# The carer-service API's migrations create its unprivileged request role (carer_api_app).
su postgres -c "psql -qc 'ALTER ROLE carerkit CREATEROLE'"
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='carerkit_test'\"" | grep -q 1 ||
  su postgres -c "psql -qc 'CREATE DATABASE carerkit_test OWNER carerkit'"

export CHROMIUM_PATH=/usr/bin/chromium
export TEST_DATABASE_URL=postgres://carerkit:carerkit@127.0.0.1:5432/carerkit_test
echo "System services ready: Chromium at $CHROMIUM_PATH, PostgreSQL at 127.0.0.1:5432/carerkit_test"
