#!/bin/bash
# Source: seeds/001_0989fbf99b92f855.txt, section "Nginx自动检测脚本" (/etc/keepalived/nginx_check.sh, same on both nodes).
# Cleaned: the article wrote it inside a heredoc, so it showed \$ escapes and a stray trailing
#   "EOF"; both removed. Logic unchanged: if nginx is not running, start it; if it is still not
#   running 2 s later, stop keepalived so the heartbeat stops and the VIP moves.
counter=$(ps -C nginx --no-heading|wc -l)
if [ "${counter}" = "0" ]; then
    /usr/sbin/nginx
    sleep 2
    counter=$(ps -C nginx --no-heading|wc -l)
    if [ "${counter}" = "0" ]; then
        systemctl stop keepalived
    fi
fi
