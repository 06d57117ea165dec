/* proc.c -- see proc.h. */
#include "util/proc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <net/if.h>
#include <pthread.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/util.h"

extern char **environ;

/* Where the child parks its descriptors before moving them to 0..4: above
 * anything dup2 will write. */
#define PARK_MIN 16

int proc_close_from(int from)
{
    if (close_range((unsigned)from, ~0U, 0) == 0) return 0;
    /* An older kernel: close one by one, up to the limit (no descriptor can
     * be at or above it). */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) < 0) return -1;
    rlim_t max = rl.rlim_cur == RLIM_INFINITY ? 1u << 20 : rl.rlim_cur;
    for (rlim_t fd = (rlim_t)from; fd < max; fd++)
        close((int)fd);
    return 0;
}

/* In the child, in a new network namespace: bring its loopback up (needs
 * the privileges dropped later). Async-signal-safe. 0, or -1 with errno. */
static int loopback_up(void)
{
    struct ifreq ifr;
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), rc = -1;
    if (fd < 0) return -1;
    memset(&ifr, 0, sizeof ifr);
    memcpy(ifr.ifr_name, "lo", 3);
    if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0) {
        ifr.ifr_flags |= IFF_UP;
        rc = ioctl(fd, SIOCSIFFLAGS, &ifr);
    }
    close(fd);
    return rc;
}

/* The steps of child_exec that can fail, for the error message. */
static const char *const steps[] = {"setpgid", "unshare", "setuid", "chdir",
                                    "dup2",    "close",   "execve"};
enum { ST_GROUP, ST_NETNS, ST_USER, ST_CHDIR, ST_DUP, ST_CLOSE, ST_EXEC };

/* In the forked child: only async-signal-safe calls, as other threads of
 * the server may have held locks at fork time. Reports failure as the step
 * and its errno on the close-on-exec status pipe st. */
static void child_exec(const proc_spec *s, int devnull, int st, pid_t parent)
{
    int fds[PROC_FDS];
    struct sigaction dfl;
    sigset_t none;
    int e[2], step = ST_GROUP;

    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGPIPE, &dfl, NULL);
    if (s->new_session ? setsid() < 0 : setpgid(0, s->pgid) < 0) goto fail;
    /* The namespace first: making one needs the privileges dropped below. */
    step = ST_NETNS;
    if (s->netns && unshare(CLONE_NEWNET) < 0) goto fail;
    if (s->netns == PROC_NETNS_LOOPBACK && loopback_up() < 0) goto fail;
    step = ST_USER;
    if (s->uid != (uid_t)-1 && (setgroups(0, NULL) < 0 || setgid(s->gid) < 0 || setuid(s->uid) < 0))
        goto fail;
    /* After the user change, which clears it: a dead server leaves no child. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    if (s->no_core) {
        struct rlimit zero = {0, 0};
        setrlimit(RLIMIT_CORE, &zero);
    }
    if (s->as) {
        struct rlimit as = {s->as, s->as};
        setrlimit(RLIMIT_AS, &as);
    }
    if (s->cpu) {
        struct rlimit cpu = {s->cpu, s->cpu + 5};
        setrlimit(RLIMIT_CPU, &cpu);
    }
    step = ST_CHDIR;
    if (s->dir && chdir(s->dir) < 0) goto fail;
    step = ST_DUP;
    /* Park everything above the target numbers first, so no dup2 below
     * overwrites a descriptor a later one still needs. */
    st = fcntl(st, F_DUPFD_CLOEXEC, PARK_MIN);
    if (st < 0) _exit(127);
    for (int i = 0; i < PROC_FDS; i++) {
        fds[i] = fcntl(s->fds[i] >= 0 ? s->fds[i] : devnull, F_DUPFD, PARK_MIN);
        if (fds[i] < 0) goto fail;
    }
    for (int i = 0; i < PROC_FDS; i++)
        if (dup2(fds[i], i) < 0) goto fail;
    if (dup2(st, PROC_FDS) < 0 || fcntl(PROC_FDS, F_SETFD, FD_CLOEXEC) < 0) goto fail;
    st = PROC_FDS;
    /* Nothing of the server's leaks into the child: its sockets, database
     * and pipes to other tasks' children. */
    step = ST_CLOSE;
    if (proc_close_from(PROC_FDS + 1) < 0) goto fail;
    step = ST_EXEC;
    execve(s->argv[0], s->argv, s->envp ? s->envp : environ);
