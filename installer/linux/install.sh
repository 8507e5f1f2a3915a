#!/bin/sh
# Install POS Desktop for this user: the program into ~/.local/opt/pos-desktop, a menu entry and
# icon under ~/.local/share, and ~/.local/bin/pos-desktop for commands (pos-desktop restore ...).
# The shop's data (~/.local/share/pos-desktop: the database, backups, logs) is never touched,
# neither by an upgrade nor by --uninstall.
#
#   ./install.sh                 install or upgrade (runs the bundle's --self-test first)
#   ./install.sh --no-self-test  skip the self-test
#   ./install.sh --uninstall     remove the program, menu entry, icon and command link
# POS_INSTALL_PREFIX overrides ~/.local/opt.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${POS_INSTALL_PREFIX:-"$HOME/.local/opt"}
target="$prefix/pos-desktop"
share=${XDG_DATA_HOME:-"$HOME/.local/share"}
apps="$share/applications"
icons="$share/icons/hicolor/256x256/apps"
bin="$HOME/.local/bin"
self_test=yes

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" || true
    fi
}

case "${1:-}" in
    --uninstall)
        rm -rf "$target" "$target.new" "$target.old"
        rm -f "$apps/pos-desktop.desktop" "$icons/pos-desktop.png"
        if [ -L "$bin/pos-desktop" ]; then rm -f "$bin/pos-desktop"; fi
        refresh_menus
        echo "POS Desktop removed from $target (the shop's data was left in place)."
        exit 0
        ;;
    --no-self-test) self_test=no ;;
    "") ;;
    *) echo "usage: $0 [--no-self-test | --uninstall]" >&2; exit 2 ;;
esac

if [ ! -x "$here/pos-desktop/pos-desktop" ]; then
    echo "error: $here/pos-desktop/pos-desktop not found: run this from the unpacked tarball" >&2
    exit 1
fi

# Copy beside the old version, check the copy, then swap: a failed copy or self-test leaves
# the installed version as it was.
mkdir -p "$prefix"
rm -rf "$target.new"
mkdir "$target.new"
cp -a "$here/pos-desktop/." "$target.new/"
if [ "$self_test" = yes ]; then
    echo "Checking the new version (pos-desktop --self-test) ..."
    if ! QT_QPA_PLATFORM=offscreen "$target.new/pos-desktop" --self-test; then
        rm -rf "$target.new"
        echo "error: the self-test failed; nothing was installed" >&2
        exit 1
    fi
fi
rm -rf "$target.old"
if [ -d "$target" ]; then mv "$target" "$target.old"; fi
mv "$target.new" "$target"
rm -rf "$target.old"

mkdir -p "$apps" "$icons" "$bin"
cp "$target/_internal/resources/icons/pos-desktop.png" "$icons/pos-desktop.png"
escaped=$(printf '%s' "$target/pos-desktop" | sed 's/[\\&|]/\\&/g')
sed "s|^Exec=.*|Exec=\"$escaped\"|" "$here/pos-desktop.desktop" > "$apps/pos-desktop.desktop"
chmod 644 "$apps/pos-desktop.desktop"
ln -sf "$target/pos-desktop" "$bin/pos-desktop"
refresh_menus

echo "POS Desktop installed in $target"
echo "  menu entry: $apps/pos-desktop.desktop"
echo "  command:    $bin/pos-desktop (e.g. pos-desktop --self-test)"
