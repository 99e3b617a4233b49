#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# A private, unlocked keyring for the keychain tests: a D-Bus session bus of its own and
# gnome-keyring-daemon (Secret Service component only) on private paths under DIR, so the
# user's own session bus and keyring are never touched.
#
#   keyring.sh start DIR    idempotent: a keyring that already answers is left alone
#   keyring.sh stop DIR     stops what start started under DIR, removes DIR
#   keyring.sh status DIR
#
# Layout under DIR:
#   run/bus        the bus socket (DBUS_SESSION_BUS_ADDRESS=unix:path=DIR/run/bus)
#   run/empty-bus  a second session bus with no Secret Service on it, for the "no keychain"
#                  tests (QtKeychain then hears org.freedesktop.DBus.Error.ServiceUnknown)
#   home data config cache run   HOME, XDG_DATA_HOME (the keyring files), XDG_CONFIG_HOME,
#                  XDG_CACHE_HOME, XDG_RUNTIME_DIR of the processes that use the keyring
#   keyring.env    sh-sourceable: those variables, e.g.
#                    set -a; . DIR/keyring.env; set +a; secret-tool search --all server X
#   dbus.conf dbus.pid empty-bus.conf empty-bus.pid keyring.pid *.log
#
# The bus has no service directories: nothing on it can be activated, so a client never
# starts a daemon from the host's .service files. The keyring password is a test value.
# Packages: dbus-daemon, gnome-keyring, libsecret-tools (secret-tool, for the check).
set -euo pipefail

readonly WAIT_SECONDS=${WHARF_KEYRING_WAIT:-30}
readonly STOP_SECONDS=10
readonly KEYRING_PASSWORD=wharf-test-keyring
SUPPORT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly SUPPORT_DIR
# shellcheck source-path=SCRIPTDIR source=service-common.sh
source "$SUPPORT_DIR/service-common.sh"
setup_service keyring.sh "the test keyring is required" \
    "Start it by hand with: bash tests/support/keyring.sh start" /tmp/wharf-keyring-NAME "$@"

readonly BUS_SOCKET=$DIR/run/bus
readonly BUS_ADDRESS=unix:path=$BUS_SOCKET
readonly EMPTY_BUS_SOCKET=$DIR/run/empty-bus

# gnome-keyring-daemon's command line does not name DIR: the bus address in its environment
# does (a stale pid file may point at a recycled pid).
is_ours() {
    names_dir "$1" && return 0
    { tr '\0' '\n' <"/proc/$1/environ"; } 2>/dev/null | grep -qxF "DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS"
}

# The environment every keyring user gets: private HOME and XDG directories. An array, not
# a function, so that `"${KEYRING_ENV[@]}" program &` leaves $! the program's own pid.
readonly KEYRING_ENV=(env -i PATH="$PATH" LANG=C.UTF-8
    HOME="$DIR/home" XDG_DATA_HOME="$DIR/data" XDG_CONFIG_HOME="$DIR/config"
    XDG_CACHE_HOME="$DIR/cache" XDG_RUNTIME_DIR="$DIR/run"
    DBUS_SESSION_BUS_ADDRESS="$BUS_ADDRESS")
keyring_env() { "${KEYRING_ENV[@]}" "$@"; }

# The keyring answers when a secret can be stored and read back without a prompt
# (a locked collection would prompt, and a prompt needs a display: it would hang).
keyring_answers() {
    [[ -S $BUS_SOCKET ]] || return 1
    local got
    got=$(printf %s probe-value | keyring_env timeout 10 secret-tool store --label='Wharf keyring probe' \
              wharf-keyring-probe 1 2>/dev/null && keyring_env timeout 10 secret-tool lookup wharf-keyring-probe 1 2>/dev/null) \
        || return 1
    [[ $got == probe-value ]]
}

