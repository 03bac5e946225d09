#!/usr/bin/env bash
# Installs the Debian packages named as arguments when they are missing and we are root;
# otherwise says exactly what to install. Never fails the build on a system without apt:
# there the tests will say what is missing.
set -u
command -v dpkg-query >/dev/null 2>&1 || {
  echo "system-deps: not a Debian-like system; install your system's packages of these Debian"
  echo "  ones (the window on X11 needs Qt's xcb libraries, libxcb-cursor among them): $*"
  exit 0
}
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit $?
fi
echo "system-deps: missing system packages; install them with:"
echo "  sudo apt-get install ${missing[*]}"
