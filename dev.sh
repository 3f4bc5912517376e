#!/usr/bin/env bash
# The README's two commands, on a fresh machine with Python 3.11+ (and python3-venv on Debian):
#
#   ./dev.sh app  [kam-desktop options]   set up .venv, then open KAM Desktop on the demo book
#   ./dev.sh test [pytest options]        set up .venv, then run the whole test suite offscreen
#
# Setup creates .venv when missing and reinstalls the project (editable, with the dev extras)
# whenever pyproject.toml or setup.py changed since the last install.
# PYTHON=/path/to/python3.12 chooses the interpreter; KAM_VENV=DIR another venv folder.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
VENV="${KAM_VENV:-.venv}"
STAMP="$VENV/.kam-install-stamp"
export PIP_DISABLE_PIP_VERSION_CHECK=1

die() {
    printf 'dev.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

find_python() {
    local candidate
    for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
        [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null 2>&1 || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

create_venv() {
    local python
    python="$(find_python)" ||
        die "Python 3.11 or newer is needed; install it, or set PYTHON=/path/to/python3.11."
    echo "dev.sh: creating $VENV with $("$python" --version 2>&1)"
    rm -rf "$VENV"
    if ! "$python" -m venv "$VENV"; then
        rm -rf "$VENV"
        die "could not create $VENV. On Debian or Ubuntu install the venv module first:" \
            "sudo apt-get install python3-venv"
    fi
}

install_state() {
    cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1
}

setup() {
    # A venv whose interpreter went away (Python upgraded or removed) is rebuilt.
    if ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
        create_venv
    fi
    local wanted
    wanted="$(install_state)"
    if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$wanted" ]]; then
        echo "dev.sh: installing KAM Desktop and its dependencies into $VENV"
        "$VENV/bin/python" -m pip install -e '.[dev]'
        printf '%s\n' "$wanted" >"$STAMP"
    fi
}

# Qt's xcb platform plugin (X11) needs these libraries (Debian package:soname); a fresh Debian 12
# lacks several, and the app then aborts before its window opens. (ldd on libqxcb.so and
# libQt6XcbQpa.so; libxcb-cursor0 is loaded at run time, so ldd does not show it.)
XCB_LIBRARIES=(
    libx11-xcb1:libX11-xcb.so.1 libxcb-cursor0:libxcb-cursor.so.0 libxcb-icccm4:libxcb-icccm.so.4
    libxcb-image0:libxcb-image.so.0 libxcb-keysyms1:libxcb-keysyms.so.1
    libxcb-randr0:libxcb-randr.so.0 libxcb-render-util0:libxcb-render-util.so.0
    libxcb-shape0:libxcb-shape.so.0 libxcb-shm0:libxcb-shm.so.0 libxcb-sync1:libxcb-sync.so.1
    libxcb-xfixes0:libxcb-xfixes.so.0 libxcb-xkb1:libxcb-xkb.so.1
    libxkbcommon-x11-0:libxkbcommon-x11.so.0
)

check_x11_libraries() {
    [[ -n "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -x /sbin/ldconfig ]] || return 0
    local known entry missing=()
    # Read the whole list first: `ldconfig -p | grep -q` fails under pipefail when grep stops
    # early, which used to print a warning for a library that was there.
    known="$(/sbin/ldconfig -p 2>/dev/null)" || return 0
    for entry in "${XCB_LIBRARIES[@]}"; do
        [[ "$known" == *"${entry#*:} "* ]] || missing+=("${entry%%:*}")
    done
    if ((${#missing[@]})); then
        echo "dev.sh: the window needs these libraries: sudo apt-get install ${missing[*]}" >&2
    fi
}

cmd_app() {
    setup
    local demo
    demo="$("$VENV/bin/python" -c 'from kam_desktop.cli import default_demo_path
print(default_demo_path())')"
    if [[ ! -f "$demo" ]]; then
        echo "dev.sh: building the demo account book at $demo"
        "$VENV/bin/kam" demo --out "$demo"
    fi
    check_x11_libraries
    exec "$VENV/bin/kam-desktop" --book "$demo" "$@"
}

cmd_test() {
    setup
    export QT_QPA_PLATFORM=offscreen
    # pytest's own exit code goes out as is: 5 (no tests collected) fails like any failure.
    # A test stuck for 10 minutes (a modal dialog, a deadlock) dumps every thread's stack.
    # Two workers (pytest-xdist) halve the whole suite on this 2-core machine (9.4 → 5.4 min);
    # give -n yourself to choose, or -n 0 for one process.
    local workers=(-n 2)
    local arg
    for arg in "$@"; do
        case "$arg" in -n | -n* | --numprocesses* | -pno:xdist | no:xdist) workers=() ;; esac
    done
    exec "$VENV/bin/python" -m pytest -o faulthandler_timeout=600 "${workers[@]}" "$@"
}

case "${1:-}" in
app) shift && cmd_app "$@" ;;
test) shift && cmd_test "$@" ;;
*) usage ;;
esac
