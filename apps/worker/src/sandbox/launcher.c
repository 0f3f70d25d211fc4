/*
 * qc-launch: the trusted native half of the sandbox. Two modes, one binary.
 *
 * Session mode (root, on the host, one per box, started by the worker):
 *   qc-launch --session -u UID -g GID -c SERVER_PROCS... [-t TMP_BYTES] [-i TMP_INODES] [-S SECCOMP_FILE] -- bwrap ARGS...
 * Starts bwrap once with our server (below) as the box's pid 1, connected to us by a
 * SOCK_SEQPACKET socketpair passed through bwrap as fd 3. Then serves the worker's line
 * protocol on stdin/stdout:
 *
 *   worker -> us:  run ID KEY=VALUE... -- ARGV...     (each token percent-encoded)
 *   us -> worker:  ready PID | done ID STATUS N CPU_US WALL_US LIMIT | error ID TEXT
 *
 * For one run we open its files ourselves (stdin O_NOFOLLOW + regular; stdout, stderr and
 * the answer file created fresh, O_EXCL), make a socketpair for the run's handshake and hand
 * all of them to the server by SCM_RIGHTS. The server forks a child that writes one byte on
 * the handshake socket: SO_PASSCRED makes the kernel attach the child's pid, translated into
 * our (the host's) pid namespace, so no process in the box can name another. We write that
 * pid into the run's cgroups and answer "go"; only then does the child lower its rlimits,
 * move the fds to 0-3, close everything else and exec. From "go" we keep the wall clock and
 * poll the run cgroup's CPU and the output files every 10 ms, and kill the whole cgroup at
 * a limit. When the server reports the child's status we kill what is left of the cgroup,
 * wait for it to be empty, and report. Then /tmp and /dev/shm of the box are replaced by
 * fresh tmpfs mounts (setns into the box's mount namespace), so no test sees another's files.
 *
 * Server mode (pid 1 inside the box, uid 65534, not dumpable, never runs user code itself):
 *   qc-launch --server
 * Receives runs on fd 3, forks and reaps; reports "exit ID WAITSTATUS" per run child.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CTL_FD 3
#define SETUP_FAILED 125
#define MAX_MSG 65536
#define MAX_LINE (256 * 1024)
#define POLL_MS 10
#define MAX_CG 8
#define MAX_RL 8

static void die(const char *what) {
  dprintf(2, "qc-launch: %s: %s\n", what, strerror(errno));
  _exit(SETUP_FAILED);
}

static int64_t now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static int resource_of(const char *name) {
  if (!strcmp(name, "cpu")) return RLIMIT_CPU;
  if (!strcmp(name, "fsize")) return RLIMIT_FSIZE;
  if (!strcmp(name, "nofile")) return RLIMIT_NOFILE;
  if (!strcmp(name, "core")) return RLIMIT_CORE;
  if (!strcmp(name, "stack")) return RLIMIT_STACK;
  return -1;
}

/* "name=soft:hard"; without CAP_SYS_RESOURCE a limit can only be lowered: clamp. */
static int apply_rlimit(const char *spec) {
  char name[16];
  unsigned long long soft, hard;
  if (sscanf(spec, "%15[a-z]=%llu:%llu", name, &soft, &hard) != 3) return -1;
  int res = resource_of(name);
  if (res < 0) return -1;
  struct rlimit cur, lim = {soft, hard};
  if (getrlimit(res, &cur) != 0) return -1;
  if (cur.rlim_max != RLIM_INFINITY && lim.rlim_max > cur.rlim_max) lim.rlim_max = cur.rlim_max;
  if (lim.rlim_cur > lim.rlim_max) lim.rlim_cur = lim.rlim_max;
  return setrlimit(res, &lim);
}

static int write_all(int fd, const char *buf, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, buf, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    buf += w;
    n -= (size_t)w;
  }
  return 0;
}

