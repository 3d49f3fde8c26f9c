#!/bin/sh
# Source: seeds/004_1fa7233bba77f5a7.txt, section "vrrp_instance和vrrp_sync_group区域": notify_fault of vrrp_sync_group VG1, run
#   when the group becomes FAULT. The article names /etc/keepalived/bin/notify_fault.sh but does
#   not show it; written by us: logs its arguments (keepalived passes none to notify_fault) to syslog
#   (tag keepalived-notify) and /var/log/keepalived-notify.log. The article suggests such callbacks
#   could also add/remove the floating IP to avoid split brain; this one only logs.
msg="notify_fault $(hostname) args: $*"
logger -t keepalived-notify "$msg" 2>/dev/null
echo "$(date '+%Y-%m-%d %H:%M:%S') $msg" >> /var/log/keepalived-notify.log
exit 0
