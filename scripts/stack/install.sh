#!/usr/bin/env bash
# Installs the Debian packages of the local PostGIS + MapServer stack (issue #17) when one is missing:
# PostgreSQL 15 with PostGIS 3, GDAL's ogr2ogr (loads the layers) and MapServer 8 as CGI (serves OGC API –
# Features and WFS 2.0). Debian 12 packages only; needs root (CI and the dev machines run as root).
set -euo pipefail
missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
[ -f /usr/share/postgresql/15/extension/postgis.control ] || missing+=(postgresql-15-postgis-3)
command -v ogr2ogr >/dev/null || missing+=(gdal-bin)
[ -x /usr/lib/cgi-bin/mapserv ] || missing+=(cgi-mapserver)
if [ ${#missing[@]} -eq 0 ]; then
  echo "stack packages present"
  exit 0
fi
echo "installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