write_env() {
    cat >"$DIR/keyring.env.tmp" <<ENV
DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS
HOME=$DIR/home
XDG_DATA_HOME=$DIR/data
XDG_CONFIG_HOME=$DIR/config
XDG_CACHE_HOME=$DIR/cache
XDG_RUNTIME_DIR=$DIR/run
ENV
    mv "$DIR/keyring.env.tmp" "$DIR/keyring.env"
}

# write_bus_config FILE ADDRESS: a session bus with no service directories (nothing can be
# activated on it) that lets every local client talk to every other.
write_bus_config() {
    cat >"$1" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>$2</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
}

start() {
    for program in dbus-daemon gnome-keyring-daemon secret-tool; do
        command -v "$program" >/dev/null || die "$program is not installed (packages dbus-daemon, gnome-keyring, libsecret-tools)"
    done
    if pid_of dbus >/dev/null && pid_of keyring >/dev/null && pid_of empty-bus >/dev/null \
        && [[ -S $EMPTY_BUS_SOCKET ]] && keyring_answers; then
        write_env
        log "keyring already answers on $BUS_ADDRESS"
        return 0
    fi
    # Something half-started (a dead daemon, a stale socket): start again from scratch.
    stop_processes
    [[ -L $DIR ]] && die "$DIR is a symlink"
    mkdir -p "$DIR"/{home,data,config,cache,run}
    chmod 700 "$DIR" "$DIR/run"
    rm -f "$BUS_SOCKET" "$EMPTY_BUS_SOCKET" "$DIR/keyring.env"

    write_bus_config "$DIR/dbus.conf" "$BUS_ADDRESS"
    write_bus_config "$DIR/empty-bus.conf" "unix:path=$EMPTY_BUS_SOCKET"
    keyring_env dbus-daemon --config-file="$DIR/empty-bus.conf" --fork --print-pid=1 >"$DIR/empty-bus.pid" \
        2>"$DIR/empty-bus.log" || { log_tail "$DIR/empty-bus.log"; die "the empty dbus-daemon did not start"; }
    keyring_env dbus-daemon --config-file="$DIR/dbus.conf" --fork --print-pid=1 >"$DIR/dbus.pid" 2>"$DIR/dbus.log" \
        || { log_tail "$DIR/dbus.log"; die "dbus-daemon did not start (see $DIR/dbus.log)"; }
    local deadline=$((SECONDS + WAIT_SECONDS))
    until [[ -S $BUS_SOCKET && -S $EMPTY_BUS_SOCKET ]]; do
        (( SECONDS < deadline )) || { log_tail "$DIR/dbus.log"; die "no bus socket at $BUS_SOCKET"; }
        sleep 0.1
    done

    # --unlock reads the password from stdin and creates (or opens) the login keyring with
    # it, unlocked; --foreground keeps the pid ours to stop.
    printf %s "$KEYRING_PASSWORD" | "${KEYRING_ENV[@]}" gnome-keyring-daemon --foreground --unlock \
        --components=secrets >"$DIR/keyring.log" 2>&1 &
    echo $! >"$DIR/keyring.pid"
    wait_until gnome-keyring-daemon "$(<"$DIR/keyring.pid")" "$DIR/keyring.log" keyring_answers
    keyring_env secret-tool clear wharf-keyring-probe 1 2>/dev/null || true
    write_env
    log "keyring ready: DBUS_SESSION_BUS_ADDRESS=$BUS_ADDRESS (environment in $DIR/keyring.env)"
}

stop_processes() {
    local name pid pids=()
    for name in keyring dbus empty-bus; do
        if pid=$(pid_of "$name"); then pids+=("$pid"); fi
        rm -f "$DIR/$name.pid"
    done
    terminate "${pids[@]}"
}

stop() {
    [[ -d $DIR ]] || return 0
    stop_processes
    rm -rf -- "$DIR"
    log "keyring under $DIR stopped"
}

status() {
    if keyring_answers; then
        echo "keyring: answers on $BUS_ADDRESS"
    else
        echo "keyring: not running under $DIR"
        return 1
    fi
}

case $ACTION in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) usage ;;
esac