fail:
    e[0] = step;
    e[1] = errno;
    if (write(st, e, sizeof e) < 0) _exit(126);
    _exit(127);
}

pid_t proc_spawn(const proc_spec *s, const char *what, char *err, size_t errlen)
{
    int st[2] = {-1, -1}, e[2] = {0, 0};
    pid_t parent = getpid(), pid = -1;
    ssize_t n;
    int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);

    if (devnull < 0 || pipe2(st, O_CLOEXEC) < 0) {
        snprintf(err, errlen, "cannot start the %s: %s", what, strerror(errno));
        goto out;
    }
    pid = fork();
    if (pid < 0) {
        snprintf(err, errlen, "cannot start the %s: fork: %s", what, strerror(errno));
        goto out;
    }
    if (pid == 0) child_exec(s, devnull, st[1], parent);
    close(st[1]);
    st[1] = -1;
    /* The child does it too: whoever runs first, the group exists when we
     * return, so a kill(-pgid) cannot miss it. */
    if (!s->new_session) setpgid(pid, s->pgid ? s->pgid : pid);
    /* EOF: exec succeeded (close-on-exec closed the pipe); an int: the
     * errno of the step that failed. */
    do
        n = read(st[0], e, sizeof e);
    while (n < 0 && errno == EINTR);
    if (n > 0) {
        waitpid(pid, NULL, 0);
        int step = e[0] >= 0 && e[0] <= ST_EXEC ? e[0] : ST_EXEC;
        if (step == ST_EXEC && e[1] == ENOENT)
            snprintf(err, errlen, "cannot start the %s: %s not found", what, s->argv[0]);
        else if (step == ST_CHDIR)
            snprintf(err, errlen, "cannot start the %s: cannot enter %s: %s", what, s->dir,
                     strerror(e[1]));
        else
            snprintf(err, errlen, "cannot start the %s (%s): %s: %s", what, s->argv[0], steps[step],
                     strerror(e[1]));
        pid = -1;
    }
out:
    if (st[0] >= 0) close(st[0]);
    if (st[1] >= 0) close(st[1]);
    if (devnull >= 0) close(devnull);
    return pid;
}

void proc_group_wait(pid_t pgid, int64_t max_ms)
{
    if (pgid <= 0) return;
    int64_t end = util_mono_ms() + max_ms;
    for (;;) {
        while (waitpid(-pgid, NULL, WNOHANG) > 0)
            ;
        if (kill(-pgid, 0) < 0 && errno == ESRCH) return;
        if (util_mono_ms() >= end) return;
        util_sleep_ms(5);
    }
}

/* Empty the directory open as fd (taken: closed here), depth first. */
static void rm_below(int fd, int depth)
{
    DIR *d = fdopendir(fd);
    if (!d) {
        close(fd);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (unlinkat(fd, e->d_name, 0) == 0) continue;
        /* a directory (EISDIR, or EPERM on some kernels): empty it first */
        int sub = depth < 64
                      ? openat(fd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                      : -1;
        if (sub >= 0) {
            rm_below(sub, depth + 1);
            unlinkat(fd, e->d_name, AT_REMOVEDIR);
        }
    }
    closedir(d); /* closes fd */
}

void proc_rm_tree(const char *dir)
{
    if (!dir || !*dir) return;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) rm_below(fd, 0);
    if (rmdir(dir) != 0 && errno == ENOTDIR) unlink(dir);
}

static const char *tmp_base(const char *base)
{
    const char *t = getenv("TMPDIR");
    return base ? base : t && *t ? t : "/tmp";
}

