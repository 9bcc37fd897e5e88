#!/bin/sh
# Temporal's own database login, made once when PostgreSQL's data directory is created (the
# postgres image runs /docker-entrypoint-initdb.d only then). It owns Temporal's two databases
# and nothing else: the Temporal server never holds the superuser's password, and no other login
# may connect to its databases.
set -eu
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v login="${TEMPORAL_DB_USER:?set TEMPORAL_DB_USER}" \
  -v password="${TEMPORAL_DB_PASSWORD:?set TEMPORAL_DB_PASSWORD}" \
  -v db="${TEMPORAL_DB_NAME:?set TEMPORAL_DB_NAME}" \
  -v visibility="${TEMPORAL_VISIBILITY_DB_NAME:?set TEMPORAL_VISIBILITY_DB_NAME}" <<'SQL'
CREATE ROLE :"login" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"login";
CREATE DATABASE :"visibility" OWNER :"login";
REVOKE ALL ON DATABASE :"db", :"visibility" FROM PUBLIC;
SQL
