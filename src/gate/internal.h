/* internal.h -- what the gate's files share: the resolver pool
 * (resolve.c) and the peer-uid lookup (peer.c). Not for other modules. */
#ifndef BAI_GATE_INTERNAL_H
#define BAI_GATE_INTERNAL_H

#include "gate/gate.h"

/* ---- resolver pool (resolve.c) ---------------------------------------------
 * A few threads that run the resolve function, so a slow DNS server holds
 * up a lookup, never the loop. Jobs are bounded (submit fails when the queue
 * is full). A finished job is queued for the loop, which is woken by a write
 * to notify_fd. The loop owns a job from submit until it frees it (after
 * resolver_done) or gives it up (resolver_cancel); a cancelled job is freed
 * by whoever holds it next. */

typedef struct gate_job {
    char host[GATE_HOST_MAX + 1];
    int port;
    void *owner; /* the loop's: which connection asked */
    int n;       /* addresses found; -1: the name does not resolve */
    gate_addr addrs[GATE_ADDRS_MAX];
    int cancelled, running, finished;
    struct gate_job *next;
} gate_job;

typedef struct resolver resolver;

/* Start nthreads resolver threads. NULL with err on failure. */
resolver *resolver_start(int nthreads, int max_jobs, gate_resolve_fn fn, void *ud, int notify_fd,
                         char *err, size_t errlen);
/* Queue a lookup for owner. NULL when the queue is full. Loop thread. */
gate_job *resolver_submit(resolver *r, const char *host, int port, void *owner);
/* The next finished job, or NULL. The caller frees it with resolver_free. */
gate_job *resolver_done(resolver *r);
void resolver_free(gate_job *j);
/* The owner of j went away: j is freed now or when its lookup ends. */
void resolver_cancel(resolver *r, gate_job *j);
/* Stop: queued and finished jobs are freed, running ones are dropped when
 * they end, notify_fd is never written again. The threads exit on their
 * own; the last one frees the pool. */
void resolver_stop(resolver *r);

/* The default resolve function: getaddrinfo(3), stream sockets, port set. */
int gate_getaddrinfo(void *ud, const char *host, int port, gate_addr *out, int max);

/* ---- peers (peer.c) ----------------------------------------------------------- */

/* The uid owning the other end of the connected socket fd: SO_PEERCRED for
 * unix sockets, NETLINK_SOCK_DIAG for TCP over loopback (diag_fd: a
 * NETLINK_SOCK_DIAG socket, or -1 to open one for this call). 0, or -1
 * when it cannot be known. */
int gate_peer_uid(int fd, int diag_fd, uid_t *uid);

#endif