int proc_tmpdir(const char *base, const char *kind, char *out, size_t n)
{
    int len = snprintf(out, n, "%s/browserai-%s-%ld-XXXXXX", tmp_base(base), kind, (long)getpid());
    if (len < 0 || (size_t)len >= n) {
        if (n) out[0] = '\0';
        errno = ENAMETOOLONG;
        return -1;
    }
    return mkdtemp(out) ? 0 : -1;
}

static int sweep_in(const char *base)
{
    DIR *d = opendir(base);
    if (!d) return 0;
    int removed = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        /* browserai-KIND-PID-XXXXXX, and nothing else */
        char kind[32], rest[8];
        long pid = 0;
        int end = 0;
        if (sscanf(e->d_name, "browserai-%31[a-z]-%ld-%7[A-Za-z0-9]%n", kind, &pid, rest, &end) !=
                3 ||
            e->d_name[end] || strlen(rest) != 6 || pid <= 0 || pid == (long)getpid())
            continue;
        if (kill((pid_t)pid, 0) == 0 || errno != ESRCH) continue;
        char path[PATH_MAX];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", base, e->d_name);
        /* a real folder, not a link to one (below it, proc_rm_tree follows none) */
        if (lstat(path, &st) != 0 || !S_ISDIR(st.st_mode)) continue;
        proc_rm_tree(path);
        removed++;
    }
    closedir(d);
    return removed;
}

int proc_tmp_sweep(const char *base)
{
    if (base) return sweep_in(base);
    /* where proc_tmpdir writes: /tmp for the fixed folders, $TMPDIR for the rest */
    const char *t = tmp_base(NULL);
    return sweep_in("/tmp") + (strcmp(t, "/tmp") ? sweep_in(t) : 0);
}

/* ---- a group's processes, and the memory watchdog ------------------------ */

/* state, pgrp and rss (KiB) from /proc/<pid>/stat; -1 when it cannot be
 * read. */
static int stat_of(const char *pid, char *state, long *pgrp, long *rss_kib)
{
    char path[64], line[512];
    long pages = 0, page_kib = sysconf(_SC_PAGESIZE) / 1024;
    snprintf(path, sizeof path, "/proc/%s/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = read(fd, line, sizeof line - 1);
    close(fd);
    if (n <= 0) return -1;
    line[n] = '\0';
    /* Fields after the command's closing parenthesis: state ppid pgrp ...
     * rss is field 24 of the whole line (the 22nd after it). */
    char *p = strrchr(line, ')');
    if (!p || sscanf(p + 2,
                     "%c %*d %ld %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d "
                     "%*d %*d %*d %*d %*u %*u %ld",
                     state, pgrp, &pages) != 3)
        return -1;
    *rss_kib = pages * page_kib;
    return 0;
}

/* Whether /proc/<pid>/cmdline has the argument arg: a word of it, with NULs
 * or spaces around (Chromium rewrites its process title, joining its
 * arguments with spaces). */
static int has_arg(const char *pid, const char *arg)
{
    char path[64], line[4096];
    size_t alen = strlen(arg);
    snprintf(path, sizeof path, "/proc/%s/cmdline", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, line, sizeof line - 1);
    close(fd);
    if (n <= 0) return 0;
    line[n] = '\0';
    for (char *a = line; (a = memmem(a, (size_t)(line + n - a), arg, alen)); a += alen) {
        int before = a == line || a[-1] == '\0' || a[-1] == ' ';
        int after = a + alen == line + n || a[alen] == '\0' || a[alen] == ' ';
        if (before && after) return 1;
    }
    return 0;
}

#define SCAN_MAX 1024 /* processes of one tree looked at */

/* Appends the pids of the file fd ("/proc/P/task/T/children": numbers
 * separated by spaces) to tree[*n..max). */
static void read_pids(int fd, pid_t *tree, int *n, int max)
{
    char text[1024];
    long cur = -1;
    ssize_t r;
    while ((r = read(fd, text, sizeof text)) > 0)
        for (ssize_t i = 0; i < r; i++) {
            if (text[i] >= '0' && text[i] <= '9') {
                cur = (cur < 0 ? 0 : cur * 10) + (text[i] - '0');
            } else if (cur >= 0) {
                if (*n < max) tree[(*n)++] = (pid_t)cur;
                cur = -1;
            }
        }
    if (cur >= 0 && *n < max) tree[(*n)++] = (pid_t)cur;
}

/* Appends the children of pid (those of each of its threads) to
 * tree[*n..max). A thread that ends meanwhile is skipped. */
static void children_of(pid_t pid, pid_t *tree, int *n, int max)
{
    char path[96];
    snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
    DIR *d = opendir(path);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        snprintf(path, sizeof path, "/proc/%d/task/%.16s/children", (int)pid, e->d_name);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) continue;
        read_pids(fd, tree, n, max);
        close(fd);
    }
    closedir(d);
}

