/* script.c -- script_automation tasks (see script.h): the frame codec, the
 * pool of warm runners, and one task's conversation with its runner.
 *
 * Threads: the pool thread spawns runners, reads their "ready" frame, and
 * kills, reaps and removes spent ones; a slot thread takes a ready runner,
 * sends it the task and reads its frames until the end. slot_abort (any
 * thread) kills the runner's process group through slot.script_pgid, which
 * the slot clears before it hands the runner back, so a reaped (and maybe
 * reused) process group is never signalled. */
#include "task/script.h"
#include "gate/gate.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <jansson.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "geo/geo.h"
#include "policy/proxy.h"
#include "task/run.h"
#include "util/notify.h"
#include "util/proc.h"

#define WARMUP_MAX_MS (8 * 60000) /* the start-up limit grows up to this (see slow_locked) */
#define GROUP_WAIT_MS 3000        /* how long a killed group may take to go */
#define READ_CHUNK 65536
#define NOTE_MAX 8192      /* longest note line from a broker */
#define REFUSALS_LOGGED 50 /* refused requests logged per task */

/* ---- frames -------------------------------------------------------------- */

void script_framer_init(script_framer *f, size_t max)
{
    memset(f, 0, sizeof *f);
    f->max = max;
}

void script_framer_feed(script_framer *f, const void *data, size_t n)
{
    if (f->len + n > f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 4096;
        while (cap < f->len + n)
            cap *= 2;
        f->buf = xrealloc(f->buf, cap);
        f->cap = cap;
    }
    memcpy(f->buf + f->len, data, n);
    f->len += n;
}

int script_framer_next(script_framer *f, char **body, size_t *len)
{
    size_t max = f->max ? f->max : SCRIPT_FRAME_MAX;
    if (f->len < 4) return 0;
    size_t n = ((size_t)f->buf[0] << 24) | ((size_t)f->buf[1] << 16) | ((size_t)f->buf[2] << 8) |
               (size_t)f->buf[3];
    if (n > max) return -1;
    if (f->len - 4 < n) return 0;
    *body = xmalloc(n + 1);
    memcpy(*body, f->buf + 4, n);
    (*body)[n] = '\0';
    *len = n;
    memmove(f->buf, f->buf + 4 + n, f->len - 4 - n);
    f->len -= 4 + n;
    return 1;
}

void script_framer_free(script_framer *f)
{
    free(f->buf);
    f->buf = NULL;
    f->len = f->cap = 0;
}

unsigned char *script_frame_encode(const char *body, size_t len, size_t *out_len)
{
    if (len > 0xffffffffu) return NULL;
    unsigned char *out = xmalloc(len + 4);
    out[0] = (unsigned char)(len >> 24);
    out[1] = (unsigned char)(len >> 16);
    out[2] = (unsigned char)(len >> 8);
    out[3] = (unsigned char)len;
    memcpy(out + 4, body, len);
    *out_len = len + 4;
    return out;
}

/* ---- runners --------------------------------------------------------------- */

typedef struct runner {
    pid_t pgid; /* the broker: leader of the runner's process group */
    pid_t sandbox;
    int sandbox_reaped;
    int task_fd;        /* -> the sandbox's stdin */
    int out_fd;         /* <- the sandbox's stdout: frames */
    int notes_fd;       /* <- the broker's stdout: JSON lines */
    int ctl_fd;         /* -> the broker's stdin, open for the runner's life */
    int64_t born;       /* monotonic ms */
    char dir[PATH_MAX]; /* its private folder (profile, downloads), removed after */
    char err[512];      /* an error note of the broker */
    int slow;           /* killed for not being ready within the limit */
    uid_t uid;          /* its own user (root servers), or (uid_t)-1 */
    int uid_lock;       /* holds uid for this runner, machine-wide (see uid_take) */
    pid_t strays[8];    /* its processes outside the group (see find_strays) */
    int nstrays;
    script_framer frames;
    buf notes; /* a note line not finished yet */
    struct runner *next;
} runner;

struct script_pool {
    const config *cfg;
    char broken[512]; /* why scripts cannot run here; "" when they can */
    char node[PATH_MAX];
    char dir[PATH_MAX];  /* runner/ */
    char copy[PATH_MAX]; /* a readable copy of runner/ made for uid, or "" */
    uid_t uid;           /* who runners run as; (uid_t)-1: as we do */
    gid_t gid;
    int netns;            /* sandboxes get a network namespace of their own */
    uid_t uid_lo, uid_hi; /* BROWSERAI_SCRIPT_UIDS */
    char *gate_env;       /* BAI_GATE=...: the egress gate's unix sockets */
    int want;             /* runners kept ready ahead of tasks... */
    int64_t warm_ms;      /* ...while a task came in the last warm_ms (-1: always) */
    int64_t last_demand;  /* monotonic ms a task last asked for a runner; 0: never */
    pthread_t thread;
    int started;
    int wake[2];         /* a byte here wakes the pool thread */
    pthread_mutex_t mu;  /* guards what follows */
    pthread_cond_t cond; /* a runner became ready, or start-up failed */
    int stopping;
    runner *warming; /* started, not ready yet */
    runner *ready;   /* ready for a task, oldest first */
    runner *spent;   /* to kill, reap and remove */
    int nwarming, nready, waiting;
    int fails;         /* start-ups that failed (died) in a row */
    int64_t warmup_ms; /* a runner not ready by then is killed (slow_locked) */
    char last_err[512];
    int64_t next_spawn; /* monotonic ms; backoff after failures */
};

static void close_fd(int *fd)
{
    if (*fd >= 0) close(*fd);
    *fd = -1;
}

/* Chromium's crash handler leaves the runner's process group (it starts a
 * session of its own) and is re-parented to us; it exits when the browser
 * does, and then its command line, which names the runner's folder, is gone.
 * So: the pids of processes outside group pgid that name dir, found while
 * they run. At most max; returns how many. */
static int find_strays(const char *dir, pid_t pgid, pid_t *out, int max)
{
    DIR *d = opendir("/proc");
    struct dirent *e;
    int n = 0;
    if (!d) return 0;
    while ((e = readdir(d)) && n < max) {
        char path[64], cmd[8192];
        long pid;
        if (util_parse_long(e->d_name, 2, 0x7fffffff, &pid) != 0 || pid == getpid()) continue;
        if (getpgid((pid_t)pid) == pgid) continue; /* the group kill takes those */
        snprintf(path, sizeof path, "/proc/%ld/cmdline", pid);
        FILE *f = fopen(path, "r");
        if (!f) continue;
        size_t len = fread(cmd, 1, sizeof cmd - 1, f);
        fclose(f);
        for (size_t i = 0; i < len; i++)
            if (cmd[i] == '\0') cmd[i] = ' ';
        cmd[len] = '\0';
        if (strstr(cmd, dir)) out[n++] = (pid_t)pid;
    }
    closedir(d);
    return n;
}

/* Kill and reap the strays that are our children (only those: a pid that
 * is not ours may have been reused since it was found). */
static void reap_strays(const pid_t *pids, int n)
{
    for (int i = 0; i < n; i++) {
        if (waitpid(pids[i], NULL, WNOHANG) != 0) continue; /* reaped now, or not ours */
        kill(pids[i], SIGKILL);
        waitpid(pids[i], NULL, 0);
    }
}

