#!/bin/sh
# Source: seeds/004_1fa7233bba77f5a7.txt, section "优先级更新策略": the article names /etc/check.sh (weight -20 example) but does
#   not show it; written by us. Exit 0 while a haproxy process exists, 1 otherwise (a failure lowers
#   the priority by 20).
if pidof haproxy >/dev/null 2>&1; then
    exit 0
fi
exit 1