/* Whether the kernel lists each thread's children (CONFIG_PROC_CHILDREN). */
static int have_children_files(void)
{
    static atomic_int known; /* 0: not looked yet, 1: yes, 2: no */
    int k = atomic_load(&known);
    if (!k) {
        k = access("/proc/thread-self/children", R_OK) == 0 ? 1 : 2;
        atomic_store(&known, k);
    }
    return k == 1;
}

/* Group pgid's leader and its descendants into tree: their count, or -1
 * when all of /proc must be read instead (no children files, the leader
 * gone or a zombie, more than SCAN_MAX). A member whose parent died while
 * the leader lives went to the subreaper and is not found here: for
 * Chromium that is a browser already broken. */
static int group_tree(pid_t pgid, pid_t *tree)
{
    char pid[24], state;
    long pgrp, rss;
    if (!have_children_files()) return -1;
    snprintf(pid, sizeof pid, "%d", (int)pgid);
    if (stat_of(pid, &state, &pgrp, &rss) != 0 || pgrp != pgid || state == 'Z') return -1;
    int n = 1;
    tree[0] = pgid;
    for (int i = 0; i < n && n < SCAN_MAX; i++)
        children_of(tree[i], tree, &n, SCAN_MAX);
    return n < SCAN_MAX ? n : -1;
}

int proc_children(pid_t pid, pid_t *out, int max)
{
    int n = 0;
    if (!have_children_files() || max <= 0) return -1;
    children_of(pid, out, &n, max);
    return n < max ? n : -1;
}

/* Counts process pid (its number as text) into the scan when it is of
 * group pgid and has the argument arg (NULL: any). */
static void scan_one(const char *pid, pid_t pgid, const char *arg, proc_info *out, int max, int *k,
                     long *total_kib)
{
    char state;
    long pgrp, rss;
    if (stat_of(pid, &state, &pgrp, &rss) != 0 || pgrp != pgid) return;
    if (arg && !has_arg(pid, arg)) return;
    *total_kib += rss;
    if (*k < max) out[(*k)++] = (proc_info){.pid = (pid_t)strtol(pid, NULL, 10), .rss_kib = rss};
}

int proc_group_scan(pid_t pgid, const char *arg, proc_info *out, int max, long *total_kib)
{
    pid_t tree[SCAN_MAX];
    char pid[24];
    int k = 0, n = group_tree(pgid, tree);
    *total_kib = 0;
    if (n >= 0) {
        for (int i = 0; i < n; i++) {
            snprintf(pid, sizeof pid, "%d", (int)tree[i]);
            scan_one(pid, pgid, arg, out, max, &k, total_kib);
        }
        return k;
    }
    DIR *d = opendir("/proc");
    struct dirent *e;
    if (!d) return 0;
    while ((e = readdir(d)))
        if (e->d_name[0] >= '0' && e->d_name[0] <= '9')
            scan_one(e->d_name, pgid, arg, out, max, &k, total_kib);
    closedir(d);
    return k;
}

