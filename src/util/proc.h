/* proc.h -- spawning, killing and reaping child process groups, in the shape
 * of libuv's uv_spawn: one description of the child, one call that forks
 * and execs it, and an error that says which step failed.
 *
 * Both kinds of child the server starts (Chromium for crawler tasks, the
 * script runners) go through here, so both get the same guarantees: default
 * signal handling, no core dumps when asked, death with the server
 * (PR_SET_PDEATHSIG), its own process group, and exactly the file
 * descriptors it was given: every other descriptor of the server is closed
 * before exec, or the spawn fails. */
#ifndef BAI_PROC_H
#define BAI_PROC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/types.h>

enum { PROC_NETNS_EMPTY = 1, PROC_NETNS_LOOPBACK = 2 };

/* The child's descriptors 0..PROC_FDS-1. */
#define PROC_FDS 5

typedef struct proc_spec {
    char *const *argv; /* argv[0] is the path executed */
    char *const *envp; /* NULL: the server's environment */
    int fds[PROC_FDS]; /* what becomes the child's fd i; -1: /dev/null */
    int new_session;   /* setsid(): a session and group of its own */
    pid_t pgid;        /* else: join this group (0: lead a new one) */
    int netns;         /* unshare(CLONE_NEWNET) before dropping privileges:
                          PROC_NETNS_EMPTY, or PROC_NETNS_LOOPBACK (its lo up,
                          for a bridge on 127.0.0.1); 0: the server's */
    uid_t uid;         /* (uid_t)-1: keep the server's user */
    gid_t gid;
    rlim_t as;       /* RLIMIT_AS in bytes; 0: unchanged */
    rlim_t cpu;      /* RLIMIT_CPU in seconds; 0: unchanged */
    int no_core;     /* RLIMIT_CORE 0 */
    const char *dir; /* working directory, or NULL */
} proc_spec;

/* Fork and exec s. Returns the child's pid (its group is set before this
 * returns), or -1 with err ("cannot start <what> (<argv[0]>): <reason>").
 * The caller keeps its copies of s->fds and closes them when it likes. */
pid_t proc_spawn(const proc_spec *s, const char *what, char *err, size_t errlen);

/* In a forked child (async-signal-safe): close every descriptor >= from.
 * Uses close_range(2), and closes one by one up to the descriptor limit
 * where the kernel lacks it. Returns 0, or -1 when some could not be
 * verified closed (the caller must not exec then). */
int proc_close_from(int from);

/* Wait until no process of group pgid is left, reaping the ones that are
 * our children (the server is a subreaper, so a killed group's orphans come
 * back to it). At most max_ms: a process stuck in the kernel must not hang
 * the caller. */
void proc_group_wait(pid_t pgid, int64_t max_ms);

/* The children of pid (those of each of its threads, zombies included:
 * they stay its children until reaped), at most max into out: their count,
 * or -1 when the kernel keeps no children files (CONFIG_PROC_CHILDREN) or
 * pid has more than max. */
int proc_children(pid_t pid, pid_t *out, int max);

/* One process of a group (proc_group_scan). */
typedef struct proc_info {
    pid_t pid;
    long rss_kib;
} proc_info;

/* The processes of group pgid, from /proc: those whose command line has the
 * argument arg (NULL: all), at most max of them into out (the count is
 * returned), and the RSS of all that matched into *total_kib. Only the
 * group's leader and its descendants are read (each thread's children
 * file), not the whole machine, unless that cannot be done (no
 * CONFIG_PROC_CHILDREN, the leader gone). */
int proc_group_scan(pid_t pgid, const char *arg, proc_info *out, int max, long *total_kib);

/* The memory watchdog: a thread of its own looks at every watched group's
 * renderers (processes with --type=renderer) five times a second while one
 * could reach its limit within a second (growing 2 GiB/s), else once a
 * second, and at once when a group is added. When their RSS together
 * passes limit_mib it kills the largest one (SIGKILL),
 * logs it to stderr, and remembers it for proc_memwatch_killed. A page that
 * allocates in a loop loses its renderer (Chromium calls that a crash) long
 * before it takes the machine's memory. Address-space limits cannot do
 * this: Chromium reserves far more address space than it uses.
 * add: -1 when limit_mib <= 0, too many groups, or no thread. Any thread. */
int proc_memwatch_add(pid_t pgid, long limit_mib);
/* Stop watching pgid (its browser is closing). */
void proc_memwatch_remove(pid_t pgid);
/* MiB of the last renderer of pgid the watchdog killed at or after since_ms
 * (util_now_ms), or 0: why a page of that browser crashed. */
long proc_memwatch_killed(pid_t pgid, int64_t since_ms);

/* Where the users of BROWSERAI_SCRIPT_UIDS are locked, one file each
 * (task/script.c's runners lock the same files). */
#define PROC_UID_LOCK_DIR "/run/browserai"

/* As root: a user of lo..hi that no process runs as and no account owns,
 * locked machine-wide (flock on PROC_UID_LOCK_DIR/uid-N.lock) while *lock
 * stays open: close it when the last process of that user is gone. 0, or
 * -1 with err. Any thread. */
int proc_uid_take(uid_t lo, uid_t hi, uid_t *uid, int *lock, char *err, size_t errlen);

/* Remove a folder and everything below it, as much as can be removed.
 * Never follows a symbolic link, even one swapped in meanwhile: it walks
 * by directory descriptors (openat with O_NOFOLLOW), so a process of
 * another user writing in the tree (Chromium's, a script runner's) cannot
 * point the removal outside it. */
void proc_rm_tree(const char *dir);

/* A new folder of this process, mode 0700: base/browserai-KIND-PID-XXXXXX
 * (base: $TMPDIR or /tmp when NULL) into out. The pid in its name lets a
 * later start remove what a killed process left (proc_tmp_sweep). 0, or -1
 * with errno. */
int proc_tmpdir(const char *base, const char *kind, char *out, size_t n);

/* Remove the folders of proc_tmpdir whose process is gone, in base (when
 * NULL: both places proc_tmpdir writes to, /tmp and $TMPDIR). A server
 * SIGKILLed, or the machine's power cut, leaves its Chromium profiles,
 * runner copies and sockets behind. A folder whose pid runs (or another
 * user's process has it) is left. Servers in other pid namespaces must not
 * share the folder. Returns how many it removed. */
int proc_tmp_sweep(const char *base);

#endif
