# QuickCode's Python fork server: started once per box (before any user code exists), it
# imports what programs commonly import, then forks one child per run. The child does the
# launcher's handshake (its pid, from the kernel, is moved into the run's cgroup; "go"
# comes back), takes the run's files as fds 0-3, lowers its limits and only then loads
# the user's program. User code is never loaded here, so nothing it does at import time
# can reach another run. fd 3 is our socket to the box's server (see launcher.c).
import array, bisect, builtins, collections, copy, ctypes, functools, heapq, io, itertools, json, math
import operator, os, random, re, resource, socket, statistics, string, sys, time, traceback, types, typing
import atexit, threading, decimal, fractions, datetime, dataclasses, enum, abc, struct, queue

_RES = {'cpu': resource.RLIMIT_CPU, 'fsize': resource.RLIMIT_FSIZE, 'nofile': resource.RLIMIT_NOFILE, 'core': resource.RLIMIT_CORE, 'stack': resource.RLIMIT_STACK}
_SETUP_FAILED = 125


def _parse(payload):
    parts = payload.split(b'\0')
    mode, run_id, nrl = parts[0], parts[1], int(parts[2])
    i = 3
    rl = [p.decode() for p in parts[i:i + nrl]]
    i += nrl
    argc = int(parts[i]); i += 1
    argv = [p.decode('utf-8', 'surrogateescape') for p in parts[i:i + argc]]
    i += argc
    envc = int(parts[i]); i += 1
    env = [p.decode('utf-8', 'surrogateescape') for p in parts[i:i + envc]]
    return rl, argv, env


def _limit(spec):
    name, _, values = spec.partition('=')
    soft, hard = (int(v) for v in values.split(':'))
    res = _RES[name]
    _, cur_hard = resource.getrlimit(res)
    if cur_hard != resource.RLIM_INFINITY and hard > cur_hard:
        hard = cur_hard
    resource.setrlimit(res, (min(soft, hard), hard))


def _child(fds, rl, argv, env):
    stdin, stdout, stderr, hs = fds[0], fds[1], fds[2], fds[3]
    answer = fds[4] if len(fds) > 4 else -1
    os.write(hs, b'r')
    if os.read(hs, 4) != b'go':
        os._exit(_SETUP_FAILED)
    # Now in the run's cgroup: from here on, every cycle is the run's.
    for k, fd in enumerate((stdin, stdout, stderr, answer)):
        if fd >= 0:
            os.dup2(fd, k, inheritable=True)
        else:
            try:
                os.close(k)
            except OSError:
                pass
    os.closerange(4, 65536)
    os.chdir('/box')
    for spec in rl:
        _limit(spec)
    libc = ctypes.CDLL(None)
    libc.prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE: an ordinary process again, as if freshly started
    os.environ.clear()
    for kv in env:
        k, _, v = kv.partition('=')
        os.environ[k] = v
    sys.stdin = sys.__stdin__ = open(0, 'r', encoding='utf-8', closefd=False)
    sys.stdout = sys.__stdout__ = open(1, 'w', encoding='utf-8', closefd=False)
    sys.stderr = sys.__stderr__ = open(2, 'w', encoding='utf-8', errors='backslashreplace', closefd=False, buffering=1)
    random.seed()
    script = argv[-1]
    sys.argv = [script]
    sys.path[0] = '/box'
    main = types.ModuleType('__main__')
    main.__file__ = os.path.join('/box', script)
    main.__builtins__ = builtins
    sys.modules['__main__'] = main
    rc = 0
    try:
        with open(script, 'rb') as f:
            source = f.read()
        exec(compile(source, script, 'exec'), main.__dict__)
    except SystemExit as e:
        code = e.code
        if code is None:
            rc = 0
        elif isinstance(code, int):
            rc = code & 0xFF
        else:
            print(code, file=sys.stderr)
            rc = 1
    except BaseException:
        sys.excepthook(*sys.exc_info())
        rc = 1
    try:
        threading._shutdown()
    except BaseException:
        pass
    try:
        atexit._run_exitfuncs()
    except BaseException:
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            rc = 120  # as CPython when flushing stdout fails at exit
    os._exit(rc)


def _serve():
    libc = ctypes.CDLL(None)
    libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE 0: runs (same uid) can neither ptrace us nor open /proc/<us>/mem
    sock = socket.socket(fileno=3)
    while True:
        try:
            msg, fds, _flags, _addr = socket.recv_fds(sock, 65536, 8)
        except OSError:
            os._exit(0)
        if not msg:
            os._exit(0)
        try:
            rl, argv, env = _parse(msg)
        except Exception:
            for fd in fds:
                os.close(fd)
            sock.send(b'exit -1')
            continue
        pid = os.fork()
        if pid == 0:
            try:
                sock.close()
                _child(fds, rl, argv, env)
            finally:
                os._exit(_SETUP_FAILED)
        for fd in fds:
            os.close(fd)
        _, status = os.waitpid(pid, 0)
        sock.send(b'exit %d' % status)


_serve()