#define WATCH_MAX 64 /* groups watched at once */
/* A page allocating in a loop gains ~1 GiB/s. The next look comes before
 * the closest group could reach its limit growing at twice that, at most
 * WATCH_IDLE_MS and at least WATCH_EVERY_MS from now: near the limit every
 * WATCH_EVERY_MS, as always, and an idle browser costs a fifth of that. */
#define WATCH_EVERY_MS 200
#define WATCH_IDLE_MS 1000
#define WATCH_KIB_PER_MS 2048
#define WATCH_PROCS 256 /* renderers looked at in one group */

static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int started;
    struct watch {
        pid_t pgid;
        long limit_kib;
        long killed_kib;   /* the last renderer killed: its RSS */
        int64_t killed_ms; /* and when (util_now_ms) */
    } w[WATCH_MAX];
    int n;
    unsigned adds; /* groups added so far */
} mw = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, {{0}}, 0, 0};

/* With mw.mu released: one look at group pgid; the RSS of the renderer
 * killed, or 0. *total_kib: the renderers' RSS. */
static long watch_once(pid_t pgid, long limit_kib, long *total_kib)
{
    proc_info procs[WATCH_PROCS];
    long total;
    int n = proc_group_scan(pgid, "--type=renderer", procs, WATCH_PROCS, &total), big = -1;
    *total_kib = total;
    if (total <= limit_kib) return 0;
    for (int i = 0; i < n; i++)
        if (big < 0 || procs[i].rss_kib > procs[big].rss_kib) big = i;
    if (big < 0 || kill(procs[big].pid, SIGKILL) != 0) return 0;
    fprintf(stderr,
            "browserai: the renderers of browser %d used %ld MiB, over the %ld MiB allowed "
            "(BROWSERAI_BROWSER_MEMORY_MB): killed renderer %d (%ld MiB)\n",
            (int)pgid, total / 1024, limit_kib / 1024, (int)procs[big].pid,
            procs[big].rss_kib / 1024);
    return procs[big].rss_kib;
}

static void *watch_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mw.mu);
    for (;;) {
        while (mw.n == 0)
            pthread_cond_wait(&mw.cv, &mw.mu);
        struct watch copy[WATCH_MAX];
        int n = mw.n;
        unsigned seen = mw.adds;
        memcpy(copy, mw.w, sizeof copy[0] * (size_t)n);
        pthread_mutex_unlock(&mw.mu);
        long wait_ms = WATCH_IDLE_MS;
        for (int i = 0; i < n; i++) {
            long total = 0, kib = watch_once(copy[i].pgid, copy[i].limit_kib, &total);
            long reach_ms = (copy[i].limit_kib - total) / WATCH_KIB_PER_MS;
            if (reach_ms < wait_ms) wait_ms = reach_ms;
            if (!kib) continue;
            pthread_mutex_lock(&mw.mu);
            for (int j = 0; j < mw.n; j++)
                if (mw.w[j].pgid == copy[i].pgid) {
                    mw.w[j].killed_kib = kib;
                    mw.w[j].killed_ms = util_now_ms();
                }
            pthread_mutex_unlock(&mw.mu);
        }
        /* A group added meanwhile is looked at now (proc_memwatch_add
         * signals): a new browser's first page may allocate at once. */
        struct timespec until =
            util_deadline_ts(wait_ms < WATCH_EVERY_MS ? WATCH_EVERY_MS : wait_ms);
        pthread_mutex_lock(&mw.mu);
        while (mw.adds == seen && pthread_cond_timedwait(&mw.cv, &mw.mu, &until) == 0)
            ;
    }
    return NULL;
}

