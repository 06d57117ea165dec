/* peer.c -- who is on the other end of a gate connection (see internal.h).
 *
 * Chromium cannot present a secret to its proxy, so the gate asks the
 * kernel which user owns the connecting socket. For a unix socket that is
 * SO_PEERCRED. For TCP over loopback the client's socket is in our own
 * network namespace, and NETLINK_SOCK_DIAG looks it up by its exact
 * four-tuple (no dump of the socket table): the answer carries its uid. */
#include "gate/internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static int diag_uid(int nl, const struct sockaddr_storage *peer, const struct sockaddr_storage *me,
                    uid_t *uid)
{
    struct {
        struct nlmsghdr h;
        struct inet_diag_req_v2 r;
    } req;
    memset(&req, 0, sizeof req);
    req.h.nlmsg_len = sizeof req;
    req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    req.h.nlmsg_flags = NLM_F_REQUEST;
    req.r.sdiag_family = (unsigned char)peer->ss_family;
    req.r.sdiag_protocol = IPPROTO_TCP;
    req.r.idiag_states = ~0u;
    req.r.id.idiag_cookie[0] = req.r.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    /* The client's socket: its source is the peer, its destination us. */
    if (peer->ss_family == AF_INET) {
        const struct sockaddr_in *p = (const void *)peer, *m = (const void *)me;
        req.r.id.idiag_sport = p->sin_port;
        req.r.id.idiag_dport = m->sin_port;
        memcpy(req.r.id.idiag_src, &p->sin_addr, 4);
        memcpy(req.r.id.idiag_dst, &m->sin_addr, 4);
    } else {
        const struct sockaddr_in6 *p = (const void *)peer, *m = (const void *)me;
        req.r.id.idiag_sport = p->sin6_port;
        req.r.id.idiag_dport = m->sin6_port;
        memcpy(req.r.id.idiag_src, &p->sin6_addr, 16);
        memcpy(req.r.id.idiag_dst, &m->sin6_addr, 16);
    }
    struct sockaddr_nl kernel = {.nl_family = AF_NETLINK};
    if (sendto(nl, &req, sizeof req, 0, (struct sockaddr *)&kernel, sizeof kernel) < 0) return -1;
    union {
        char b[8192];
        struct nlmsghdr h;
    } reply;
    for (;;) {
        ssize_t n = recv(nl, reply.b, sizeof reply.b, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n < (ssize_t)sizeof(struct nlmsghdr)) return -1;
        for (struct nlmsghdr *h = &reply.h; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
            if (h->nlmsg_type == SOCK_DIAG_BY_FAMILY &&
                h->nlmsg_len >= NLMSG_LENGTH(sizeof(struct inet_diag_msg))) {
                const struct inet_diag_msg *m = NLMSG_DATA(h);
                *uid = m->idiag_uid;
                return 0;
            }
            if (h->nlmsg_type == NLMSG_ERROR || h->nlmsg_type == NLMSG_DONE) return -1;
        }
    }
}

int gate_peer_uid(int fd, int diag_fd, uid_t *uid)
{
    struct sockaddr_storage me, peer;
    socklen_t ml = sizeof me, pl = sizeof peer;
    if (getsockname(fd, (struct sockaddr *)&me, &ml) < 0) return -1;
    if (me.ss_family == AF_UNIX) {
        struct ucred cred;
        socklen_t cl = sizeof cred;
        if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &cl) < 0) return -1;
        *uid = cred.uid;
        return 0;
    }
    if ((me.ss_family != AF_INET && me.ss_family != AF_INET6) ||
        getpeername(fd, (struct sockaddr *)&peer, &pl) < 0 || peer.ss_family != me.ss_family)
        return -1;
    int nl = diag_fd;
    if (nl < 0) {
        nl = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
        if (nl < 0) return -1;
        struct timeval tv = {1, 0}; /* the kernel answers at once; never hang the loop */
        setsockopt(nl, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    }
    int rc = diag_uid(nl, &peer, &me, uid);
    if (nl != diag_fd) close(nl);
    return rc;
}
