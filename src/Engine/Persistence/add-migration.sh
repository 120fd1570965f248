#!/usr/bin/env bash
# Adds a migration NAME for each of the three providers (SQLite, PostgreSQL, SQL Server).
# Usage: bash src/Engine/Persistence/add-migration.sh NAME
set -euo pipefail
name=${1:?nom de la migration}
cd "$(dirname "$0")/../../.."
dotnet tool restore >/dev/null
for pair in Sqlite:SqliteRafaelDbContext Postgres:PostgresRafaelDbContext SqlServer:SqlServerRafaelDbContext; do
  folder=${pair%%:*}; context=${pair##*:}
  dotnet ef migrations add "$name" --project src/Engine --startup-project src/Engine --context "$context" \
    --output-dir "Persistence/Migrations/$folder" --namespace "Rafael.Engine.Persistence.Migrations.$folder"
  # dotnet ef puts the model snapshot under a folder named after the namespace: bring it back beside its migrations.
  if [ -d src/Engine/Rafael ]; then
    mv src/Engine/Rafael/Engine/Persistence/Migrations/$folder/*.cs "src/Engine/Persistence/Migrations/$folder/"
    rm -rf src/Engine/Rafael
  fi
done