static int write_pid(const char *procs_file, pid_t pid) {
  int fd = open(procs_file, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  char buf[32];
  int n = snprintf(buf, sizeof buf, "%d\n", (int)pid);
  int r = write_all(fd, buf, (size_t)n);
  close(fd);
  return r;
}

/* Close every fd >= from but keep. */
static void close_from(int from, int keep) {
  DIR *d = opendir("/proc/self/fd");
  if (!d) {
    for (int fd = from; fd < 1024; fd++)
      if (fd != keep) close(fd);
    return;
  }
  int self = dirfd(d), fds[1024], n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < 1024) {
    int fd = atoi(e->d_name);
    if (e->d_name[0] != '.' && fd >= from && fd != self && fd != keep) fds[n++] = fd;
  }
  closedir(d);
  for (int k = 0; k < n; k++) close(fds[k]);
}

/* ---------------------------------------------------------------- messages */

/* A message: NUL-separated strings, with up to 8 fds. */
static ssize_t send_msg(int sock, const char *buf, size_t len, const int *fds, int nfds) {
  struct iovec iov = {(void *)buf, len};
  union {
    char buf[CMSG_SPACE(sizeof(int) * 8)];
    struct cmsghdr align;
  } u;
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  if (nfds > 0) {
    memset(&u, 0, sizeof u);
    msg.msg_control = u.buf;
    msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
    memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
  }
  ssize_t r;
  do r = sendmsg(sock, &msg, MSG_NOSIGNAL); while (r < 0 && errno == EINTR);
  return r;
}

/* Receives a message; fds (SCM_RIGHTS) into fds[], the sender's pid (SCM_CREDENTIALS) into *pid. */
static ssize_t recv_msg(int sock, char *buf, size_t cap, int *fds, int *nfds, pid_t *pid) {
  struct iovec iov = {buf, cap};
  union {
    char buf[CMSG_SPACE(sizeof(int) * 8) + CMSG_SPACE(sizeof(struct ucred))];
    struct cmsghdr align;
  } u;
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = u.buf;
  msg.msg_controllen = sizeof u.buf;
  ssize_t r;
  do r = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC); while (r < 0 && errno == EINTR);
  if (nfds) *nfds = 0;
  if (pid) *pid = 0;
  if (r < 0) return r;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET) continue;
    if (c->cmsg_type == SCM_RIGHTS) {
      int n = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
      int *got = (int *)CMSG_DATA(c);
      for (int k = 0; k < n; k++) {
        if (fds && nfds && *nfds < 8) fds[(*nfds)++] = got[k];
        else close(got[k]);
      }
    } else if (c->cmsg_type == SCM_CREDENTIALS && pid) {
      struct ucred cred;
      memcpy(&cred, CMSG_DATA(c), sizeof cred);
      *pid = cred.pid;
    }
  }
  if (msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) {
    errno = EMSGSIZE;
    return -1;
  }
  return r;
}

/* ---------------------------------------------------------------- server (pid 1 in the box) */

/*
 * Run payload (launcher -> server), NUL-separated: MODE, ID, NRL, rlimit..., ARGC, argv..., ENVC, env...
 * fds: stdin, stdout, stderr, handshake socket, [answer].
 */
struct run_req {
  char *mode; /* exec: fork and exec; zygote: start the fork server; fork: a run the fork server forks */
  char *id;
  int nrl;
  char *rl[MAX_RL];
  char *argv[512];
  char *env[512];
};

static int parse_req(char *buf, size_t len, struct run_req *r) {
  char *p = buf, *end = buf + len;
#define NEXT() ({ char *s_ = p; char *z_ = memchr(p, 0, (size_t)(end - p)); if (!z_) return -1; p = z_ + 1; s_; })
  r->mode = NEXT();
  r->id = NEXT();
  r->nrl = atoi(NEXT());
  if (r->nrl < 0 || r->nrl > MAX_RL) return -1;
  for (int k = 0; k < r->nrl; k++) r->rl[k] = NEXT();
  int argc = atoi(NEXT());
  if (argc < 1 || argc > 510) return -1;
  for (int k = 0; k < argc; k++) r->argv[k] = NEXT();
  r->argv[argc] = NULL;
  int envc = atoi(NEXT());
  if (envc < 0 || envc > 510) return -1;
  for (int k = 0; k < envc; k++) r->env[k] = NEXT();
  r->env[envc] = NULL;
#undef NEXT
  return 0;
}

