#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# fetch-cpython.sh - fetch the CPython 3.11.2 sources from Debian's source
# package (python3.11 3.11.2-6+deb12u8) and unpack the parts pyj needs:
#
#   Lib/   (the standard library, including Lib/test, the regression suite)
#   Include/
#   Grammar/
#   Parser/Python.asdl
#
# Layout (paths relative to the repository root, all git-ignored):
#
#   .cache/cpython/python3.11_3.11.2.orig.tar.gz   cached tarball (survives `mvn clean`)
#   .cache/cpython/fetch.log                       apt output of the last fetch
#   .cache/cpython/apt/                            private apt sources/lists/cache
#   stdlib-lib/cpython/                            unpacked tree
#   stdlib-lib/cpython/.complete                   stamp (the tarball's sha256), written last
#
# The fetched CPython code is under the PSF licence and is never committed.
#
# Usage: stdlib-lib/fetch-cpython.sh [-v] [-f] [-h]
#   -v  verbose: say what is happening (one short line when already up to date)
#   -f  force: unpack again even if the stamp says the tree is complete
#   -h  help
#
# Exit status is 0 on success; on failure a message prefixed "fetch-cpython:"
# is printed on stderr (with the tail of the apt log when apt was involved).

set -euo pipefail

# ---------------------------------------------------------------- constants

readonly DEB_PACKAGE=python3.11
readonly DEB_VERSION="${PYJ_CPYTHON_DEB_VERSION:-3.11.2-6+deb12u8}"
readonly TARBALL_NAME=python3.11_3.11.2.orig.tar.gz
readonly TARBALL_SIZE=26437858
readonly TARBALL_SHA256=2411c74bda5bbcfcddaf4531f66d1adc73f247f529aee981b029513aefdbf849
readonly TOPDIR=Python-3.11.2
readonly MEMBERS=(Lib Include Grammar Parser/Python.asdl)
readonly KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

# ------------------------------------------------------------------ helpers

verbose=0
force=0

die() {
    printf 'fetch-cpython: %s\n' "$*" >&2
    exit 1
}

say() {
    if [[ $verbose -eq 1 ]]; then
        printf 'fetch-cpython: %s\n' "$*"
    fi
}

usage() {
    sed -n '/^# Usage:/,/^#   -h/s/^# \{0,1\}//p' "$0"
}

while getopts ':vfh' opt; do
    case $opt in
        v) verbose=1 ;;
        f) force=1 ;;
        h) usage; exit 0 ;;
        *) usage >&2; die "unknown option -$OPTARG" ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -eq 0 ]] || die "unexpected argument: $1 (see -h)"

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum -- "$1" | cut -d' ' -f1
    elif command -v shasum >/dev/null 2>&1; then
        shasum -a 256 -- "$1" | cut -d' ' -f1
    else
        die "neither sha256sum nor shasum found; cannot verify the tarball"
    fi
}

tarball_ok() {
    [[ -f $TARBALL ]] && [[ $(sha256_of "$TARBALL") == "$TARBALL_SHA256" ]]
}

stamp_ok() {
    local line=''
    [[ -f $STAMP ]] || return 1
    IFS= read -r line <"$STAMP" || true
    [[ $line == "$TARBALL_SHA256" ]]
}

show_log_tail() {
    if [[ -s $LOG ]]; then
        printf 'fetch-cpython: last lines of %s:\n' "$LOG" >&2
        tail -n 25 -- "$LOG" | sed 's/^/  | /' >&2
    fi
}

# -------------------------------------------------------------------- paths

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO=$(cd -- "$script_dir/.." && pwd -P)
readonly REPO
readonly CACHE="$REPO/.cache/cpython"
readonly TARBALL="$CACHE/$TARBALL_NAME"
readonly LOG="$CACHE/fetch.log"
readonly APTDIR="$CACHE/apt"
readonly DEST="$REPO/stdlib-lib/cpython"
readonly STAMP="$DEST/.complete"

# ------------------------------------------------------- fast path: all done

if [[ $force -eq 0 ]] && stamp_ok; then
    say "CPython 3.11.2 sources already in ${DEST#"$REPO"/}"
    exit 0
fi

mkdir -p -- "$CACHE"

# Serialise concurrent runs (e.g. two builds at once); re-check after waiting.
if command -v flock >/dev/null 2>&1; then
    exec 9>"$CACHE/.lock"
    flock 9
    if [[ $force -eq 0 ]] && stamp_ok; then
        say "CPython 3.11.2 sources already in ${DEST#"$REPO"/}"
        exit 0
    fi
fi

# ------------------------------------------------------ fetch via apt-get