int proc_memwatch_add(pid_t pgid, long limit_mib)
{
    int rc = -1;
    if (pgid <= 0 || limit_mib <= 0) return -1;
    pthread_mutex_lock(&mw.mu);
    if (!mw.started) {
        pthread_t t;
        pthread_attr_t a;
        pthread_cond_destroy(&mw.cv);
        util_cond_init(&mw.cv);
        pthread_attr_init(&a);
        pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
        mw.started = pthread_create(&t, &a, watch_main, NULL) == 0;
        pthread_attr_destroy(&a);
    }
    if (mw.started && mw.n < WATCH_MAX) {
        mw.w[mw.n++] = (struct watch){.pgid = pgid, .limit_kib = limit_mib * 1024};
        mw.adds++;
        pthread_cond_signal(&mw.cv);
        rc = 0;
    }
    pthread_mutex_unlock(&mw.mu);
    return rc;
}

void proc_memwatch_remove(pid_t pgid)
{
    pthread_mutex_lock(&mw.mu);
    for (int i = 0; i < mw.n; i++)
        if (mw.w[i].pgid == pgid) mw.w[i--] = mw.w[--mw.n];
    pthread_mutex_unlock(&mw.mu);
}

long proc_memwatch_killed(pid_t pgid, int64_t since_ms)
{
    long mib = 0;
    pthread_mutex_lock(&mw.mu);
    for (int i = 0; i < mw.n; i++)
        if (mw.w[i].pgid == pgid && mw.w[i].killed_kib && mw.w[i].killed_ms >= since_ms)
            mib = mw.w[i].killed_kib / 1024;
    pthread_mutex_unlock(&mw.mu);
    return mib;
}

/* ---- users of the runners' range ----------------------------------------- */

/* Mark in busy (one byte per uid of lo..hi) the users some process runs as. */
static void uids_running(uid_t lo, uid_t hi, unsigned char *busy)
{
    DIR *d = opendir("/proc");
    struct dirent *e;
    if (!d) return;
    while ((e = readdir(d))) {
        char path[64], line[256];
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        snprintf(path, sizeof path, "/proc/%s/status", e->d_name);
        FILE *f = fopen(path, "re");
        if (!f) continue;
        while (fgets(line, sizeof line, f)) {
            unsigned long u[4];
            if (strncmp(line, "Uid:", 4) != 0) continue;
            if (sscanf(line + 4, "%lu %lu %lu %lu", &u[0], &u[1], &u[2], &u[3]) == 4)
                for (int i = 0; i < 4; i++)
                    if (u[i] >= lo && u[i] <= hi) busy[u[i] - lo] = 1;
            break;
        }
        fclose(f);
    }
    closedir(d);
}

int proc_uid_take(uid_t lo, uid_t hi, uid_t *uid, int *lock, char *err, size_t errlen)
{
    static atomic_uint next;
    size_t span = (size_t)(hi - lo) + 1;
    if (lo > hi || lo == 0) {
        snprintf(err, errlen, "no range of users to run as");
        return -1;
    }
    if (mkdir(PROC_UID_LOCK_DIR, 0700) != 0 && errno != EEXIST) {
        snprintf(err, errlen, "cannot make %s: %s", PROC_UID_LOCK_DIR, strerror(errno));
        return -1;
    }
    unsigned char *busy = xcalloc(span, 1);
    uids_running(lo, hi, busy);
    /* Down from the top of the range, one further on each call, to spread
     * the users; the locks keep browsers and runners apart. */
    size_t start = atomic_fetch_add(&next, 1) % span;
    for (size_t n = 0; n < span; n++) {
        uid_t u = hi - (uid_t)((start + n) % span);
        struct passwd pw, *res = NULL;
        char tmp[4096], path[64];
        if (busy[u - lo] || (getpwuid_r(u, &pw, tmp, sizeof tmp, &res) == 0 && res)) continue;
        snprintf(path, sizeof path, PROC_UID_LOCK_DIR "/uid-%u.lock", (unsigned)u);
        int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) continue;
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            close(fd);
            continue;
        }
        *uid = u;
        *lock = fd;
        free(busy);
        return 0;
    }
    free(busy);
    snprintf(err, errlen, "every user of %u-%u is in use", (unsigned)lo, (unsigned)hi);
    return -1;
}
