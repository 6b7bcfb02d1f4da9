#!/bin/sh
# Adds Procura (this folder) to the desktop's application menu, or removes it.
#   ./install.sh                    for the current account (~/.local)
#   sudo ./install.sh --system      for every account (/usr/local)
#   ./install.sh [--system] --uninstall
# The program stays where it was extracted: the menu entry and the `procura` command point to it.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
bindir="$HOME/.local/bin"
action=install
for arg in "$@"; do
  case "$arg" in
    --system) prefix=/usr/local/share; bindir=/usr/local/bin ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "option inconnue : $arg" >&2; exit 2 ;;
  esac
done

apps="$prefix/applications"
icons="$prefix/icons/hicolor"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
}

if [ "$action" = uninstall ]; then
  rm -f "$apps/procura.desktop"
  for icon in "$icons"/*/apps/procura.png "$icons"/scalable/apps/procura.svg; do
    [ -e "$icon" ] && rm -f "$icon"
  done
  if [ -L "$bindir/procura" ]; then rm -f "$bindir/procura"; fi
  refresh
  echo "Procura est retiré du menu. Supprimez ce dossier pour retirer le programme : $here"
  exit 0
fi

[ -x "$here/procura" ] || { echo "$here/procura est introuvable." >&2; exit 1; }
mkdir -p "$apps" "$bindir"
for dir in "$here"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$icons/$size/apps"
  cp -f "$dir"/procura.* "$icons/$size/apps/"
done
# The menu entry runs this folder's program by its full path: ~/.local/bin is not always in
# the PATH of a desktop session.
sed -e "s|^Exec=.*|Exec=\"$here/procura\"|" -e "s|^TryExec=.*|TryExec=$here/procura|" \
  "$here/share/applications/procura.desktop" > "$apps/procura.desktop"
chmod 644 "$apps/procura.desktop"
ln -sfn "$here/procura" "$bindir/procura"
refresh
echo "Procura est ajouté au menu des applications (catégorie Bureautique)."
echo "Commande : $bindir/procura — vérification : procura --self-test"
