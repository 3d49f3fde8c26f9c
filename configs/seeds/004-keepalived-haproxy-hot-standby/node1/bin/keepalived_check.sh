#!/bin/sh
# Source: seeds/004_1fa7233bba77f5a7.txt, section "vrrp_script区域": the article names /etc/keepalived/bin/keepalived_check.sh
#   ("check haproxy") but does not show it; written by us. Exit 0 while a haproxy process exists,
#   1 otherwise (keepalived counts fall 3 / rise 1 of these results).
if pidof haproxy >/dev/null 2>&1; then
    exit 0
fi
exit 1