/* The run child: still our code until execve. */
static void run_child(struct run_req *r, int *fds, int nfds) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  signal(SIGPIPE, SIG_DFL);
  int hs = fds[3];
  /* Handshake: the kernel attaches our pid; the launcher moves us into the run's cgroup. */
  if (write(hs, "r", 1) != 1) _exit(SETUP_FAILED);
  char go[4];
  ssize_t n;
  do n = read(hs, go, sizeof go); while (n < 0 && errno == EINTR);
  if (n != 2 || memcmp(go, "go", 2) != 0) _exit(SETUP_FAILED);
  /* fds 0-3: stdin, stdout, stderr, the answer file (or nothing). Move the handshake
     socket high first, so the dup2s below cannot clobber it. */
  int hs_hi = fcntl(hs, F_DUPFD_CLOEXEC, 100);
  if (hs_hi < 0) _exit(SETUP_FAILED);
  int src[4] = {fds[0], fds[1], fds[2], nfds > 4 ? fds[4] : -1};
  int moved[4];
  for (int k = 0; k < 4; k++) moved[k] = src[k] >= 0 ? fcntl(src[k], F_DUPFD, 200) : -1;
  for (int k = 0; k < 4; k++) {
    if (moved[k] >= 0) {
      if (dup2(moved[k], k) != k) _exit(SETUP_FAILED);
    } else {
      close(k);
    }
  }
  close_from(4, hs_hi);
  if (chdir("/box") != 0) _exit(SETUP_FAILED);
  for (int k = 0; k < r->nrl; k++)
    if (apply_rlimit(r->rl[k]) != 0) _exit(SETUP_FAILED);
  execve(r->argv[0], r->argv, r->env);
  /* The handshake socket (close-on-exec) tells the launcher why exec failed. */
  char msg[32];
  int len = snprintf(msg, sizeof msg, "exec %d", errno);
  if (write(hs_hi, msg, (size_t)len) < 0) {}
  _exit(127);
}

