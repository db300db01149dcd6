#!/usr/bin/env bash
# Regenerates the gateway's migrations for both providers from the current model, as one fresh migration each.
# Run after merging branches that changed entities:  scripts/regenerate-migrations.sh [Name]   (default: Initial)
# Needs no database: the design-time factories (Data/SqliteDesignTimeFactory.cs, Data/PostgresDesignTimeFactory.cs)
# build each context offline. Existing databases made from older migrations must be recreated.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=${1:-Initial}
PROJECT=src/AlipayInStore.Gateway
dotnet tool restore >/dev/null
rm -rf "$PROJECT/Data/Migrations/Sqlite" "$PROJECT/Data/Migrations/Postgres"
for pair in Sqlite:SqliteGatewayDbContext Postgres:NpgsqlGatewayDbContext; do
  folder=${pair%%:*} context=${pair#*:}
  # No --namespace: with it, dotnet ef puts a first snapshot in a folder named after the namespace.
  dotnet ef migrations add "$NAME" --project "$PROJECT" --context "$context" --output-dir "Data/Migrations/$folder"
done
