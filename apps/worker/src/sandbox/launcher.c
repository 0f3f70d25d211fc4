/*
 * qc-launch: the two small native steps around bubblewrap.
 *
 * Outer mode (runs as root on the host, started by the worker):
 *   qc-launch [-k FD]... [-c CGROUP_PROCS_FILE]... [-r RES=SOFT:HARD]... -u UID -g GID -- bwrap ARGS...
 * first closes every fd above 2 but the -k ones (a descriptor the worker leaked without
 * close-on-exec must not reach the sandbox). With -a, fd 3 (the answer channel, a socket
 * from the worker) reaches the program as the write end of a real pipe that we relay: a
 * program may then reopen it through /proc/self/fd/3 as any pipe. It joins the run's cgroups *before* anything is exec'd (no window in which the sandbox
 * runs unaccounted), becomes a child subreaper so bwrap's pid 1 is reaped by us and not
 * left as a zombie under the host's init, and in the child lowers the rlimits, drops to
 * the unprivileged uid and execs bwrap. It exits with bwrap's status once every
 * descendant has been reaped.
 *
 * Init mode (pid 1 inside the sandbox, unprivileged):
 *   qc-launch --init -- PROGRAM ARGS...
 * forks the program, reaps everything, and writes the program's true status
 * ("exit N" / "signal N" / "exec ERRNO") to fd 4, because bwrap itself folds a
 * signal into exit status 128+N, which a program could also produce by calling exit().
 * fd 3 (the answer channel) is left untouched for the program.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <dirent.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define ANSWER_FD 3
#define STATUS_FD 4
#define SETUP_FAILED 125

static void die(const char *what) {
  dprintf(2, "qc-launch: %s: %s\n", what, strerror(errno));
  _exit(SETUP_FAILED);
}

static int resource_of(const char *name) {
  if (!strcmp(name, "cpu")) return RLIMIT_CPU;
  if (!strcmp(name, "fsize")) return RLIMIT_FSIZE;
  if (!strcmp(name, "nofile")) return RLIMIT_NOFILE;
  if (!strcmp(name, "core")) return RLIMIT_CORE;
  if (!strcmp(name, "stack")) return RLIMIT_STACK;
  return -1;
}

static void apply_rlimit(const char *spec) {
  char name[16];
  unsigned long long soft, hard;
  if (sscanf(spec, "%15[a-z]=%llu:%llu", name, &soft, &hard) != 3) {
    errno = EINVAL;
    die(spec);
  }
  int res = resource_of(name);
  if (res < 0) {
    errno = EINVAL;
    die(spec);
  }
  struct rlimit cur;
  if (getrlimit(res, &cur) != 0) die("getrlimit");
  /* Without CAP_SYS_RESOURCE a limit can only be lowered: clamp to the current hard limit. */
  struct rlimit lim = {soft, hard};
  if (cur.rlim_max != RLIM_INFINITY && lim.rlim_max > cur.rlim_max) lim.rlim_max = cur.rlim_max;
  if (lim.rlim_cur > lim.rlim_max) lim.rlim_cur = lim.rlim_max;
  if (setrlimit(res, &lim) != 0) die(spec);
}

static void join_cgroup(const char *procs_file) {
  int fd = open(procs_file, O_WRONLY | O_CLOEXEC);
  if (fd < 0) die(procs_file);
  char buf[32];
  int n = snprintf(buf, sizeof buf, "%d\n", (int)getpid());
  if (write(fd, buf, (size_t)n) != n) die(procs_file);
  close(fd);
}

static int kept(int fd, const int *keep, int nkeep) {
  for (int k = 0; k < nkeep; k++)
    if (keep[k] == fd) return 1;
  return 0;
}

/* Close every fd > 2 not in keep. /proc/self/fd lists exactly the open ones. */
static void close_others(const int *keep, int nkeep) {
  DIR *d = opendir("/proc/self/fd");
  if (!d) die("/proc/self/fd");
  int self = dirfd(d);
  int fds[1024], n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 1024) {
    int fd = atoi(e->d_name);
    if (e->d_name[0] != '.' && fd > 2 && fd != self && !kept(fd, keep, nkeep)) fds[n++] = fd;
  }
  closedir(d);
  for (int k = 0; k < n; k++) close(fds[k]);
}

