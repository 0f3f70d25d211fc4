/* ---- QuickCode guard for C and C++: stack size and a fatal signal's report ---- */
/* Runs before main. The stack is QC_STACK_MB (below the memory limit, so that runaway
   recursion is a stack overflow, not a memory limit), and a fatal signal says what it was,
   as LeetCode's sanitizer does, before the program dies of it. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static char *qc_stack_top;
static size_t qc_stack_size;

static void qc_say(const char *text) {
  size_t n = strlen(text);
  while (n > 0) {
    ssize_t w = write(2, text, n);
    if (w <= 0) return;
    text += w;
    n -= (size_t)w;
  }
}

static void qc_on_fatal(int sig, siginfo_t *info, void *context) {
  (void)context;
  char *addr = (char *)info->si_addr;
  if (sig == SIGSEGV && addr <= qc_stack_top && (size_t)(qc_stack_top - addr) <= qc_stack_size + (1u << 20)) {
    qc_say("Runtime error: stack overflow (SIGSEGV): the recursion is too deep or never ends.\n");
  } else if (sig == SIGSEGV) {
    qc_say(addr != 0 && (size_t)addr >= 4096
               ? "Runtime error: SIGSEGV (segmentation fault): the program read or wrote memory it does not own (an index out of range, a freed or uninitialized pointer).\n"
               : "Runtime error: SIGSEGV (segmentation fault): the program dereferenced a null pointer.\n");
  } else if (sig == SIGFPE) {
    qc_say("Runtime error: SIGFPE (arithmetic exception): an integer division or remainder by zero, or an overflowing division.\n");
  } else if (sig == SIGBUS) {
    qc_say("Runtime error: SIGBUS (bus error): a misaligned or invalid memory access.\n");
  }
  /* SA_RESETHAND restored the default action: returning repeats the fault, which now kills. */
}

__attribute__((constructor)) static void qc_guard(void) {
  struct rlimit rl;
  char here = 0;
  qc_stack_top = &here;
  if (getrlimit(RLIMIT_STACK, &rl) == 0) {
    const char *mb = getenv("QC_STACK_MB");
    if (mb != NULL && atol(mb) > 0) {
      rlim_t want = (rlim_t)atol(mb) << 20;
      if (rl.rlim_cur == RLIM_INFINITY || want < rl.rlim_cur) {
        rl.rlim_cur = want;
        setrlimit(RLIMIT_STACK, &rl);
      }
    }
    qc_stack_size = rl.rlim_cur == RLIM_INFINITY ? (size_t)8 << 20 : (size_t)rl.rlim_cur;
  }
  static char alternate[1 << 16];
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = alternate;
  ss.ss_size = sizeof alternate;
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = qc_on_fatal;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
}