static int server(void) {
  /* Not dumpable: a program (same uid) can neither ptrace us nor open /proc/1/fd. */
  prctl(PR_SET_DUMPABLE, 0);
  signal(SIGPIPE, SIG_IGN);
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGCHLD);
  sigprocmask(SIG_BLOCK, &mask, NULL);
  int sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  if (sfd < 0) die("signalfd");
  if (fcntl(CTL_FD, F_SETFD, FD_CLOEXEC) != 0) die("ctl fd");
  close_from(4, sfd);
  if (send_msg(CTL_FD, "ready", 5, NULL, 0) < 0) die("ready");

  pid_t child = 0; /* the run child, or -2 while the fork server runs it */
  pid_t zygote = 0;
  int zsock = -1;
  char id[64] = "";
  static char buf[MAX_MSG];
  for (;;) {
    struct pollfd p[3] = {{CTL_FD, POLLIN, 0}, {sfd, POLLIN, 0}, {zsock, POLLIN, 0}};
    if (poll(p, zsock >= 0 ? 3 : 2, -1) < 0) {
      if (errno == EINTR) continue;
      die("poll");
    }
    if (p[1].revents & POLLIN) {
      struct signalfd_siginfo si;
      while (read(sfd, &si, sizeof si) > 0) {}
      for (;;) {
        int status;
        pid_t w = waitpid(-1, &status, WNOHANG);
        if (w <= 0) break;
        if (w == zygote) zygote = 0;
        if (w == child) {
          char msg[96];
          int n = snprintf(msg, sizeof msg, "exit %s %d", id, status);
          send_msg(CTL_FD, msg, (size_t)n, NULL, 0);
          child = 0;
        }
      }
    }
    if (zsock >= 0 && p[2].revents) {
      /* The fork server reports its run child's status, or is gone (then runs go back to exec). */
      char msg[96];
      ssize_t n = recv_msg(zsock, msg, sizeof msg - 1, NULL, NULL, NULL);
      int st = -1;
      if (n > 0) {
        msg[n] = 0;
        if (sscanf(msg, "exit %d", &st) != 1) st = -1;
      } else {
        close(zsock);
        zsock = -1;
      }
      if (child == -2) {
        int m = snprintf(msg, sizeof msg, "exit %s %d", id, st);
        send_msg(CTL_FD, msg, (size_t)m, NULL, 0);
        child = 0;
      }
    }
    if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      int fds[8], nfds = 0;
      ssize_t n = recv_msg(CTL_FD, buf, sizeof buf - 1, fds, &nfds, NULL);
      if (n <= 0) return 0; /* the launcher is gone: so is the box */
      buf[n] = 0;
      struct run_req req;
      if (nfds < 4 || parse_req(buf, (size_t)n, &req) != 0 || child != 0) {
        for (int k = 0; k < nfds; k++) close(fds[k]);
        send_msg(CTL_FD, "bad", 3, NULL, 0);
        continue;
      }
      snprintf(id, sizeof id, "%s", req.id);
      if (!strcmp(req.mode, "fork") && zsock >= 0) {
        /* User code is loaded only in the fork server's per-run child, after the handshake. */
        if (send_msg(zsock, buf, (size_t)n, fds, nfds) >= 0) {
          for (int k = 0; k < nfds; k++) close(fds[k]);
          child = -2;
          continue;
        }
        close(zsock);
        zsock = -1;
      }
      int zs[2] = {-1, -1};
      if (!strcmp(req.mode, "zygote")) {
        if (zsock >= 0 || socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, zs) != 0) {
          for (int k = 0; k < nfds; k++) close(fds[k]);
          send_msg(CTL_FD, "bad", 3, NULL, 0);
          continue;
        }
        /* Its end of our socket is its fd 3. */
        if (nfds > 4) close(fds[4]);
        fds[4] = zs[1];
        nfds = 5;
      }
      pid_t c = fork();
      if (c == 0) {
        close(CTL_FD);
        close(sfd);
        if (zsock >= 0) close(zsock);
        if (zs[0] >= 0) close(zs[0]);
        run_child(&req, fds, nfds);
      }
      for (int k = 0; k < nfds; k++) close(fds[k]);
      if (zs[0] >= 0) {
        if (c > 0) {
          zygote = c;
          zsock = zs[0];
        } else {
          close(zs[0]);
        }
        continue; /* the fork server is not a run: its status is not reported */
      }
      if (c < 0) {
        char msg[96];
        int m = snprintf(msg, sizeof msg, "exit %s -1", id);
        send_msg(CTL_FD, msg, (size_t)m, NULL, 0);
      } else {
        child = c;
      }
    }
  }
}

/* ---------------------------------------------------------------- session (host, root) */

struct session {
  uid_t uid;
  gid_t gid;
  pid_t bwrap;
  pid_t server; /* the server's pid on the host */
  int ctl;
  unsigned long long tmp_bytes, tmp_inodes;
};