fetch_tarball() {
    command -v apt-get >/dev/null 2>&1 \
        || die "apt-get not found: this script fetches CPython's sources from Debian's source package and needs apt (or place $TARBALL_NAME, sha256 $TARBALL_SHA256, at $TARBALL by hand)"
    [[ -r $KEYRING ]] \
        || die "Debian archive keyring $KEYRING not found (install the debian-archive-keyring package)"

    local sources_d="$APTDIR/sources.list.d"
    local lists="$APTDIR/lists"
    local aptcache="$APTDIR/cache"
    local download="$CACHE/download"
    mkdir -p -- "$sources_d" "$lists/partial" "$aptcache/archives/partial"
    rm -rf -- "$download"
    mkdir -p -- "$download"

    cat >"$sources_d/debian-src.sources" <<EOF
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: $KEYRING

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: $KEYRING
EOF

    local -a apt=(apt-get -q
        -o "Dir::Etc::SourceParts=$sources_d"
        -o "Dir::Etc::SourceList=/dev/null"
        -o "Dir::State::Lists=$lists"
        -o "Dir::Cache=$aptcache"
        -o "Acquire::Languages=none"
        -o "APT::Get::List-Cleanup=true")
    # As root, apt drops privileges to _apt for downloads, which cannot write
    # into a root-owned work tree; download as root instead.
    if [[ $(id -u) -eq 0 ]]; then
        apt+=(-o "APT::Sandbox::User=root")
    fi

    : >"$LOG"
    say "updating private apt source index (log: ${LOG#"$REPO"/})"
    local update_rc=0
    { printf '$ %s update\n' "${apt[*]}"; "${apt[@]}" update; } >>"$LOG" 2>&1 || update_rc=$?
    printf '[apt-get update exited %d]\n' "$update_rc" >>"$LOG"

    say "downloading $DEB_PACKAGE=$DEB_VERSION source package"
    local source_rc=0
    (
        printf '$ (cd %s && %s source --download-only %s)\n' \
            "$download" "${apt[*]}" "$DEB_PACKAGE=$DEB_VERSION"
        cd -- "$download" && "${apt[@]}" source --download-only "$DEB_PACKAGE=$DEB_VERSION"
    ) >>"$LOG" 2>&1 || source_rc=$?
    printf '[apt-get source exited %d]\n' "$source_rc" >>"$LOG"

    local got="$download/$TARBALL_NAME"
    if [[ ! -f $got ]]; then
        rm -rf -- "$download"
        show_log_tail
        die "$TARBALL_NAME was not downloaded (apt-get update exited $update_rc, apt-get source exited $source_rc; full log: $LOG)"
    fi
    local sum
    sum=$(sha256_of "$got")
    if [[ $sum != "$TARBALL_SHA256" ]]; then
        rm -rf -- "$download"
        show_log_tail
        die "downloaded $TARBALL_NAME has sha256 $sum, expected $TARBALL_SHA256; deleted it"
    fi
    if [[ $source_rc -ne 0 ]]; then
        say "apt-get source exited $source_rc but $TARBALL_NAME arrived intact; carrying on"
    fi
    mv -f -- "$got" "$TARBALL"
    rm -rf -- "$download"
}

if [[ -f $TARBALL ]]; then
    if tarball_ok; then
        say "using cached ${TARBALL#"$REPO"/}"
    else
        say "cached ${TARBALL#"$REPO"/} has the wrong sha256; deleting it"
        rm -f -- "$TARBALL"
    fi
fi
if [[ ! -f $TARBALL ]]; then
    fetch_tarball
fi
# Belt and braces: whatever path we came by, the tarball must verify.
actual_size=$(wc -c <"$TARBALL" | tr -d ' ')
[[ $actual_size -eq $TARBALL_SIZE ]] \
    || die "$TARBALL is $actual_size bytes, expected $TARBALL_SIZE"

# -------------------------------------------------------------------- unpack

command -v tar >/dev/null 2>&1 || die "tar not found"

tmp=$(mktemp -d "$CACHE/unpack.XXXXXX")
old=''
cleanup() {
    rm -rf -- "$tmp"
    if [[ -n $old ]]; then rm -rf -- "$old"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "unpacking ${MEMBERS[*]} into ${DEST#"$REPO"/}"
members=()
for m in "${MEMBERS[@]}"; do members+=("$TOPDIR/$m"); done
tar -xzf "$TARBALL" -C "$tmp" --no-same-owner -- "${members[@]}" \
    || die "failed to unpack $TARBALL"
for m in "${MEMBERS[@]}"; do
    [[ -e $tmp/$TOPDIR/$m ]] || die "$TARBALL has no $TOPDIR/$m"
done

# Move the new tree into place. The stamp is written only afterwards, so an
# interrupted run never leaves a tree that looks complete.
if [[ -e $DEST || -L $DEST ]]; then
    old=$(mktemp -d "$CACHE/old.XXXXXX")
    mv -- "$DEST" "$old/"
fi
mv -- "$tmp/$TOPDIR" "$DEST"
printf '%s\n' "$TARBALL_SHA256" >"$STAMP.tmp"
mv -f -- "$STAMP.tmp" "$STAMP"

say "done: CPython 3.11.2 sources in ${DEST#"$REPO"/}"
