#!/bin/sh
# Source: seeds/000_7cac56e8b51191e8.txt, section "两台服务器中都生成如下nginx检测脚本", /etc/keepalived/check_nginx.sh
# (same file on svr1 and svr2; install with chmod +x). Unchanged from the article.
# If nginx is not running, stop keepalived so the VIP moves to the peer (with nopreempt
# and weight +50 a failing script alone would never move the VIP).
if [ -z "`/usr/bin/pidof nginx`" ]; then
  systemctl stop keepalived
  exit 1
fi
