#!/usr/bin/env bash
# conformance/config-check/record.sh — regenerates the differential suite's records by running the reference
# programs (haproxy 2.6 `-c`, keepalived 2.2.7 `-t`) over every case. Run it from anywhere as root; it works in
# the project root so every path in the records is relative to it (records are stable across checkouts).
#
#   conformance/config-check/record.sh            # both languages
#   conformance/config-check/record.sh haproxy    # one language
#
# Writes records/haproxy.jsonl and records/keepalived.jsonl: one JSON object per line
#   {"case", "mode", "args", "exit", "stdout", "stderr", "verdict", "first"}
# Normalisation (the suite applies exactly the same, see Normalizer.cs):
#   haproxy: the PID in "[LABEL]   (1234) :" becomes "(PID)"; "path to executable is /usr/sbin/haproxy" becomes
#            "path to executable is (EXE)".
# verdict: "invalid" when exit != 0; "valid-with-warnings" when exit == 0 and a diagnostic was printed
#          (haproxy: a [WARNING] line; keepalived: any output line); else "valid".
# first:   the location of the first diagnostic (haproxy: first [WARNING]/[ALERT] line's "[file:line]";
#          keepalived: first output line's "(file: Line N)" or "(Line N)"), as "file:line" / ":line"; "" if none.
# Modes:
#   haproxy    plain  `haproxy -c <-f args>`; dW: `haproxy -c -dW <-f args>`, recorded for every case whose plain
#              run was valid-with-warnings or refused nbproc / an address on a proxy line (KeepProxy warns there). Environment: exactly environment.txt (+ PATH).
#   keepalived ifaces `keepalived -t -f F` in a private network namespace (unshare --net) holding lo and the
#              veth pairs of interfaces.txt; bare: the same in a namespace with lo only; ifaces-id: as ifaces
#              with `-i kpconf`, for cases that use @conditionals. Nothing is created in the root namespace.
# Case kinds: a file cases/<lang>/*.cfg|*.conf; a folder cases/<lang>/NAME/ whose main file is haproxy.cfg /
# keepalived.conf, or whose `cmdline` file (one argument a line) gives haproxy's -f arguments; and every
# haproxy*.cfg / keepalived*.conf under configs/.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 1
cc=conformance/config-check

command -v jq >/dev/null || { echo "record.sh needs jq (apt-get install jq)" >&2; exit 2; }

# ---- helpers -------------------------------------------------------------------------------------------
# json_record CASE MODE EXIT STDOUT_FILE STDERR_FILE VERDICT FIRST ARGS...
json_record() {
  local case=$1 mode=$2 rc=$3 out=$4 err=$5 verdict=$6 first=$7; shift 7
  local a; a=$(printf '%s\n' "$@" | jq -R . | jq -cs .)
  jq -cn --arg case "$case" --arg mode "$mode" --argjson exit "$rc" --rawfile stdout "$out" --rawfile stderr "$err" \
    --arg verdict "$verdict" --arg first "$first" --argjson args "$a" \
    '{case: $case, mode: $mode, args: $args, exit: $exit, stdout: $stdout, stderr: $stderr, verdict: $verdict, first: $first}'
}

haproxy_cases() {
  { find "$cc/cases/haproxy" -maxdepth 1 -type f -name '*.cfg'
    find "$cc/cases/haproxy" -mindepth 1 -maxdepth 1 -type d
    find configs -type f -name 'haproxy*.cfg' 2>/dev/null; } | LC_ALL=C sort
}

keepalived_cases() {
  { find "$cc/cases/keepalived" -maxdepth 1 -type f -name '*.conf'
    find "$cc/cases/keepalived" -mindepth 1 -maxdepth 1 -type d
    find configs -type f -name 'keepalived*.conf' 2>/dev/null; } | LC_ALL=C sort
}

# The -f arguments of a haproxy case (one a line).
haproxy_files() {
  if [ -d "$1" ]; then
    if [ -f "$1/cmdline" ]; then cat "$1/cmdline"; else printf -- '-f\n%s\n' "$1/haproxy.cfg"; fi
  else
    printf -- '-f\n%s\n' "$1"
  fi
}

keepalived_file() { if [ -d "$1" ]; then echo "$1/keepalived.conf"; else echo "$1"; fi; }

haproxy_normalize() { sed -E -e 's/^(\[[A-Z]+\] +)\([0-9]+\)/\1(PID)/' -e 's/(path to executable is ).*/\1(EXE)/'; }

haproxy_first() {
  grep -m1 -E '^\[(WARNING|ALERT)\]' "$1" | grep -oE '\[[^] ]+:[0-9]+\]' | head -1 | sed -E 's/^\[(.*)\]$/\1/'
}