/* Reap process pid when it is an exited crash handler and our child. */
static void reap_if_crash_handler(long pid, pid_t me)
{
    char path[64], stat[512];
    long ppid;
    char state;
    snprintf(path, sizeof path, "/proc/%ld/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f) return;
    size_t n = fread(stat, 1, sizeof stat - 1, f);
    fclose(f);
    stat[n] = '\0';
    const char *close = strrchr(stat, ')');
    if (!close || !strstr(stat, "(chrome_crashpad")) return;
    if (sscanf(close + 2, "%c %ld", &state, &ppid) == 2 && state == 'Z' && ppid == me)
        waitpid((pid_t)pid, NULL, WNOHANG);
}

/* Chromium's crash handlers outlive their browser by a moment, re-parented
 * to us (subreaper), and only some are found by find_strays in time: reap
 * every exited one that is our child. Only those: other children of the
 * server are waited for by the code that started them. Our children are
 * read from our threads' children files (four times a second in every
 * server: all of /proc cost as much as the machine has processes), and
 * from all of /proc only where the kernel keeps no such files. */
static void reap_crash_handlers(void)
{
    pid_t me = getpid(), kids[1024];
    int k = proc_children(me, kids, (int)(sizeof kids / sizeof kids[0]));
    for (int i = 0; i < k; i++)
        reap_if_crash_handler(kids[i], me);
    if (k >= 0) return;
    DIR *d = opendir("/proc");
    struct dirent *e;
    if (!d) return;
    while ((e = readdir(d))) {
        long pid;
        if (util_parse_long(e->d_name, 2, 0x7fffffff, &pid) == 0) reap_if_crash_handler(pid, me);
    }
    closedir(d);
}

/* Kill the runner's processes, reap them, remove its folder, free. */
static void runner_destroy(runner *x)
{
    if (!x) return;
    if (x->pgid > 0 && x->dir[0] && x->nstrays == 0)
        x->nstrays = find_strays(x->dir, x->pgid, x->strays, 8);
    if (x->pgid > 0) kill(-x->pgid, SIGKILL);
    if (x->sandbox > 0 && !x->sandbox_reaped) {
        kill(x->sandbox, SIGKILL); /* in case it never joined the group */
        waitpid(x->sandbox, NULL, 0);
    }
    if (x->pgid > 0) {
        waitpid(x->pgid, NULL, 0);
        proc_group_wait(x->pgid, GROUP_WAIT_MS);
    }
    reap_strays(x->strays, x->nstrays);
    close_fd(&x->uid_lock); /* its processes are gone: the user is free */
    close_fd(&x->task_fd);
    close_fd(&x->out_fd);
    close_fd(&x->notes_fd);
    close_fd(&x->ctl_fd);
    proc_rm_tree(x->dir);
    script_framer_free(&x->frames);
    buf_free(&x->notes);
    free(x);
}

/* BAI_PROXIES: every proxy the operator configured, the only ones a
 * script's browser context may use. */
static char *proxy_list(void)
{
    int n;
    const char **all = proxy_all(&n);
    buf b = {0};
    buf_puts(&b, "BAI_PROXIES=");
    for (int i = 0; i < n; i++)
        buf_printf(&b, "%s ", all[i]);
    free(all);
    return buf_steal(&b);
}

static void free_vec(char **v)
{
    for (int i = 0; v && v[i]; i++)
        free(v[i]);
}

static int uid_take(script_pool *p, runner *x, char *err, size_t errlen);

/* Start a runner: a private folder, the broker, then the sandbox in the
 * broker's process group. NULL with err on failure. */
static runner *runner_spawn(script_pool *p, char *err, size_t errlen)
{
    const config *cfg = p->cfg;
    int ctl[2] = {-1, -1}, notes[2] = {-1, -1}, in[2] = {-1, -1}, out[2] = {-1, -1};
    int up[2] = {-1, -1}, down[2] = {-1, -1}; /* sandbox -> broker, broker -> sandbox */
    char *bargv[8] = {0}, *benv[12] = {0}, *sargv[12] = {0}, *senv[8] = {0};
    const char *path = getenv("PATH");
    runner *x = xcalloc(1, sizeof *x);
    int ok = 0;

    x->task_fd = x->out_fd = x->notes_fd = x->ctl_fd = x->uid_lock = -1;
    x->uid = (uid_t)-1;
    if (proc_tmpdir(NULL, "script", x->dir, sizeof x->dir) != 0) {
        snprintf(err, errlen, "cannot make a folder for the runner: %s", strerror(errno));
        x->dir[0] = '\0';
        goto out;
    }
    if (p->uid != (uid_t)-1 && uid_take(p, x, err, errlen) != 0) goto out;
    if (x->uid != (uid_t)-1 && chown(x->dir, x->uid, x->uid) < 0) {
        snprintf(err, errlen, "cannot hand %s to the runner's user: %s", x->dir, strerror(errno));
        goto out;
    }
    if (pipe2(ctl, O_CLOEXEC) < 0 || pipe2(notes, O_CLOEXEC) < 0 || pipe2(in, O_CLOEXEC) < 0 ||
        pipe2(out, O_CLOEXEC) < 0 || pipe2(up, O_CLOEXEC) < 0 || pipe2(down, O_CLOEXEC) < 0) {
        snprintf(err, errlen, "pipe: %s", strerror(errno));
        goto out;
    }
    path = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
    bargv[0] = xstrdup(p->node);
    bargv[1] = xstrdup("--max-old-space-size=256");
    bargv[2] = xasprintf("%s/broker.mjs", p->dir);
    benv[0] = xasprintf("PATH=%s", path);
    benv[1] = xasprintf("HOME=%s", x->dir);
    benv[2] = xasprintf("TMPDIR=%s", x->dir);
    benv[3] = xasprintf("BAI_DIR=%s", x->dir);
    benv[4] = xasprintf("BAI_ALLOW_PRIVATE=%d", cfg->allow_private ? 1 : 0);
    benv[5] = xasprintf("BAI_CHROMIUM=%s", cfg->chromium);
    benv[6] = proxy_list();
    benv[7] = xstrdup("LANG=C.UTF-8");
    benv[8] = xasprintf("BAI_ALLOW_ADDRESSES=%s", cfg->allow_addresses);
    benv[9] = xasprintf("BAI_LIMITS=%ld:%ld", cfg->download_max_bytes, cfg->browser_memory_mb);
    if (p->gate_env) benv[10] = xstrdup(p->gate_env);
    sargv[0] = xstrdup(p->node);
    sargv[1] = xstrdup("--experimental-permission");
    sargv[2] = xasprintf("--allow-fs-read=%s", p->dir);
    sargv[3] = xasprintf("--allow-fs-write=%s", x->dir);
    sargv[4] = xstrdup("--no-warnings");
    /* Without it V8 reserves 10 GiB per WebAssembly memory, which no
     * address-space limit would leave room for. */
    sargv[5] = xstrdup("--disable-wasm-trap-handler");
    sargv[6] = xasprintf("--max-old-space-size=%ld", cfg->script_memory / 2);
    sargv[7] = xasprintf("%s/runner.mjs", p->dir);
    senv[0] = xasprintf("PATH=%s", path);
    senv[1] = xasprintf("HOME=%s", x->dir);
    senv[2] = xasprintf("TMPDIR=%s", x->dir);
    senv[3] = xasprintf("BAI_DIR=%s", x->dir);
    senv[4] = xstrdup("LANG=C.UTF-8");

    /* Each runner is a user of its own (a group of the same number), its
     * fds 0-2 its own (its stderr goes nowhere: a script must not write
     * into the server's log). The broker and its Chromium live in a
     * network namespace whose only interface is a loopback where the
     * broker bridges to the egress gate's unix socket; the sandbox in an
     * empty one. */
    proc_spec broker = {.argv = bargv,
                        .envp = benv,
                        .fds = {ctl[0], notes[1], -1, up[0], down[1]},
                        .netns = p->netns ? PROC_NETNS_LOOPBACK : 0,
                        .uid = x->uid,
                        .gid = x->uid,
                        .no_core = 1,
                        .dir = x->dir};
    x->pgid = proc_spawn(&broker, "script runner's broker", err, errlen);
    if (x->pgid < 0) {
        x->pgid = 0;
        goto out;
    }
    proc_spec sandbox = {.argv = sargv,
                         .envp = senv,
                         .fds = {in[0], out[1], -1, down[0], up[1]},
                         .pgid = x->pgid,
                         .netns = p->netns ? PROC_NETNS_EMPTY : 0,
                         .uid = x->uid,
                         .gid = x->uid,
                         .no_core = 1,
                         .dir = x->dir,
                         .as = (rlim_t)(cfg->script_memory + 1024) << 20,
                         .cpu = (rlim_t)cfg->task_timeout_max + 60};
    x->sandbox = proc_spawn(&sandbox, "script runner's sandbox", err, errlen);
    if (x->sandbox < 0) {
        x->sandbox = 0;
        goto out;
    }
    x->ctl_fd = ctl[1];
    x->notes_fd = notes[0];
    x->task_fd = in[1];
    x->out_fd = out[0];
    ctl[1] = notes[0] = in[1] = out[0] = -1;
    fcntl(x->task_fd, F_SETFL, O_NONBLOCK);
    x->born = util_mono_ms();
    ok = 1;
out:
    for (int i = 0; i < 2; i++) {
        close_fd(&ctl[i]);
        close_fd(&notes[i]);
        close_fd(&in[i]);
        close_fd(&out[i]);
        close_fd(&up[i]);
        close_fd(&down[i]);
    }
    free_vec(bargv);
    free_vec(benv);
    free_vec(sargv);
    free_vec(senv);
    if (!ok) {
        runner_destroy(x);
        return NULL;
    }
    return x;
}

/* Read what the broker wrote; call on_note for each whole line (a JSON
 * object). Returns 0, or -1 at EOF. */
static int read_notes(runner *x, void (*on_note)(void *ud, json_t *note), void *ud)
{
    char chunk[4096];
    ssize_t n = read(x->notes_fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return 0;
    if (n <= 0) return -1;
    buf_append(&x->notes, chunk, (size_t)n);
    char *nl;
    while (x->notes.s && (nl = memchr(x->notes.s, '\n', x->notes.len))) {
        json_t *note = json_loadb(x->notes.s, (size_t)(nl - x->notes.s), 0, NULL);
        if (note) on_note(ud, note);
        json_decref(note);
        size_t rest = x->notes.len - (size_t)(nl + 1 - x->notes.s);
        memmove(x->notes.s, nl + 1, rest);
        x->notes.len = rest;
    }
    if (x->notes.len > NOTE_MAX) buf_reset(&x->notes); /* a runaway line: drop it */
    return 0;
}

/* Read what the sandbox wrote into x->frames. Returns 0, or -1 at EOF. */
static int read_frames(runner *x)
{
    char *chunk = xmalloc(READ_CHUNK);
    ssize_t n = read(x->out_fd, chunk, READ_CHUNK);
    if (n > 0) script_framer_feed(&x->frames, chunk, (size_t)n);
    free(chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return 0;
    return n <= 0 ? -1 : 0;
}

static const char *frame_type(json_t *f)
{
    const char *t = json_string_value(json_object_get(f, "type"));
    return t ? t : "";
}

/* ---- the pool thread ---------------------------------------------------------- */

static void wake(script_pool *p)
{
    char c = 1;
    if (write(p->wake[1], &c, 1) < 0) { /* full: it is awake anyway */
    }
}

static void push_back(runner **list, runner *x)
{
    x->next = NULL;
    while (*list)
        list = &(*list)->next;
    *list = x;
}

/* A start-up was too slow: the runner was alive but not ready within
 * warmup_ms. On a loaded machine (a start took 20-60 s with the test suite
 * on 2 cores) that is the load, not a broken install: the waiting tasks keep
 * waiting, bounded by their own timeouts, rather than failing at once as
 * after a start-up that died, and the next start gets twice the time, up to
 * WARMUP_MAX_MS. A runner that became ready halves it again. */
static void slow_locked(script_pool *p, const char *why)
{
    util_strlcpy(p->last_err, why, sizeof p->last_err);
    int64_t was = p->warmup_ms;
    p->warmup_ms = was * 2 > WARMUP_MAX_MS ? WARMUP_MAX_MS : was * 2;
    fprintf(stderr,
            "browserai: a script runner was not ready within %d s (a loaded machine?): the next "
            "start may take %d s\n",
            (int)(was / 1000), (int)(p->warmup_ms / 1000));
    pthread_cond_broadcast(&p->cond);
}

/* A start-up failed: remember why, back off, let waiting tasks know. */
static void failed_locked(script_pool *p, const char *why)
{
    p->fails++;
    util_strlcpy(p->last_err, why, sizeof p->last_err);
    int64_t backoff = 500LL << (p->fails > 5 ? 5 : p->fails - 1);
    p->next_spawn = util_mono_ms() + (backoff > 10000 ? 10000 : backoff);
    pthread_cond_broadcast(&p->cond);
}

static void on_warmup_note(void *ud, json_t *note)
{
    runner *x = ud;
    if (!strcmp(frame_type(note), "error"))
        snprintf(x->err, sizeof x->err, "%s", json_string_value(json_object_get(note, "text")));
}

/* A warming runner's fds had news: 1 when it became ready, -1 when it died,
 * 0 otherwise. */
static int warmup_news(runner *x, short out_ev, short notes_ev)
{
    if (notes_ev && x->notes_fd >= 0 && read_notes(x, on_warmup_note, x) < 0)
        close_fd(&x->notes_fd);
    if (!out_ev) return 0;
    if (read_frames(x) < 0) return -1;
    char *body;
    size_t len;
    int rc, ready = 0;
    while ((rc = script_framer_next(&x->frames, &body, &len)) == 1) {
        json_t *f = json_loadb(body, len, 0, NULL);
        ready |= f && !strcmp(frame_type(f), "ready");
        json_decref(f);
        free(body);
    }
    return rc < 0 ? -1 : ready;
}

static void died_warming_locked(script_pool *p, runner *x)
{
    char why[700];
    int st = 0;
    if (x->sandbox > 0 && waitpid(x->sandbox, &st, WNOHANG) == x->sandbox) {
        x->sandbox_reaped = 1;
        if (WIFEXITED(st))
            snprintf(why, sizeof why, "the runner stopped while starting (exit status %d)%s%s",
                     WEXITSTATUS(st), x->err[0] ? ": " : "", x->err);
        else
            snprintf(why, sizeof why, "the runner stopped while starting (signal %d)%s%s",
                     WTERMSIG(st), x->err[0] ? ": " : "", x->err);
    } else {
        snprintf(why, sizeof why, "the runner stopped while starting%s%s", x->err[0] ? ": " : "",
                 x->err);
    }
    if (x->slow)
        slow_locked(p, why);
    else
        failed_locked(p, why);
    push_back(&p->spent, x);
}

/* One round of the pool thread with p->mu held: start a runner when fewer
 * are started than wanted, reap spent ones, or wait for news. */
static void pool_round_locked(script_pool *p)
{
    int64_t now = util_mono_ms();
    /* An idle runner holds a Node and a Chromium (~150 MiB): keep them
     * ready only while script tasks come in, and retire them when those
     * stop, so a server running crawler tasks alone pays nothing for
     * scripts. The first script task after a quiet spell waits for a cold
     * start (about a second). */
    int warm = p->warm_ms < 0 || (p->last_demand && now - p->last_demand < p->warm_ms);
    int target = warm && p->want > p->waiting ? p->want : p->waiting;
    if (p->nready > target && !p->waiting) {
        runner *x = p->ready;
        p->ready = x->next;
        p->nready--;
        push_back(&p->spent, x);
    }
    if (p->nwarming + p->nready < target && now >= p->next_spawn) {
        char err[512];
        pthread_mutex_unlock(&p->mu);
        runner *x = runner_spawn(p, err, sizeof err);
        pthread_mutex_lock(&p->mu);
        if (x) {
            push_back(&p->warming, x);
            p->nwarming++;
        } else {
            failed_locked(p, err);
        }
        return;
    }
    runner *spent = p->spent;
    p->spent = NULL;
    if (spent) {
        pthread_mutex_unlock(&p->mu);
        while (spent) {
            runner *next = spent->next;
            runner_destroy(spent);
            spent = next;
        }
        pthread_mutex_lock(&p->mu);
        return;
    }
    struct pollfd *pf = xcalloc((size_t)(1 + 2 * p->nwarming), sizeof *pf);
    int n = 1, timeout = 500;
    pf[0] = (struct pollfd){.fd = p->wake[0], .events = POLLIN};
    for (runner *x = p->warming; x; x = x->next) {
        pf[n++] = (struct pollfd){.fd = x->out_fd, .events = POLLIN};
        pf[n++] = (struct pollfd){.fd = x->notes_fd, .events = POLLIN};
    }
    if (p->nwarming + p->nready < target && p->next_spawn - now < timeout)
        timeout = (int)(p->next_spawn - now) + 1;
    pthread_mutex_unlock(&p->mu);
    if (poll(pf, (nfds_t)n, timeout) > 0 && pf[0].revents) {
        char drain[64];
        while (read(p->wake[0], drain, sizeof drain) > 0)
            ;
    }
    pthread_mutex_lock(&p->mu);
    now = util_mono_ms();
    /* Only this thread changes the warming list, so pf still matches it. */
    runner **link = &p->warming;
    for (int i = 1; *link; i += 2) {
        runner *x = *link;
        int rc = warmup_news(x, pf[i].revents, pf[i + 1].revents);
        if (rc == 0 && now - x->born > p->warmup_ms) {
            snprintf(x->err, sizeof x->err, "not ready within %d s", (int)(p->warmup_ms / 1000));
            x->slow = 1;
            rc = -1;
        }
        if (rc == 0) {
            link = &x->next;
            continue;
        }
        *link = x->next;
        p->nwarming--;
        if (rc > 0) {
            /* Its crash handler runs by now: note it while it names the folder. */
            x->nstrays = find_strays(x->dir, x->pgid, x->strays, 8);
            push_back(&p->ready, x);
            p->nready++;
            p->fails = 0;
            if (p->warmup_ms / 2 >= p->cfg->script_start * 1000) p->warmup_ms /= 2;
            pthread_cond_broadcast(&p->cond);
        } else {
            died_warming_locked(p, x);
        }
    }
    free(pf);
}

static void *pool_main(void *arg)
{
    script_pool *p = arg;
    int64_t next_sweep = 0;
    pthread_mutex_lock(&p->mu);
    while (!p->stopping) {
        pool_round_locked(p);
        if (util_mono_ms() >= next_sweep) {
            pthread_mutex_unlock(&p->mu);
            reap_crash_handlers();
            pthread_mutex_lock(&p->mu);
            next_sweep = util_mono_ms() + 250;
        }
    }
    runner *all[] = {p->warming, p->ready, p->spent};
    p->warming = p->ready = p->spent = NULL;
    pthread_mutex_unlock(&p->mu);
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        while (all[i]) {
            runner *next = all[i]->next;
            runner_destroy(all[i]);
            all[i] = next;
        }
    for (int i = 0; i < 20; i++) { /* the last ones' crash handlers */
        reap_crash_handlers();
        util_sleep_ms(10);
    }
    return NULL;
}

/* ---- start and stop ------------------------------------------------------------ */

static int file_exists(const char *dir, const char *name)
{
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return access(path, R_OK) == 0;
}

/* Where runner/ is: the setting, else beside the binary's build/ folder,
 * else ./runner. */
static int find_runner_dir(script_pool *p)
{
    char exe[PATH_MAX], guess[PATH_MAX + 32];
    const char *want = p->cfg->runner_dir;
    if (!*want) {
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[n > 0 ? n : 0] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) *slash = '\0';
        snprintf(guess, sizeof guess, "%s/../runner", exe);
        want = access(guess, F_OK) == 0 ? guess : "runner";
    }
    if (!realpath(want, p->dir)) {
        snprintf(p->broken, sizeof p->broken,
                 "the script runner is not at %s (BROWSERAI_RUNNER_DIR)", want);
        return -1;
    }
    if (!file_exists(p->dir, "runner.mjs") || !file_exists(p->dir, "broker.mjs")) {
        snprintf(p->broken, sizeof p->broken, "%s holds no runner.mjs and broker.mjs", p->dir);
        return -1;
    }
    if (!file_exists(p->dir, "node_modules/playwright-core/package.json") ||
        !file_exists(p->dir, "node_modules/sucrase/package.json")) {
        snprintf(
            p->broken, sizeof p->broken,
            "the script runner's packages are not installed (run `make deps`, or npm ci in %s)",
            p->dir);
        return -1;
    }
    return 0;
}

/* Whether uid:gid can read path (a forked child becomes them and tries). */
static int readable_as(uid_t uid, gid_t gid, const char *path)
{
    pid_t pid = fork();
    if (pid == 0) {
        if (setgroups(0, NULL) != 0 || setgid(gid) != 0 || setuid(uid) != 0) _exit(1);
        _exit(access(path, R_OK) == 0 ? 0 : 1);
    }
    int st = 0;
    return pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

/* nftw() gives no user pointer: the copy in progress (pool start only, one
 * thread). */
static const char *copy_from, *copy_to;

static int copy_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    char dst[PATH_MAX * 2];
    snprintf(dst, sizeof dst, "%s%s", copy_to, path + strlen(copy_from));
    if (flag == FTW_D) return mkdir(dst, 0755) == 0 || errno == EEXIST ? 0 : -1;
    if (flag == FTW_SL) {
        char target[PATH_MAX];
        ssize_t n = readlink(path, target, sizeof target - 1);
        if (n < 0) return -1;
        target[n] = '\0';
        return symlink(target, dst) == 0 ? 0 : -1;
    }
    if (flag != FTW_F || !S_ISREG(sb->st_mode)) return 0;
    int in = open(path, O_RDONLY | O_CLOEXEC), rc = -1;
    int out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    char b[65536];
    ssize_t n;
    if (in >= 0 && out >= 0) {
        while ((n = read(in, b, sizeof b)) > 0)
            if (write(out, b, (size_t)n) != n) break;
        rc = n == 0 ? 0 : -1;
    }
    if (in >= 0) close(in);
    if (out >= 0 && close(out) != 0) rc = -1;
    return rc;
}

/* Runners run as another user (root's own files are no business of a
 * script). When that user cannot read runner/ (a checkout in /root, or in a
 * private temporary folder), they get a copy of it in a folder of their
 * own reach, removed at stop. 0, or -1 with p->broken. */
static int reachable_runner(script_pool *p)
{
    char probe[PATH_MAX + 32];
    snprintf(probe, sizeof probe, "%s/runner.mjs", p->dir);
    if (p->uid == (uid_t)-1 || readable_as(p->uid, p->gid, probe)) return 0;
    char tmpl[PATH_MAX];
    if (proc_tmpdir("/tmp", "runner", tmpl, sizeof tmpl) != 0 || chmod(tmpl, 0755) != 0) {
        snprintf(p->broken, sizeof p->broken, "cannot make a folder for the runner: %s",
                 strerror(errno));
        return -1;
    }
    copy_from = p->dir;
    copy_to = tmpl;
    mode_t old = umask(022);
    int rc = nftw(p->dir, copy_entry, 16, FTW_PHYS);
    umask(old);
    util_strlcpy(p->copy, tmpl, sizeof p->copy);
    if (rc != 0) {
        snprintf(p->broken, sizeof p->broken, "cannot copy the runner from %s to %s", p->dir, tmpl);
        return -1;
    }
    fprintf(stderr,
            "browserai: script runners run as uid %d, which cannot read %s; using a copy in %s\n",
            (int)p->uid, p->dir, tmpl);
    util_strlcpy(p->dir, tmpl, sizeof p->dir);
    return 0;
}

static int find_node(script_pool *p)
{
    const char *node = p->cfg->node;
    if (strchr(node, '/')) {
        if (access(node, X_OK) == 0 && realpath(node, p->node)) return 0;
    } else {
        const char *path = getenv("PATH");
        path = path && *path ? path : "/usr/local/bin:/usr/bin:/bin";
        while (*path) {
            size_t n = strcspn(path, ":");
            char cand[PATH_MAX + 64];
            snprintf(cand, sizeof cand, "%.*s/%s", (int)n, path, node);
            if (n > 0 && access(cand, X_OK) == 0 && realpath(cand, p->node)) return 0;
            path += n + (path[n] == ':');
        }
    }
    snprintf(p->broken, sizeof p->broken, "Node.js (%s) was not found (BROWSERAI_NODE)", node);
    return -1;
}

/* ---- runner users ------------------------------------------------------------
 *
 * As root, each runner runs as a user of its own from BROWSERAI_SCRIPT_UIDS:
 * one no account owns, no process runs as, and no other runner holds -- of
 * this server or of another on the machine, as the uid is held with a lock
 * file (flock) in PROC_UID_LOCK_DIR for the runner's life. So a script that left
 * its sandbox cannot signal, trace or read another task's runner, nor the
 * server. A server that is not root cannot do that (nor make network
 * namespaces) and refuses script tasks. */

int script_parse_uids(const char *text, uid_t *lo, uid_t *hi)
{
    char a[16], b[16];
    long l, h;
    const char *dash = text ? strchr(text, '-') : NULL;
    if (!dash || (size_t)(dash - text) >= sizeof a || strlen(dash + 1) >= sizeof b) return -1;
    memcpy(a, text, (size_t)(dash - text));
    a[dash - text] = '\0';
    snprintf(b, sizeof b, "%s", dash + 1);
    /* Never root, never the nobody/overflow ids, at most 2^20 users. */
    if (util_parse_long(a, 1, 65533, &l) != 0 || util_parse_long(b, l, 65533, &h) != 0 ||
        h - l > (1L << 20))
        return -1;
    *lo = (uid_t)l;
    *hi = (uid_t)h;
    return 0;
}

void script_uid_range(const config *cfg, uid_t *lo, uid_t *hi)
{
    *lo = 1;
    *hi = 0;
    if (geteuid() != 0 || script_parse_uids(cfg->script_uids, lo, hi) != 0) {
        *lo = 1;
        *hi = 0;
    }
}

/* Give x a user of the range, locked for its life (util/proc.c: the same
 * locks keep the crawler's browsers and the runners apart). 0, or -1 with
 * err. */
static int uid_take(script_pool *p, runner *x, char *err, size_t errlen)
{
    char why[256];
    if (proc_uid_take(p->uid_lo, p->uid_hi, &x->uid, &x->uid_lock, why, sizeof why) == 0) return 0;
    snprintf(err, errlen, "BROWSERAI_SCRIPT_UIDS: %s", why);
    return -1;
}

/* The users runners run as, and whether network namespaces can be made (a
 * forked probe tries). 0, or -1 with p->broken: scripts cannot be isolated
 * here. */
static int find_identity(script_pool *p)
{
    struct stat sb;
    p->uid = (uid_t)-1;
    p->gid = (gid_t)-1;
    if (geteuid() != 0) {
        snprintf(p->broken, sizeof p->broken,
                 "the server does not run as root, so it cannot run each script as a user of its "
                 "own in a network namespace of its own, and it will not run scripts as itself "
                 "(see docs/security.md)");
        return -1;
    }
    if (script_parse_uids(p->cfg->script_uids, &p->uid_lo, &p->uid_hi) != 0) {
        snprintf(p->broken, sizeof p->broken,
                 "BROWSERAI_SCRIPT_UIDS must be a range of users like 60000-60999, not \"%s\"",
                 p->cfg->script_uids);
        return -1;
    }
    /* The probe of readability (reachable_runner) stands for every user of
     * the range: none is an account, none is in a group. */
    p->uid = p->uid_lo;
    p->gid = p->uid_lo;
    if ((mkdir(PROC_UID_LOCK_DIR, 0700) != 0 && errno != EEXIST) ||
        lstat(PROC_UID_LOCK_DIR, &sb) != 0 || !S_ISDIR(sb.st_mode) || sb.st_uid != 0 ||
        (sb.st_mode & 022)) {
        snprintf(p->broken, sizeof p->broken, "cannot use %s for the runners' user locks",
                 PROC_UID_LOCK_DIR);
        return -1;
    }
    pid_t pid = fork();
    if (pid == 0) _exit(unshare(CLONE_NEWNET) == 0 ? 0 : 1);
    int st = 0;
    p->netns = pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0;
    if (!p->netns)
        fprintf(stderr, "browserai: script runners get no network namespace of their own here "
                        "(unshare failed): their browsers go out through the egress gate, but a "
                        "browser exploit could reach this machine's loopback services\n");
    return 0;
}

/* BAI_GATE: the egress gate's unix socket of each route out, as JSON
 * ({"": direct, "<operator proxy>": through it}), for the broker's bridges;
 * NULL without a gate. */
static char *gate_env(struct gate *g)
{
    if (!g || !gate_socket_path(g, NULL)) return NULL;
    int n;
    const char **all = proxy_all(&n);
    json_t *routes = json_object();
    json_object_set_new(routes, "", json_string(gate_socket_path(g, NULL)));
    for (int i = 0; i < n; i++) {
        const char *path = gate_socket_path(g, all[i]);
        if (path) json_object_set_new(routes, all[i], json_string(path));
    }
    free(all);
    char *text = json_dumps(routes, JSON_COMPACT);
    char *env = xasprintf("BAI_GATE=%s", text);
    free(text);
    json_decref(routes);
    return env;
}

script_pool *script_pool_start(const config *cfg, struct gate *g)
{
    script_pool *p = xcalloc(1, sizeof *p);
    p->cfg = cfg;
    p->gate_env = gate_env(g);
    p->want = (int)cfg->script_runners;
    p->warm_ms = cfg->script_warm < 0 ? -1 : cfg->script_warm * 1000;
    p->warmup_ms = cfg->script_start * 1000;
    p->wake[0] = p->wake[1] = -1;
    pthread_mutex_init(&p->mu, NULL);
    util_cond_init(&p->cond); /* pool_take's timed wait */
    /* Isolation first: without it no runner would be used, wherever it is
     * (and a server as another user may not even read the checkout). */
    if (find_identity(p) != 0) return p;
    if (find_runner_dir(p) != 0 || find_node(p) != 0) return p;
    if (reachable_runner(p) != 0) return p;
    if (pipe2(p->wake, O_CLOEXEC | O_NONBLOCK) < 0) {
        snprintf(p->broken, sizeof p->broken, "pipe: %s", strerror(errno));
        return p;
    }
    /* Chromium's helpers outlive a killed runner by a moment: as subreaper
     * we reap them instead of leaving zombies to a pid 1 that may not. */
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    if (pthread_create(&p->thread, NULL, pool_main, p) != 0) {
        snprintf(p->broken, sizeof p->broken, "cannot start the script runner thread");
        return p;
    }
    p->started = 1;
    return p;
}

void script_pool_stop(script_pool *p)
{
    if (!p) return;
    if (p->started) {
        pthread_mutex_lock(&p->mu);
        p->stopping = 1;
        pthread_cond_broadcast(&p->cond);
        pthread_mutex_unlock(&p->mu);
        wake(p);
        pthread_join(p->thread, NULL);
    }
    close_fd(&p->wake[0]);
    close_fd(&p->wake[1]);
    proc_rm_tree(p->copy);
    free(p->gate_env);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cond);
    free(p);
}

/* Wait for a ready runner for task r (until its deadline or a stop).
 * Returns 0 with *out, 1 when the task was stopped, -1 with err. */
static int pool_take(script_pool *p, run *r, runner **out, char *err, size_t errlen)
{
    int rc;
    pthread_mutex_lock(&p->mu);
    p->waiting++;
    p->last_demand = util_mono_ms();
    wake(p);
    for (;;) {
        if (p->ready) {
            *out = p->ready;
            p->ready = p->ready->next;
            p->nready--;
            rc = 0;
            break;
        }
        if (p->stopping) {
            snprintf(err, errlen, "this node is stopping");
            rc = -1;
            break;
        }
        if (p->fails >= 2) {
            snprintf(err, errlen, "could not start a script runner: %s", p->last_err);
            rc = -1;
            break;
        }
        pthread_mutex_unlock(&p->mu);
        rc = run_stopped(r) != ABORT_NONE;
        pthread_mutex_lock(&p->mu);
        if (rc) break;
        struct timespec ts = util_deadline_ts(100);
        pthread_cond_timedwait(&p->cond, &p->mu, &ts);
    }
    p->waiting--;
    pthread_mutex_unlock(&p->mu);
    wake(p); /* a replacement, now */
    return rc;
}

/* A runner is done with (its task ended or it failed): to the pool thread,
 * which kills, reaps and removes it. */
static void pool_give(script_pool *p, runner *x)
{
    if (!x) return;
    kill(-x->pgid, SIGKILL); /* at once: no more page activity */
    pthread_mutex_lock(&p->mu);
    p->last_demand = util_mono_ms(); /* warm for warm_ms after a task's end */
    push_back(&p->spent, x);
    pthread_mutex_unlock(&p->mu);
    wake(p);
}

/* ---- one task --------------------------------------------------------------------- */

typedef struct conv {
    run *r;
    runner *x;
    json_t *steps; /* source text of each instruction */
    int n;
    int cur;       /* the step running now; -1 before the first */
    int64_t t0;    /* wall ms the current step started */
    int results;   /* rows recorded (history_index of the next) */
    json_t *state; /* the page after the last step */
    char *last;    /* the last step's result, JSON text */
    int refusals;
    char refused[700]; /* the last request the browser refused, and why */
    int done, ok;
    int lost_row; /* the store refused a result row: the task fails */
    int broke;    /* the runner broke a limit (c->err): it is killed */
    /* What the runner sent so far, against its limits (script.h). */
    long log_lines;
    size_t log_bytes, out_bytes;
    char err[2048]; /* why the task failed */
} conv;

/* "... (refused: ...)" when the error came from a request the browser
 * refused, whose reason only the broker knows. */
static void with_refusal(conv *c, const char *text, char *out, size_t outlen)
{
    if (c->refused[0] && strstr(text, "ERR_BLOCKED_BY_CLIENT"))
        snprintf(out, outlen, "%s (%s)", text, c->refused);
    else
        snprintf(out, outlen, "%s", text);
}

/* Screenshot, HTML and console of a result frame, as artifacts. */
static void put_artifacts(run *r, json_t *f, store_result *res)
{
    const char *png64 = json_string_value(json_object_get(f, "screenshot"));
    const char *html = json_string_value(json_object_get(f, "html"));
    json_t *console = json_object_get(f, "console");
    unsigned char *png = NULL;
    size_t len = 0;
    if (png64 && util_base64_decode(png64, strlen(png64), &png, &len) == 0)
        res->screenshot_id = run_artifact_put(r, "image/png", png, len);
    free(png);
    if (html) res->html_id = run_artifact_put(r, "text/html; charset=utf-8", html, strlen(html));
    if (json_is_array(console)) {
        /* The same entries as a crawler task's: type, text, ts. */
        size_t i;
        json_t *e;
        json_array_foreach(console, i, e) json_object_del(e, "source");
        char *text = json_dumps(console, JSON_COMPACT);
        if (text) res->console_id = run_artifact_put(r, "application/json", text, strlen(text));
        free(text);
    }
}

/* Store the result row of step c->results: from the runner's result frame
 * f, or, when f is NULL, a row saying why the step stopped (error). A row
 * the store refused fails the task (c->err, c->lost_row). */
static void record(conv *c, json_t *f, const char *error)
{
    run *r = c->r;
    char msg[2048];
    const char *result = f ? json_string_value(json_object_get(f, "result")) : NULL;
    if (f && !error) error = json_string_value(json_object_get(f, "error"));
    if (error) with_refusal(c, error, msg, sizeof msg);
    store_result res = {.result = NULL};
    json_t *mo = json_pack("{s:s, s:i, s:s}", "action", "script", "instruction", c->results + 1,
                           "language", "typescript");
    res.model_output = json_dumps(mo, JSON_COMPACT);
    json_decref(mo);
    res.result = error ? NULL : xstrdup(result ? result : "null");
    json_t *state = f ? json_object_get(f, "state") : NULL;
    if (json_is_object(state)) {
        json_decref(c->state);
        c->state = json_incref(state);
    }
    res.state = c->state ? json_dumps(c->state, JSON_COMPACT) : xstrdup("{}");
    if (f) put_artifacts(r, f, &res);
    if (!error) {
        free(c->last);
        c->last = xstrdup(res.result);
    }
    if (run_row_put(r, &res, c->results, c->t0, error ? msg : NULL, c->err, sizeof c->err) != 0)
        c->lost_row = 1;
    c->results++;
}

/* The first line of step i's code, for progress phrases. */
static char *first_line(conv *c, int i)
{
    const char *src = json_string_value(json_array_get(c->steps, (size_t)i));
    src = src ? src : "";
    while (*src == ' ' || *src == '\t' || *src == '\n' || *src == '\r')
        src++;
    size_t n = strcspn(src, "\r\n");
    if (n > 80) return xasprintf("%.77s...", src);
    return xstrndup(src, n);
}

static size_t str_len(json_t *f, const char *key)
{
    json_t *v = json_object_get(f, key);
    return json_is_string(v) ? json_string_length(v) : 0;
}

/* A runner runs code that may have escaped its sandbox and writes frames
 * of its own: the server trusts none of their counts or sizes. 1 when f
 * breaks a limit (c->err says which). */
static int over_limit(conv *c, json_t *f, const char *type)
{
    const char *why = NULL;
    if (!strcmp(type, "log")) {
        c->log_bytes += str_len(f, "text");
        if (++c->log_lines > SCRIPT_LOG_LINES)
            why = "more log lines than a task may write";
        else if (c->log_bytes > SCRIPT_LOG_BYTES)
            why = "more log text than a task may write";
    } else if (!strcmp(type, "step")) {
        json_t *i = json_object_get(f, "index");
        if (!json_is_integer(i) || json_integer_value(i) < 0 || json_integer_value(i) >= c->n)
            why = "a step that is not one of the task's instructions";
    } else if (!strcmp(type, "result")) {
        size_t result = str_len(f, "result");
        c->out_bytes += result + str_len(f, "screenshot") + str_len(f, "html");
        json_t *console = json_object_get(f, "console");
        if (c->results >= c->n)
            why = "more results than the task has instructions";
        else if (c->cur < 0)
            why = "a result for no step";
        else if (result > SCRIPT_RESULT_BYTES)
            why = "a result larger than a step may return";
        else if (json_is_array(console) && json_array_size(console) > SCRIPT_CONSOLE_ENTRIES)
            why = "more console entries than a step may keep";
        else if (c->out_bytes > SCRIPT_OUTPUT_BYTES)
            why = "more results and artifacts than a task may keep";
    }
    if (!why) return 0;
    snprintf(c->err, sizeof c->err, "the script's runner sent %s; it was stopped", why);
    return 1;
}

/* Act on one frame of the runner. 0, or -1 when it broke a limit. */
static int on_frame(conv *c, json_t *f)
{
    run *r = c->r;
    const char *type = frame_type(f);
    if (over_limit(c, f, type)) return -1;
    if (!strcmp(type, "log")) {
        const char *text = json_string_value(json_object_get(f, "text"));
        run_log(r, "%s", text ? text : "");
    } else if (!strcmp(type, "step")) {
        c->cur = (int)json_integer_value(json_object_get(f, "index"));
        c->t0 = util_now_ms();
        char *line = first_line(c, c->cur);
        char *phrase = xasprintf("step %d/%d: %s", c->cur + 1, c->n, line);
        run_progress(r, phrase);
        free(phrase);
        free(line);
    } else if (!strcmp(type, "result")) {
        record(c, f, NULL);
        c->cur = -1;
    } else if (!strcmp(type, "done")) {
        c->done = 1;
        c->ok = json_is_true(json_object_get(f, "ok"));
        const char *error = json_string_value(json_object_get(f, "error"));
        if (!c->ok) with_refusal(c, error ? error : "the script failed", c->err, sizeof c->err);
    }
    return 0;
}

static void on_note(void *ud, json_t *note)
{
    conv *c = ud;
    if (strcmp(frame_type(note), "refused") != 0) return;
    const char *url = json_string_value(json_object_get(note, "url"));
    const char *why = json_string_value(json_object_get(note, "reason"));
    snprintf(c->refused, sizeof c->refused, "%s", why ? why : "refused");
    if (++c->refusals <= REFUSALS_LOGGED)
        run_log(c->r, "the browser refused a request to %.300s: %s", url ? url : "?", c->refused);
}

/* Why the runner's sandbox died, into c->err. */
static void died(conv *c)
{
    runner *x = c->x;
    int st = 0;
    pid_t got = 0;
    for (int i = 0; i < 100 && got == 0; i++) {
        got = waitpid(x->sandbox, &st, WNOHANG);
        if (got == 0) util_sleep_ms(10);
    }
    if (got != x->sandbox) {
        snprintf(c->err, sizeof c->err, "the script's runner stopped answering");
        return;
    }
    x->sandbox_reaped = 1;
    if (WIFEXITED(st)) {
        snprintf(c->err, sizeof c->err, "the script's runner exited (status %d)", WEXITSTATUS(st));
        return;
    }
    int sig = WTERMSIG(st);
    if (sig == SIGXCPU)
        snprintf(c->err, sizeof c->err, "the script used more than %ld s of CPU time",
                 c->r->env->cfg->task_timeout_max + 60);
    else if (sig == SIGABRT || sig == SIGTRAP || sig == SIGILL || sig == SIGSEGV || sig == SIGBUS)
        snprintf(c->err, sizeof c->err,
                 "the script's runner crashed (signal %d), most likely out of memory "
                 "(a script may use %ld MiB)",
                 sig, c->r->env->cfg->script_memory);
    else
        snprintf(c->err, sizeof c->err, "the script's runner was killed (signal %d)", sig);
}

/* Send the task frame, waiting at most until the task's deadline. */
static int send_task(conv *c, const unsigned char *frame, size_t len)
{
    size_t off = 0;
    while (off < len) {
        ssize_t n = write(c->x->task_fd, frame + off, len - off);
        if (n > 0) {
            off += (size_t)n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EINTR) return -1;
        struct pollfd pf = {.fd = c->x->task_fd, .events = POLLOUT};
        if (run_stopped(c->r) != ABORT_NONE) return -1;
        poll(&pf, 1, run_time_left(c->r, 200));
    }
    return 0;
}

/* Read the runner's frames and notes until its "done", its death or an
 * abort. Returns 0 (c->done), 1 (aborted), -1 (c->err). */
static int talk(conv *c)
{
    run *r = c->r;
    runner *x = c->x;
    for (;;) {
        if (run_stopped(r) != ABORT_NONE) return 1;
        if (run_time_left(r, 2) < 2) {
            run_stop(r, ABORT_TIMEOUT);
            continue;
        }
        struct pollfd pf[2] = {{.fd = x->out_fd, .events = POLLIN},
                               {.fd = x->notes_fd, .events = POLLIN}};
        if (poll(pf, 2, run_time_left(r, 200)) <= 0) continue;
        if (pf[1].revents && read_notes(x, on_note, c) < 0) close_fd(&x->notes_fd);
        if (!pf[0].revents) continue;
        int eof = read_frames(x) < 0;
        char *body;
        size_t len;
        int rc;
        while ((rc = script_framer_next(&x->frames, &body, &len)) == 1) {
            json_t *f = json_loadb(body, len, 0, NULL);
            free(body);
            if (f && on_frame(c, f) != 0) c->broke = 1;
            json_decref(f);
            if (c->lost_row || c->broke) return -1;
            if (c->done) return 0;
        }
        if (rc < 0) {
            snprintf(c->err, sizeof c->err, "the script's runner sent a message over %u MiB",
                     SCRIPT_FRAME_MAX >> 20);
            return -1;
        }
        if (eof) {
            /* A read of the notes may tell why (a refused request). */
            while (x->notes_fd >= 0 && read_notes(x, on_note, c) == 0) {
                struct pollfd np = {.fd = x->notes_fd, .events = POLLIN};
                if (poll(&np, 1, 0) <= 0) break;
            }
            if (run_stopped(r) != ABORT_NONE) return 1;
            died(c);
            return -1;
        }
    }
}

/* The task frame: the instructions, the place, the input object. */
static unsigned char *task_frame(conv *c, size_t *len)
{
    store_task *t = c->r->t;
    json_t *geo = json_loads(t->geo ? t->geo : "{}", 0, NULL);
    if (!geo) geo = json_object();
    geo_place p;
    run_place(c->r, &p);
    const char *proxy = run_proxy(c->r);
    if (proxy) run_log(c->r, "traffic goes through the proxy configured for this country");
    json_t *task = json_pack("{s:s, s:O, s:b, s:{s:s, s:s, s:f, s:f}, s:{s:O, s:s}}", "type",
                             "task", "steps", c->steps, "inspect", t->inspect, "place", "timezone",
                             p.timezone, "locale", p.locale, "latitude", p.lat, "longitude", p.lon,
                             "input", "geoLocation", geo, "project", t->project ? t->project : "");
    if (proxy) json_object_set_new(task, "proxy", json_string(proxy));
    char *text = json_dumps(task, JSON_COMPACT);
    unsigned char *frame = script_frame_encode(text, strlen(text), len);
    free(text);
    json_decref(task);
    json_decref(geo);
    return frame;
}

/* The instructions' source texts. 0, or -1 with err. */
static int load_steps(conv *c, char *err, size_t errlen)
{
    json_t *instr = json_loads(c->r->t->instructions, 0, NULL);
    size_t i;
    json_t *it;
    c->steps = json_array();
    json_array_foreach(instr, i, it)
    {
        json_t *a = json_object_get(it, "action");
        if (json_is_string(a)) json_array_append(c->steps, a);
    }
    json_decref(instr);
    c->n = (int)json_array_size(c->steps);
    if (c->n == 0) {
        snprintf(err, errlen, "the instructions hold no script");
        return -1;
    }
    return 0;
}

/* Take a ready runner and hand it the task; a runner that died while it
 * waited is replaced once. Returns 0, 1 (aborted) or -1 (err). */
static int start(conv *c, char *err, size_t errlen)
{
    script_pool *p = c->r->env->scripts;
    size_t len = 0;
    unsigned char *frame = task_frame(c, &len);
    int rc = -1;
    if (!frame) {
        snprintf(err, errlen, "the task is too large to hand to a runner");
        return -1;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        int64_t t0 = util_mono_ms();
        rc = pool_take(p, c->r, &c->x, err, errlen);
        if (rc != 0) break;
        if (run_hold_group(c->r, c->x->pgid) != ABORT_NONE) { /* stopped before: killed now */
            rc = 1;
            break;
        }
        if (send_task(c, frame, len) == 0) {
            int64_t waited = util_mono_ms() - t0;
            run_log(c->r, "script runner %d ready%s", (int)c->x->pgid,
                    waited > 100 ? " (after a wait for one to start)" : "");
            break;
        }
        rc = run_stopped(c->r) != ABORT_NONE ? 1 : -1;
        snprintf(err, errlen, "the script runner died before the task started");
        run_hold_group(c->r, 0);
        pool_give(p, c->x);
        c->x = NULL;
        if (rc == 1) break;
    }
    free(frame);
    return rc;
}

/* The task was stopped (cancel, timeout, lease lost, shutdown). */
static void stopped(conv *c)
{
    char err[512];
    if (run_stop_error(c->r, run_stopped(c->r), err, sizeof err)) {
        if (c->cur >= 0) record(c, NULL, err);
        run_finish(c->r, TASK_FAILED, TASK_REASON_TIMEOUT, err);
    }
}

static void completed(conv *c)
{
    run *r = c->r;
    free(r->extracted);
    r->extracted = NULL;
    if (c->last && strcmp(c->last, "null") != 0) {
        r->extracted = xstrdup(c->last);
    } else {
        /* Nothing returned: the page title, as for a crawler task. */
        const char *title = json_string_value(json_object_get(c->state, "title"));
        if (title) r->extracted = xstrdup(title);
    }
    run_finish(r, TASK_FINALIZED, TASK_REASON_NONE, NULL);
}

void script_run(run *r)
{
    script_pool *p = r->env->scripts;
    conv c = {.r = r, .cur = -1};
    char err[700];
    if (!p || p->broken[0]) {
        snprintf(err, sizeof err, "script_automation tasks cannot run on this server: %s",
                 p ? p->broken : "no script runners (no worker slots)");
        run_finish(r, TASK_FAILED, TASK_REASON_ERROR, err);
        return;
    }
    if (load_steps(&c, err, sizeof err) != 0) {
        run_finish(r, TASK_FAILED, TASK_REASON_ERROR, err);
        json_decref(c.steps);
        return;
    }
    int rc = start(&c, err, sizeof err);
    if (rc < 0) {
        run_finish(r, TASK_FAILED, TASK_REASON_ERROR, err);
    } else if (rc == 1) {
        stopped(&c);
    } else {
        rc = talk(&c);
        /* Stop the runner before the task's end is written: its browser
         * must not act after that. */
        run_hold_group(r, 0);
        kill(-c.x->pgid, SIGKILL);
        if (rc == 1) {
            stopped(&c);
        } else if (rc < 0) {
            if (c.cur >= 0) record(&c, NULL, c.err);
            char msg[2100];
            snprintf(msg, sizeof msg, "step %d: %s", c.cur >= 0 ? c.cur + 1 : c.results + 1, c.err);
            run_finish(r, TASK_FAILED, TASK_REASON_ERROR, msg);
        } else if (!c.ok) {
            run_finish(r, TASK_FAILED, TASK_REASON_ERROR, c.err);
        } else {
            completed(&c);
        }
    }
    run_hold_group(r, 0);
    pool_give(p, c.x);
    json_decref(c.steps);
    json_decref(c.state);
    free(c.last);
}
