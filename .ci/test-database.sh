# Sourced by .ci/run (bash, set -euo pipefail): a throwaway PostgreSQL database for the
# feedback storage tests. Installs PostgreSQL if it is missing, starts its cluster (already
# running is fine), creates a role and a database with a random name, exports
# TEST_DATABASE_URL, and drops both when the calling shell exits.
# Try it alone: bash -euo pipefail -c 'source .ci/test-database.sh; psql "$TEST_DATABASE_URL" -c "select 1"'

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# Debian's package makes a cluster called main; make one if the install did not.
if [ -z "$(pg_lsclusters -h)" ]; then
  pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >/dev/null
fi
read -r PG_VERSION PG_CLUSTER PG_PORT _ < <(pg_lsclusters -h | sort -k1,1V | tail -1)
if ! pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
  # Another job may start it at the same moment: only a cluster still down is an error.
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p "$PG_PORT" && break
  sleep 1
done
pg_isready -q -h localhost -p "$PG_PORT"

random_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }
TEST_DATABASE_NAME="glossary_ci_$(random_hex 6)"
TEST_DATABASE_PASSWORD="$(random_hex 16)"

drop_test_database() {
  as_postgres psql -q -p "$PG_PORT" -c "drop database if exists $TEST_DATABASE_NAME with (force)" \
    -c "drop role if exists $TEST_DATABASE_NAME" \
    || echo "warning: could not drop the test database $TEST_DATABASE_NAME" >&2
}
trap drop_test_database EXIT

as_postgres psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" \
  -c "create role $TEST_DATABASE_NAME login password '$TEST_DATABASE_PASSWORD'" \
  -c "create database $TEST_DATABASE_NAME owner $TEST_DATABASE_NAME"
export TEST_DATABASE_URL="postgresql://$TEST_DATABASE_NAME:$TEST_DATABASE_PASSWORD@localhost:$PG_PORT/$TEST_DATABASE_NAME"
echo "PostgreSQL $PG_VERSION/$PG_CLUSTER: throwaway database $TEST_DATABASE_NAME for the feedback tests"
