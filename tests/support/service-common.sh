# SPDX-License-Identifier: Apache-2.0
# shellcheck shell=bash
#
# Sourced (not run) by services.sh and keyring.sh: what both need to start daemons on private
# paths under DIR and to stop only those. Right after sourcing, the script calls
#   setup_service SCRIPT_NAME REQUIRED_WHAT START_HINT DIR_EXAMPLE "$@"
# and defines WAIT_SECONDS (for wait_until) and STOP_SECONDS (for terminate).

log() { printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2; }
die() {
    log "ERROR: $*"
    if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
        log "CI=${CI}: $REQUIRED_WHAT, failing the run."
    else
        log "$START_HINT ${DIR:-DIR}"
    fi
    exit 1
}

usage() {
    echo "usage: $0 start|stop|status DIR" >&2
    exit 2
}

# setup_service SCRIPT_NAME REQUIRED_WHAT START_HINT DIR_EXAMPLE ACTION DIR: sets those,
# read-only, with DIR absolute and normalised; exits on other arguments, or on a DIR that stop's
# `rm -rf DIR` must not touch.
#   SCRIPT_NAME     the prefix of every log line ("keyring.sh")
#   REQUIRED_WHAT   why a CI run fails without it ("the test keyring is required")
#   START_HINT      how to start it by hand, DIR is appended ("Start it by hand with: bash ...")
#   DIR_EXAMPLE     a DIR to suggest when one is refused (/tmp/wharf-keyring-NAME)
setup_service() {
    declare -gr SCRIPT_NAME=$1 REQUIRED_WHAT=$2 START_HINT=$3 DIR_EXAMPLE=$4
    shift 4
    [[ $# -eq 2 ]] || usage
    local dir=$2
    [[ $dir == /* ]] || dir="$PWD/$dir"
    # Normalise without resolving symlinks (start refuses a symlinked DIR): no /../ tricks.
    dir=$(realpath -ms -- "$dir")
    # Refuse anything that could be a system or home directory.
    case $dir in
        /tmp/?*|/var/tmp/?*|/run/user/*/?*|/dev/shm/?*) ;;
        *) log "refusing DIR '$dir': use a directory under /tmp (e.g. $DIR_EXAMPLE)"; exit 2 ;;
    esac
    # Longest socket path we create must fit in sun_path (108 bytes including the NUL).
    if (( ${#dir} > 90 )); then
        log "DIR '$dir' is too long for unix socket paths (max ~90 characters)"; exit 2
    fi
    # shellcheck disable=SC2034 # read by the script that sources this
    declare -gr ACTION=$1 DIR=$dir
}

alive() { kill -0 "$1" 2>/dev/null; }

# names_dir PID: the process's command line names DIR.
names_dir() {
    local cmdline
    cmdline=$({ tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null) || return 1
    [[ $cmdline == *"$DIR/"* ]]
}

# is_ours PID: the process is one we started under DIR. A script whose daemons do not all name
# DIR on their command line redefines it.
is_ours() { names_dir "$1"; }

# pid_of NAME: the pid in DIR/NAME.pid if that process is alive and is ours (a stale pid file
# may point at a recycled pid of something unrelated).
pid_of() {
    local file=$DIR/$1.pid pid
    [[ -s $file ]] || return 1
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    is_ours "$pid" || return 1
    echo "$pid"
}

log_tail() {
    if [[ -f $1 ]]; then
        log "last lines of $1:"
        tail -n 25 "$1" | sed 's/^/    /' >&2
    fi
}

# wait_until DESCRIPTION PID LOG COMMAND...: poll COMMAND until it succeeds; fail with the log
# tail if the daemon dies or WAIT_SECONDS pass.
wait_until() {
    local what=$1 pid=$2 logfile=$3
    shift 3
    local deadline=$((SECONDS + WAIT_SECONDS))
    until "$@"; do
        if ! alive "$pid"; then
            log_tail "$logfile"
            die "$what exited during start-up (see $logfile)"
        fi
        if (( SECONDS >= deadline )); then
            log_tail "$logfile"
            die "$what did not answer within ${WAIT_SECONDS}s (see $logfile)"
        fi
        sleep 0.2
    done
}

# terminate PIDS...: TERM, wait up to STOP_SECONDS, then KILL what is left.
terminate() {
    local pids=("$@") p left deadline=$((SECONDS + STOP_SECONDS))
    (( ${#pids[@]} )) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    while :; do
        left=()
        for p in "${pids[@]}"; do alive "$p" && left+=("$p"); done
        (( ${#left[@]} )) || return 0
        if (( SECONDS >= deadline )); then
            log "killing ${left[*]} (did not exit within ${STOP_SECONDS}s of SIGTERM)"
            kill -KILL "${left[@]}" 2>/dev/null || true
            sleep 0.5
            return 0
        fi
        sleep 0.2
    done
}