static int outer(int argc, char **argv) {
  const char *rlimits[16];
  int nrl = 0;
  int keep[8] = {0}, nkeep = 0;
  int relay = 0;
  long uid = -1, gid = -1;
  int i = 1;
  /* -k options come first: close strays before opening anything ourselves. */
  for (; i + 1 < argc && !strcmp(argv[i], "-k"); i += 2)
    if (nkeep < 8) keep[nkeep++] = atoi(argv[i + 1]);
  close_others(keep, nkeep);
  for (; i < argc; i++) {
    if (!strcmp(argv[i], "--")) { i++; break; }
    if (i + 1 >= argc) { errno = EINVAL; die(argv[i]); }
    if (!strcmp(argv[i], "-c")) join_cgroup(argv[++i]);
    else if (!strcmp(argv[i], "-r") && nrl < 16) rlimits[nrl++] = argv[++i];
    else if (!strcmp(argv[i], "-u")) uid = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-g")) gid = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-a")) relay = 1;
    else { errno = EINVAL; die(argv[i]); }
  }
  if (i >= argc || uid < 0 || gid < 0) { errno = EINVAL; die("usage"); }
  if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) die("PR_SET_CHILD_SUBREAPER");
  /* If the worker dies, take the sandbox with us. */
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) die("PR_SET_PDEATHSIG");
  if (getppid() == 1) _exit(SETUP_FAILED);

  int answer[2] = {-1, -1};
  if (relay) {
    if (pipe2(answer, O_CLOEXEC) != 0) die("pipe");
    /* Owned by the sandbox user, so reopening /proc/self/fd/3 is allowed as for its own pipe. */
    if (fchown(answer[1], (uid_t)uid, (gid_t)gid) != 0) die("fchown pipe");
    /* The worker closing its end must not kill us with SIGPIPE (reset in the child). */
    signal(SIGPIPE, SIG_IGN);
  }
  pid_t child = fork();
  if (child < 0) die("fork");
  if (child == 0) {
    if (relay) {
      signal(SIGPIPE, SIG_DFL);
      if (dup2(answer[1], ANSWER_FD) != ANSWER_FD) die("dup2");
    }
    for (int k = 0; k < nrl; k++) apply_rlimit(rlimits[k]);
    if (setgroups(0, NULL) != 0) die("setgroups");
    if (setresgid((gid_t)gid, (gid_t)gid, (gid_t)gid) != 0) die("setresgid");
    if (setresuid((uid_t)uid, (uid_t)uid, (uid_t)uid) != 0) die("setresuid");
    /* Set after the uid change, which clears it. */
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) die("PR_SET_PDEATHSIG");
    if (getppid() == 1) _exit(SETUP_FAILED);
    execv(argv[i], &argv[i]);
    die(argv[i]);
  }

  if (relay) {
    /* Until every writer (bwrap, the sandbox's processes) is gone: they all die with its pid 1. */
    close(answer[1]);
    static char buf[1 << 16];
    for (;;) {
      ssize_t n = read(answer[0], buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      for (ssize_t off = 0; off < n;) {
        ssize_t w = write(ANSWER_FD, buf + off, (size_t)(n - off));
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) break; /* the worker stopped listening (it is killing the run): drain and drop */
        off += w;
      }
    }
    close(answer[0]);
    close(ANSWER_FD);
  }

  int status = 0, child_status = 0;
  for (;;) {
    pid_t p = waitpid(-1, &status, 0);
    if (p < 0) {
      if (errno == EINTR) continue;
      break; /* ECHILD: every descendant has been reaped */
    }
    if (p == child) child_status = status;
  }
  if (WIFEXITED(child_status)) return WEXITSTATUS(child_status);
  return 128 + WTERMSIG(child_status);
}

static void report(const char *fmt, int value) {
  char buf[32];
  int n = snprintf(buf, sizeof buf, fmt, value);
  if (write(STATUS_FD, buf, (size_t)n) < 0) {}
}

static int init(int argc, char **argv) {
  int i = 2;
  if (i < argc && !strcmp(argv[i], "--")) i++;
  if (i >= argc) { errno = EINVAL; die("usage"); }
  /* Not dumpable: the program (same uid) can neither ptrace us nor open /proc/1/fd/4. */
  prctl(PR_SET_DUMPABLE, 0);
  if (fcntl(STATUS_FD, F_SETFD, FD_CLOEXEC) != 0) die("status fd");

  int errpipe[2];
  if (pipe2(errpipe, O_CLOEXEC) != 0) die("pipe");
  pid_t child = fork();
  if (child < 0) die("fork");
  if (child == 0) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    execv(argv[i], &argv[i]);
    int e = errno;
    if (write(errpipe[1], &e, sizeof e) < 0) {}
    _exit(127);
  }
  close(errpipe[1]);
  int exec_errno = 0;
  ssize_t got;
  do got = read(errpipe[0], &exec_errno, sizeof exec_errno); while (got < 0 && errno == EINTR);
  if (got == (ssize_t)sizeof exec_errno) {
    report("exec %d\n", exec_errno);
    dprintf(2, "qc-init: cannot execute %s: %s\n", argv[i], strerror(exec_errno));
    return 127;
  }

  for (;;) {
    int status;
    pid_t p = waitpid(-1, &status, 0);
    if (p < 0) {
      if (errno == EINTR) continue;
      return SETUP_FAILED;
    }
    if (p != child) continue;
    /* Leaving pid 1 makes the kernel kill whatever else is still in the namespace. */
    if (WIFEXITED(status)) {
      report("exit %d\n", WEXITSTATUS(status));
      return WEXITSTATUS(status);
    }
    if (WIFSIGNALED(status)) {
      report("signal %d\n", WTERMSIG(status));
      return 128 + WTERMSIG(status);
    }
  }
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "--init")) return init(argc, argv);
  return outer(argc, argv);
}