keepalived_first() {
  local l; l=$(grep -m1 -v '^$' "$1")
  if [[ $l =~ ^\(([^\)]*):\ Line\ ([0-9]+)\) ]]; then echo "${BASH_REMATCH[1]}:${BASH_REMATCH[2]}"
  elif [[ $l =~ ^\(Line\ ([0-9]+)\) ]]; then echo ":${BASH_REMATCH[1]}"; fi
}

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# ---- haproxy -------------------------------------------------------------------------------------------
record_haproxy() {
  local out=$cc/records/haproxy.jsonl env=() line
  while IFS= read -r line; do [ -n "$line" ] && env+=("$line"); done < "$cc/environment.txt"
  : > "$out.tmp"
  local n=0
  while IFS= read -r case; do
    mapfile -t files < <(haproxy_files "$case")
    for mode in plain dW; do
      # -dW where it changes something: warnings, or the two alerts KeepProxy turns into warnings (improvements.tsv).
      [ $mode = dW ] && [ "$plain_verdict" != valid-with-warnings ] && [ "$plain_improved" != yes ] && continue
      local args=(-c); [ $mode = dW ] && args+=(-dW); args+=("${files[@]}")
      env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "${env[@]}" haproxy "${args[@]}" >"$tmp/o.raw" 2>"$tmp/e.raw" </dev/null
      local rc=$?
      haproxy_normalize <"$tmp/o.raw" >"$tmp/o"; haproxy_normalize <"$tmp/e.raw" >"$tmp/e"
      local verdict=valid
      if [ $rc -ne 0 ]; then verdict=invalid; elif grep -q '^\[WARNING\]' "$tmp/e"; then verdict=valid-with-warnings; fi
      if [ $mode = plain ]; then
        plain_verdict=$verdict plain_improved=no
        grep -qE "nbproc is not supported any more|please use the 'bind' keyword for listening addresses" "$tmp/e" && plain_improved=yes
      fi
      json_record "$case" "$mode" $rc "$tmp/o" "$tmp/e" "$verdict" "$(haproxy_first "$tmp/e")" haproxy "${args[@]}" >>"$out.tmp"
      n=$((n + 1))
    done
  done < <(haproxy_cases)
  mv "$out.tmp" "$out"; echo "haproxy: $n records in $out"
}

# ---- keepalived ----------------------------------------------------------------------------------------
# Runs inside the private namespace: record every case of the list in one mode.
keepalived_inside() {
  local mode=$1 list=$2 out=$3 a b
  if [ "$mode" != bare ]; then
    while read -r a b; do
      case "$a" in ''|'#'*) continue ;; esac
      ip link add "$a" type veth peer name "$b" || exit 3
    done < "$cc/interfaces.txt"
  fi
  while IFS= read -r case; do
    local file; file=$(keepalived_file "$case")
    local args=(-t -f "$file")
    if [ "$mode" = ifaces-id ]; then grep -qE '^[[:space:]]*@' "$file" || continue; args=(-t -i kpconf -f "$file"); fi
    keepalived "${args[@]}" >"$tmp/o" 2>"$tmp/e" </dev/null
    local rc=$?
    local verdict=valid
    if [ $rc -ne 0 ]; then verdict=invalid; elif [ -s "$tmp/o" ] || [ -s "$tmp/e" ]; then verdict=valid-with-warnings; fi
    json_record "$case" "$mode" $rc "$tmp/o" "$tmp/e" "$verdict" "$(keepalived_first "$tmp/e")" keepalived "${args[@]}" >>"$out"
  done < "$list"
}

record_keepalived() {
  local out=$cc/records/keepalived.jsonl
  keepalived_cases >"$tmp/klist"
  : > "$out.tmp"
  for mode in ifaces bare ifaces-id; do
    unshare --net "$here/record.sh" --inside "$mode" "$tmp/klist" "$root/$out.tmp" || { echo "keepalived $mode failed" >&2; exit 1; }
  done
  # One line per case and mode, cases in order.
  jq -cs 'sort_by(.case, (.mode | {"ifaces": 0, "bare": 1, "ifaces-id": 2}[.])) | .[]' "$out.tmp" >"$out" && rm -f "$out.tmp"
  echo "keepalived: $(wc -l <"$out") records in $out"
}

if [ "${1:-}" = --inside ]; then keepalived_inside "$2" "$3" "$4"; exit 0; fi
command -v haproxy >/dev/null && command -v keepalived >/dev/null || { echo "record.sh needs haproxy and keepalived" >&2; exit 2; }
case "${1:-all}" in
  haproxy) record_haproxy ;;
  keepalived) record_keepalived ;;
  all) record_haproxy; record_keepalived ;;
  *) echo "usage: $0 [haproxy|keepalived]" >&2; exit 2 ;;
esac