static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emit(const char *fmt, ...) {
  char line[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line - 1, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if (n > (int)sizeof line - 2) n = (int)sizeof line - 2;
  line[n++] = '\n';
  if (write_all(1, line, (size_t)n) != 0) _exit(0); /* the worker is gone */
}

static int unhex(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Percent-decoding in place. */
static void decode(char *s) {
  char *o = s;
  for (char *i = s; *i; i++) {
    if (*i == '%' && unhex(i[1]) >= 0 && unhex(i[2]) >= 0) {
      *o++ = (char)(unhex(i[1]) * 16 + unhex(i[2]));
      i += 2;
    } else {
      *o++ = *i;
    }
  }
  *o = 0;
}

struct run_cmd {
  char *mode;
  char *id;
  char *in, *out, *err, *ans;
  long long cpu_ms, wall_ms, out_max;
  char *cg[MAX_CG];
  int ncg;
  char *cpu_file; /* cpuacct.usage (ns) or cpu.stat (usage_usec) */
  char *kill_file;
  char *rl[MAX_RL];
  int nrl;
  char *env[512];
  int nenv;
  char *argv[512];
  int argc;
};

static int parse_cmd(char *line, struct run_cmd *c) {
  memset(c, 0, sizeof *c);
  char *save = NULL;
  char *tok = strtok_r(line, " ", &save);
  if (!tok || strcmp(tok, "run") != 0) return -1;
  c->id = strtok_r(NULL, " ", &save);
  if (!c->id) return -1;
  int args = 0;
  while ((tok = strtok_r(NULL, " ", &save))) {
    if (args) {
      if (c->argc < 510) c->argv[c->argc++] = tok;
      continue;
    }
    if (!strcmp(tok, "--")) { args = 1; continue; }
    char *eq = strchr(tok, '=');
    if (!eq) return -1;
    *eq = 0;
    char *v = eq + 1;
    decode(v);
    if (!strcmp(tok, "in")) c->in = v;
    else if (!strcmp(tok, "out")) c->out = v;
    else if (!strcmp(tok, "err")) c->err = v;
    else if (!strcmp(tok, "ans")) c->ans = v;
    else if (!strcmp(tok, "cpu")) c->cpu_ms = atoll(v);
    else if (!strcmp(tok, "wall")) c->wall_ms = atoll(v);
    else if (!strcmp(tok, "outmax")) c->out_max = atoll(v);
    else if (!strcmp(tok, "cg") && c->ncg < MAX_CG) c->cg[c->ncg++] = v;
    else if (!strcmp(tok, "cpufile")) c->cpu_file = v;
    else if (!strcmp(tok, "killfile")) c->kill_file = v;
    else if (!strcmp(tok, "rl") && c->nrl < MAX_RL) c->rl[c->nrl++] = v;
    else if (!strcmp(tok, "env") && c->nenv < 510) c->env[c->nenv++] = v;
    else if (!strcmp(tok, "mode")) c->mode = v;
    else return -1;
  }
  for (int k = 0; k < c->argc; k++) decode(c->argv[k]);
  if (!c->mode) c->mode = "exec";
  if (strcmp(c->mode, "exec") && strcmp(c->mode, "fork") && strcmp(c->mode, "zygote")) return -1;
  if (!c->out || !c->err || c->argc < 1 || c->ncg < 1 || !c->cpu_file || c->wall_ms <= 0) return -1;
  return 0;
}

static long long read_cpu_us(const char *file) {
  char buf[1024];
  int fd = open(file, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return 0;
  buf[n] = 0;
  const char *k = strstr(buf, "usage_usec ");
  if (k) return atoll(k + 11);
  return atoll(buf) / 1000; /* cpuacct.usage: ns */
}

static int procs_of(const char *file, pid_t *pids, int cap) {
  int fd = open(file, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  static char buf[65536];
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return 0;
  buf[n] = 0;
  int count = 0;
  for (char *s = buf; *s && count < cap;) {
    pids[count++] = (pid_t)strtol(s, &s, 10);
    while (*s == '\n') s++;
  }
  return count;
}

/* SIGKILL everything in the run's cgroups and wait until they are empty. */
static void kill_cgroup(struct run_cmd *c) {
  if (c->kill_file) {
    int fd = open(c->kill_file, O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
      if (write(fd, "1", 1) < 0) {}
      close(fd);
    }
  }
  for (int round = 0; round < 2000; round++) {
    int any = 0;
    for (int k = 0; k < c->ncg; k++) {
      pid_t pids[1024];
      int n = procs_of(c->cg[k], pids, 1024);
      for (int j = 0; j < n; j++) {
        any = 1;
        kill(pids[j], SIGKILL);
      }
    }
    if (!any) return;
    usleep(round < 50 ? 200 : 2000);
  }
}

static int open_output(const char *path, struct session *s) {
  int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return -1;
  /* The program's own file: owned by it, so reopening /proc/self/fd/1 is allowed. */
  if (fchown(fd, s->uid, s->gid) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

static int open_input(const char *path) {
  if (!path || !strcmp(path, "-")) return open("/dev/null", O_RDONLY | O_CLOEXEC);
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return -1;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    errno = EINVAL;
    return -1;
  }
  fcntl(fd, F_SETFL, 0);
  return fd;
}

static long long size_of(int fd) {
  struct stat st;
  return fd >= 0 && fstat(fd, &st) == 0 ? (long long)st.st_size : 0;
}

/* Fresh tmpfs mounts over /tmp and /dev/shm inside the box, done from a child in its mount namespace. */
static void refresh_tmp(struct session *s) {
  pid_t c = fork();
  if (c < 0) return;
  if (c == 0) {
    char ns[64];
    snprintf(ns, sizeof ns, "/proc/%d/ns/mnt", (int)s->server);
    int fd = open(ns, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || setns(fd, CLONE_NEWNS) != 0) _exit(1);
    char opts[160];
    const char *where[2] = {"/tmp", "/dev/shm"};
    for (int k = 0; k < 2; k++) {
      unsigned long long bytes = k == 0 ? s->tmp_bytes : (s->tmp_bytes < (16ull << 20) ? s->tmp_bytes : (16ull << 20));
      unsigned long long inodes = k == 0 ? s->tmp_inodes : 1024;
      snprintf(opts, sizeof opts, "size=%llu,nr_inodes=%llu,mode=0755,uid=%d,gid=%d", bytes, inodes, (int)s->uid, (int)s->gid);
      umount2(where[k], MNT_DETACH);
      if (mount("tmpfs", where[k], "tmpfs", MS_NOSUID | MS_NODEV, opts) != 0) _exit(2);
    }
    _exit(0);
  }
  int st;
  while (waitpid(c, &st, 0) < 0 && errno == EINTR) {}
}

/* Builds the server payload (see parse_req). */
static size_t build_payload(char *buf, size_t cap, struct run_cmd *c) {
  size_t off = 0;
#define PUT(str) do { size_t l_ = strlen(str) + 1; if (off + l_ > cap) return 0; memcpy(buf + off, str, l_); off += l_; } while (0)
  char num[32];
  PUT(c->mode);
  PUT(c->id);
  snprintf(num, sizeof num, "%d", c->nrl);
  PUT(num);
  for (int k = 0; k < c->nrl; k++) PUT(c->rl[k]);
  snprintf(num, sizeof num, "%d", c->argc);
  PUT(num);
  for (int k = 0; k < c->argc; k++) PUT(c->argv[k]);
  snprintf(num, sizeof num, "%d", c->nenv);
  PUT(num);
  for (int k = 0; k < c->nenv; k++) PUT(c->env[k]);
#undef PUT
  return off;
}

static void one_run(struct session *s, char *line) {
  struct run_cmd c;
  if (parse_cmd(line, &c) != 0) {
    emit("error ? malformed run command");
    return;
  }
  int in = -1, out = -1, err = -1, ans = -1, hs[2] = {-1, -1};
  const char *failed = NULL;
  const char *limit = "-";
  long long cpu_us = 0;
  int status = 0, have_status = 0, exec_errno = 0;
  int64_t started = 0, wall_us = 0;
  if ((in = open_input(c.in)) < 0) failed = "stdin";
  else if ((out = open_output(c.out, s)) < 0) failed = "stdout";
  else if ((err = open_output(c.err, s)) < 0) failed = "stderr";
  else if (c.ans && (ans = open_output(c.ans, s)) < 0) failed = "answer file";
  else if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, hs) != 0) failed = "socketpair";
  if (failed) {
    emit("error %s cannot open the %s: %s", c.id, failed, strerror(errno));
    goto out;
  }
  int one = 1;
  setsockopt(hs[0], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
  static char payload[MAX_MSG];
  size_t plen = build_payload(payload, sizeof payload, &c);
  int fds[5] = {in, out, err, hs[1], ans};
  if (plen == 0 || send_msg(s->ctl, payload, plen, fds, ans >= 0 ? 5 : 4) < 0) {
    emit("error %s cannot reach the box: %s", c.id, strerror(errno));
    goto out;
  }
  close(hs[1]);
  hs[1] = -1;
  close(in);
  in = -1;

  /* The child's pid, from the kernel; the handshake is ours, so it is short. */
  int64_t deadline = now_us() + 10 * 1000000LL;
  pid_t pid = 0;
  for (;;) {
    struct pollfd p[2] = {{hs[0], POLLIN, 0}, {s->ctl, POLLIN, 0}};
    int left = (int)((deadline - now_us()) / 1000);
    if (left <= 0) break;
    if (poll(p, 2, left) < 0 && errno != EINTR) break;
    if (p[0].revents) {
      char b[8];
      if (recv_msg(hs[0], b, sizeof b, NULL, NULL, &pid) == 1 && b[0] == 'r' && pid > 0) break;
      pid = 0;
      break;
    }
    if (p[1].revents) break; /* the server answered instead of the child: it could not start */
  }
  if (pid <= 0) {
    emit("error %s the box did not start the run", c.id);
    kill(s->server, SIGKILL);
    goto out;
  }
  for (int k = 0; k < c.ncg; k++) {
    if (write_pid(c.cg[k], pid) != 0) {
      emit("error %s cannot move the run into its cgroup %s: %s", c.id, c.cg[k], strerror(errno));
      kill(pid, SIGKILL);
      goto reap;
    }
  }
  started = now_us();
  if (send_msg(hs[0], "go", 2, NULL, 0) < 0) {}
  if (!strcmp(c.mode, "zygote")) {
    /* A fork server lives as long as the box, in its own cgroup: nothing to wait for. */
    emit("done %s started 0 0 0 -", c.id);
    goto out;
  }

  for (;;) {
    struct pollfd p[2] = {{s->ctl, POLLIN, 0}, {hs[0], POLLIN, 0}};
    int r = poll(p, hs[0] >= 0 ? 2 : 1, POLL_MS);
    if (r < 0 && errno != EINTR) break;
    if (hs[0] >= 0 && p[1].revents) {
      char b[32];
      ssize_t n = recv_msg(hs[0], b, sizeof b - 1, NULL, NULL, NULL);
      if (n > 5 && !strncmp(b, "exec ", 5)) {
        b[n] = 0;
        exec_errno = atoi(b + 5);
      }
      close(hs[0]);
      hs[0] = -1;
    }
    if (p[0].revents) {
      char b[128];
      ssize_t n = recv_msg(s->ctl, b, sizeof b - 1, NULL, NULL, NULL);
      if (n <= 0) break; /* the box died */
      b[n] = 0;
      char rid[64];
      int st;
      if (sscanf(b, "exit %63s %d", rid, &st) == 2 && !strcmp(rid, c.id)) {
        status = st;
        have_status = 1;
        break;
      }
    }
    int64_t wall = now_us() - started;
    cpu_us = read_cpu_us(c.cpu_file);
    if (c.cpu_ms > 0 && cpu_us >= c.cpu_ms * 1000) limit = "cpu";
    else if (wall >= c.wall_ms * 1000) limit = "wall";
    else if (c.out_max > 0 && (size_of(out) > c.out_max || size_of(ans) > c.out_max)) limit = "output";
    if (strcmp(limit, "-")) {
      kill_cgroup(&c);
      /* the server reports the status of the killed child next */
    }
  }
  wall_us = now_us() - started;
reap:
  kill_cgroup(&c);
  cpu_us = read_cpu_us(c.cpu_file);
  if (exec_errno) emit("done %s exec %d %lld %lld %s", c.id, exec_errno, cpu_us, (long long)wall_us, limit);
  else if (!have_status || status < 0) emit("done %s lost 0 %lld %lld %s", c.id, cpu_us, (long long)wall_us, limit);
  else if (WIFEXITED(status)) emit("done %s exit %d %lld %lld %s", c.id, WEXITSTATUS(status), cpu_us, (long long)wall_us, limit);
  else emit("done %s signal %d %lld %lld %s", c.id, WTERMSIG(status), cpu_us, (long long)wall_us, limit);
  refresh_tmp(s);
out:
  for (int *fd = (int[]){in, out, err, ans, hs[0], hs[1]}, k = 0; k < 6; k++)
    if (fd[k] >= 0) close(fd[k]);
}

static int session(int argc, char **argv) {
  /* The worker: compared with getppid() below, not with 1, since in a container the worker
   * is often pid 1 itself (and an orphan goes to the nearest subreaper, not always to pid 1). */
  pid_t worker = getppid();
  close_from(3, -1);
  struct session s = {0};
  s.uid = (uid_t)-1;
  s.gid = (gid_t)-1;
  s.tmp_bytes = 64ull << 20;
  s.tmp_inodes = 4096;
  const char *procs[MAX_CG];
  const char *seccomp = NULL;
  int nprocs = 0;
  int i = 2;
  for (; i < argc; i++) {
    if (!strcmp(argv[i], "--")) { i++; break; }
    if (i + 1 >= argc) { errno = EINVAL; die(argv[i]); }
    if (!strcmp(argv[i], "-c") && nprocs < MAX_CG) procs[nprocs++] = argv[++i];
    else if (!strcmp(argv[i], "-u")) s.uid = (uid_t)strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-g")) s.gid = (gid_t)strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-t")) s.tmp_bytes = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-i")) s.tmp_inodes = strtoull(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "-S")) seccomp = argv[++i];
    else { errno = EINVAL; die(argv[i]); }
  }
  if (i >= argc || s.uid == (uid_t)-1 || s.gid == (gid_t)-1) { errno = EINVAL; die("usage"); }
  if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0) die("PR_SET_CHILD_SUBREAPER");
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) die("PR_SET_PDEATHSIG");
  if (getppid() != worker) _exit(SETUP_FAILED);
  signal(SIGPIPE, SIG_IGN);
  pid_t launcher = getpid();

  int ctl[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ctl) != 0) die("socketpair");
  int one = 1;
  setsockopt(ctl[0], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
  pid_t child = fork();
  if (child < 0) die("fork");
  if (child == 0) {
    for (int k = 0; k < nprocs; k++)
      if (write_pid(procs[k], getpid()) != 0) die(procs[k]);
    if (dup2(ctl[1], CTL_FD) != CTL_FD) die("dup2");
    int devnull = open("/dev/null", O_RDWR);
    if (devnull < 0 || dup2(devnull, 0) != 0 || dup2(devnull, 1) != 1) die("/dev/null");
    close_from(4, -1);
    /* bwrap reads its seccomp program from fd 4 (--seccomp 4). */
    if (seccomp) {
      int sfd = open(seccomp, O_RDONLY);
      if (sfd < 0 || (sfd != 4 && dup2(sfd, 4) != 4)) die(seccomp);
      if (sfd != 4) close(sfd);
    }
    signal(SIGPIPE, SIG_DFL);
    /* The server's stack limit is what its run children start from: generous, lowered per run. */
    struct rlimit core = {0, 0};
    setrlimit(RLIMIT_CORE, &core);
    if (setgroups(0, NULL) != 0) die("setgroups");
    if (setresgid(s.gid, s.gid, s.gid) != 0) die("setresgid");
    if (setresuid(s.uid, s.uid, s.uid) != 0) die("setresuid");
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) die("PR_SET_PDEATHSIG");
    if (getppid() != launcher) _exit(SETUP_FAILED);
    execv(argv[i], &argv[i]);
    die(argv[i]);
  }
  close(ctl[1]);
  s.bwrap = child;
  s.ctl = ctl[0];

  /* The server's "ready" carries its host pid (SO_PASSCRED). */
  char b[16];
  struct pollfd p = {s.ctl, POLLIN, 0};
  if (poll(&p, 1, 30000) <= 0 || recv_msg(s.ctl, b, sizeof b, NULL, NULL, &s.server) != 5 || s.server <= 0) {
    emit("failed the box did not start");
    kill(child, SIGKILL);
    while (waitpid(-1, NULL, 0) > 0 || errno == EINTR) {}
    return SETUP_FAILED;
  }
  emit("ready %d", (int)s.server);

  static char line[MAX_LINE];
  size_t have = 0;
  for (;;) {
    ssize_t n = read(0, line + have, sizeof line - 1 - have);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    have += (size_t)n;
    char *nl;
    while ((nl = memchr(line, '\n', have))) {
      *nl = 0;
      size_t used = (size_t)(nl - line) + 1;
      if (!strcmp(line, "quit")) goto end;
      one_run(&s, line);
      memmove(line, line + used, have - used);
      have -= used;
    }
    if (have >= sizeof line - 1) {
      emit("error ? command too long");
      have = 0;
    }
  }
end:
  /* pid 1 gone: the kernel kills every process of the box's pid namespace. */
  kill(s.server, SIGKILL);
  kill(child, SIGKILL);
  for (;;) {
    pid_t w = waitpid(-1, NULL, 0);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) break;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "--server")) return server();
  if (argc > 1 && !strcmp(argv[1], "--session")) return session(argc, argv);
  dprintf(2, "usage: qc-launch --session ... | --server\n");
  return 2;
}
