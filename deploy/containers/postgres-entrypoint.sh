#!/bin/sh
# First start: make the cluster and the `quickcode` database; then run the server in the foreground.
set -eu
BIN=/usr/lib/postgresql/15/bin
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  "$BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host="${POSTGRES_HOST_AUTH:-scram-sha-256}" >/dev/null
  echo "host all all 0.0.0.0/0 ${POSTGRES_HOST_AUTH:-scram-sha-256}" >> "$PGDATA/pg_hba.conf"
  "$BIN/pg_ctl" -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
  psql -v ON_ERROR_STOP=1 -U postgres -c "create database quickcode" >/dev/null
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    psql -v ON_ERROR_STOP=1 -U postgres -c "alter user postgres password '${POSTGRES_PASSWORD}'" >/dev/null
  fi
  "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
fi
exec "$BIN/postgres" -D "$PGDATA" -c listen_addresses='*'
