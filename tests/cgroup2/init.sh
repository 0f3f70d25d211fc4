#!/bin/sh
# pid 1 of the VM of `npm run test:cgroup2`, started by the image's /sbin/qc-init with this
# checkout mounted at /qc. cgroup2 is the only hierarchy (the kernel runs with
# cgroup_no_v1=all). Runs the sandbox's tests in two delegation setups, prints one
# "RESULT PASS|FAIL" line for scripts/test-cgroup2.ts and powers the VM off.
export PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI=1 NO_COLOR=1
# Emulation is slow: the tests' time limits (the problems' in judge.ts, the sandbox tests'
# own, compiling's in emulation-limits.ts) are this many times the usual ones. Generous: at 4
# a memory bomb on a loaded host was charged 4 s of CPU before it reached 128 MB (TLE, not MLE);
# programs meant to end by a time limit spin forever, so only they take longer.
export QC_CGROUP2_TIME_SCALE=10
# No C++ precompiled header in the VM: building <bits/stdc++.h>'s under emulation takes
# minutes, and no test here includes it. A path the sandbox hides makes the worker warn once
# and compile without one (languages/base/pch.ts), as on any host where it cannot be built.
export QUICKCODE_PCH_DIR=/tmp/no-pch
CG=/sys/fs/cgroup
say() { echo "qc-cgroup2: $*"; }
finish() {
  say "RESULT $*"
  sync
  echo o > /proc/sysrq-trigger
  sleep 600
}
# in_cgroup DIR COMMAND...: run COMMAND as a process of cgroup DIR.
in_cgroup() { sh -c 'echo $$ > "$0/cgroup.procs" && exec "$@"' "$@"; }

mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=755 tmpfs /run
mountpoint -q $CG || mount -t cgroup2 cgroup2 $CG || finish "FAIL: cannot mount cgroup2"
say "kernel $(uname -r), $(nproc) CPUs, $(free -m | awk '/^Mem:/ {print $2}') MiB, node $(node --version)"
say "cgroup hierarchies mounted: $(awk '$3 ~ /^cgroup/ {printf "%s at %s; ", $3, $2}' /proc/mounts)"
say "controllers the kernel offers: $(cat $CG/cgroup.controllers)"
echo "+memory +pids +cpu" > $CG/cgroup.subtree_control || finish "FAIL: cannot enable controllers at the root"
cd /qc || finish "FAIL: no /qc"
failed=""

# 1. A root worker in a cgroup of its own (a session scope, a container's namespace root):
#    it must move itself into a leaf before its cgroup can hand controllers down.
say "setup 1: root worker in its own cgroup /qc-root-worker"
mkdir $CG/qc-root-worker
t=$(date +%s)
in_cgroup $CG/qc-root-worker env QC_CGROUP2_BASE=/qc-root-worker QUICKCODE_SANDBOX_DIR=/tmp/qc-sbx-1 \
  node node_modules/vitest/vitest.mjs run --config tests/cgroup2/vitest.config.ts \
  apps/worker/src/sandbox/sandbox.int.test.ts tests/cgroup2/own-cgroup.test.ts || failed="$failed own-cgroup"
say "setup 1 took $(($(date +%s) - t)) s"

# 2. As systemd starts a unit with Delegate=yes: controllers handed to the unit's cgroup, the
#    process in a leaf below it, and the worker told which cgroup is its own (QUICKCODE_CGROUP).
say "setup 2: delegated cgroup /system.slice/quickcode-worker.service (Delegate=yes)"
mkdir -p $CG/system.slice/quickcode-worker.service/main
echo "+memory +pids +cpu" > $CG/system.slice/cgroup.subtree_control || finish "FAIL: cannot delegate to system.slice"
t=$(date +%s)
in_cgroup $CG/system.slice/quickcode-worker.service/main env QUICKCODE_CGROUP=/system.slice/quickcode-worker.service QUICKCODE_SANDBOX_DIR=/tmp/qc-sbx-2 \
  node node_modules/vitest/vitest.mjs run --config tests/cgroup2/vitest.config.ts tests/cgroup2/delegated.test.ts || failed="$failed delegated"
say "setup 2 took $(($(date +%s) - t)) s"

if [ -z "$failed" ]; then finish PASS; else finish "FAIL:$failed"; fi
