#!/usr/bin/env bash
# Installs what wx needs and is missing (Debian's chromium package), then runs 'wx demo': the spot service on
# its embedded defaults, reading a local replay of real NOAA buoy data in headless Chromium.
# Arguments are passed to 'wx demo', for example: ./demo.sh --for 2m --units mph
set -euo pipefail

cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
    echo "wx needs the .NET 10 SDK ('dotnet' was not found on PATH). Install it, then run this script again." >&2
    exit 1
fi

chromium="${WX_BROWSER__CHROMIUMPATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
    echo "Chromium was not found at $chromium; installing Debian's chromium package with apt-get."
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
    elif command -v sudo >/dev/null 2>&1; then
        sudo apt-get update
        sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
    else
        echo "Run 'apt-get install chromium' as root, or set WX_BROWSER__CHROMIUMPATH to a Chromium executable." >&2
        exit 1
    fi
fi

dotnet build src/Wx.Cli -c Release -v quiet -nologo
exec dotnet src/Wx.Cli/bin/Release/net10.0/wx.dll demo "$@"
