/* urlpolicy.h -- which URLs a task may visit.
 *
 * Only http and https. Unless private networks are allowed, a host that is,
 * or resolves to, a loopback, private, link-local, carrier-grade NAT,
 * unspecified, multicast or otherwise reserved address is refused, so a task
 * cannot be used to reach the server's own network. Thread-safe (after
 * urlpolicy_allow_addresses, which runs at start). */
#ifndef BAI_URLPOLICY_H
#define BAI_URLPOLICY_H

#include <stddef.h>

/* Normalize what a person typed as a URL: trims spaces and surrounding
 * quotes or angle brackets, adds "https://" when there is no scheme
 * ("example.com/x" -> "https://example.com/x"). Returns a malloc'ed string,
 * or NULL when nothing URL-like is left. */
char *urlpolicy_normalize(const char *text);

/* Check url. Returns 0 when allowed; -1 when refused, with a clear reason in
 * err ("refused: file: URLs are not allowed", "refused: 127.0.0.1 is a
 * loopback address; set BROWSERAI_ALLOW_PRIVATE_NETWORKS=1 to allow it").
 * resolve: when nonzero, host names are resolved with getaddrinfo and every
 * address must pass; when zero only literal addresses and "localhost" names
 * are checked (for hot paths that must not block). */
int urlpolicy_check(const char *url, int allow_private, int resolve, char *err, size_t errlen);

/* The operator's exceptions (BROWSERAI_ALLOW_ADDRESSES): a list of exact
 * address:port pairs, separated by commas or spaces ("127.0.0.1:8000,
 * [::1]:8000"), that urlpolicy_check lets through although their address is
 * not public -- a page served on the machine for tests or demos, without
 * opening all of loopback and the private network. Names are not accepted:
 * the exception is for the address connected to. Replaces the list; call
 * before any thread checks URLs. Returns 0, or -1 with err (and an empty
 * list). */
int urlpolicy_allow_addresses(const char *list, char *err, size_t errlen);

/* True when the IPv4 or IPv6 address (textual) is not a public unicast
 * address. Returns -1 when text is not an address. */
int urlpolicy_ip_private(const char *text);

#endif
