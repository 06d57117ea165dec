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

/* Remove a folder and everything below it, as much as can be removed. */
void proc_rm_tree(const char *dir);

#endif
