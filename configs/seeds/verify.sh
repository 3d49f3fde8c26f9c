#!/bin/sh
# configs/seeds/verify.sh — not from an article: runs the reference programs (haproxy 2.6 -c,
# keepalived 2.2.7 -t) over every haproxy*.cfg and keepalived*.conf under configs/seeds and prints
# one markdown table row per file: file | reference | exit | messages (stderr+stdout, in order).
# keepalived checks interfaces in the current network namespace, so each check runs in a private
# netns (unshare --net) that has ens33/eth0/eth1 (veth pairs: this kernel has no "dummy" link type).
# keepalived is run twice: "as-is" (the scripts the config names do not exist on this machine) and
# "installed": in a private mount namespace /etc gets a throw-away overlay and every quoted
# "/etc/...sh" path in the config is filled with the same-named script from the config's folder.
# Nothing is changed outside the private namespaces. Needs root, haproxy and keepalived.
cd "$(dirname "$0")" || exit 1
NS='ip link add ens33 type veth peer name ens33-p; ip link add eth0 type veth peer name eth0-p; ip link add eth1 type veth peer name eth1-p'
out=$(mktemp)
msgs() { grep -v -e '^\[NOTICE\]' -e '^Configuration file is valid' -e '^ *$' "$out" \
  | sed -e 's/^\(\[[A-Z]*\]\) *([0-9]*)/\1 (PID)/' -e "s#$PWD/##g" -e 's/|/\\|/g' -e 's/  */ /g' -e 's/`/'"'"'/g' \
  | awk 'BEGIN{ORS=""} NR>1{print "<br>"} {print}'; }
install_scripts() { # conf -> shell snippet that copies the scripts the config names into /etc (overlay)
  for p in $(grep -o '"/etc/[^" ]*\.sh"' "$1" | tr -d '"' | sort -u); do
    s=$(find "$(dirname "$1")" -name "$(basename "$p")" | head -1)
    [ -n "$s" ] && printf 'mkdir -p %s && cp %s %s && ' "$(dirname "$p")" "$PWD/$s" "$p"
  done; }
echo '| file | reference | exit | messages |'
echo '|---|---|---|---|'
find . -type f \( -name 'haproxy*.cfg' -o -name 'keepalived*.conf' \) | sort | while read -r f; do
  f=${f#./}
  case "${f##*/}" in
    haproxy*)
      haproxy -c -f "$f" >"$out" 2>&1; rc=$?
      m=$(msgs); [ -z "$m" ] && m='Configuration file is valid'
      echo "| \`$f\` | haproxy 2.6.12 \`-c\` | $rc | $m |" ;;
    *)
      unshare --net sh -c "$NS; keepalived -t -f '$PWD/$f'" >"$out" 2>&1; rc=$?
      m=$(msgs); [ -z "$m" ] && m='(silent)'
      echo "| \`$f\` | keepalived 2.2.7 \`-t\` as-is | $rc | $m |"
      inst=$(install_scripts "$f")
      if [ -n "$inst" ]; then
        tmp=$(mktemp -d); mkdir "$tmp/u" "$tmp/w"
        unshare --net --mount sh -c "mount --make-rprivate / && mount -t overlay overlay -o lowerdir=/etc,upperdir=$tmp/u,workdir=$tmp/w /etc && $inst $NS; keepalived -t -f '$PWD/$f'" >"$out" 2>&1; rc=$?
        rm -rf "$tmp"
        m=$(msgs); [ -z "$m" ] && m='(silent)'
        echo "| \`$f\` | keepalived 2.2.7 \`-t\` scripts installed | $rc | $m |"
      fi ;;
  esac
done
rm -f "$out"
