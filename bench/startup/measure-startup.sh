#!/usr/bin/env bash
# Start-up time of a published bot: from the process start to the first 200 from GET /readyz (model loaded, state
# store writable), repeated and summarised by the median. Each run gets a free port on 127.0.0.1 and a fresh SQLite
# folder, and the bot it started is stopped by its PID.
#
#   bench/startup/measure-startup.sh PUBLISH_DIR [RUNS (5, at most 20)] [MODEL (models/default.chatbot)]
#
# PUBLISH_DIR comes from `dotnet publish src/ChatBot.Bot -c Release -r linux-x64 -o PUBLISH_DIR`. The bot runs under
# `nice -n 19` like everything on the shared machine, so compare figures taken the same way, alternating builds.
set -euo pipefail

publish=${1:?usage: measure-startup.sh PUBLISH_DIR [RUNS] [MODEL]}
runs=${2:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
model=$(realpath "${3:-$repo/models/default.chatbot}")
timeout_seconds=120

[[ -f "$publish/ChatBot.Bot.dll" ]] || { echo "no ChatBot.Bot.dll in $publish (publish the bot first)" >&2; exit 2; }
[[ -f "$model" ]] || { echo "no model file at $model" >&2; exit 2; }
[[ "$runs" =~ ^[0-9]+$ ]] && (( runs >= 1 && runs <= 20 )) || { echo "RUNS must be 1…20 (got $runs)" >&2; exit 2; }

# A port nothing listens on: bash's /dev/tcp connects only when something does.
free_port() {
    local port
    for _ in $(seq 50); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port found" >&2
    exit 1
}

bot_pid=""
work=""
cleanup() {
    if [[ -n "$bot_pid" ]] && kill -0 "$bot_pid" 2>/dev/null; then
        kill "$bot_pid" 2>/dev/null || true
        wait "$bot_pid" 2>/dev/null || true
    fi
    [[ -n "$work" ]] && rm -rf "$work"
}
trap cleanup EXIT

times=()
for run in $(seq "$runs"); do
    work=$(mktemp -d)
    port=$(free_port)
    start=$(date +%s.%N)
    (cd "$publish" && exec nice -n 19 dotnet ChatBot.Bot.dll --urls "http://127.0.0.1:$port" \
        --Bot:Model:Path="$model" --Bot:Model:ReloadOnChange=false --Bot:StateStore:DataDirectory="$work/data") \
        >"$work/bot.log" 2>&1 &
    bot_pid=$!
    status=""
    while [[ "$status" != "200" ]]; do
        if ! kill -0 "$bot_pid" 2>/dev/null; then
            echo "run $run: the bot exited before /readyz answered 200; its log:" >&2
            cat "$work/bot.log" >&2
            exit 1
        fi
        if (( $(date +%s) - ${start%.*} > timeout_seconds )); then
            echo "run $run: no 200 from /readyz within $timeout_seconds s" >&2
            exit 1
        fi
        status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)
        [[ "$status" == "200" ]] || sleep 0.05
    done
    end=$(date +%s.%N)
    seconds=$(echo "$end - $start" | bc -l)
    printf 'run %d: %.2f s to /readyz (port %d)\n' "$run" "$seconds" "$port"
    times+=("$seconds")
    kill "$bot_pid"
    wait "$bot_pid" 2>/dev/null || true
    bot_pid=""
    rm -rf "$work"
    work=""
done

median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
printf 'median of %d: %.2f s (load average %s)\n' "$runs" "$median" "$(cut -d' ' -f1-3 /proc/loadavg)"
