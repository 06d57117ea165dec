/* proxy.h -- the proxies the operator configured in the environment:
 * BROWSERAI_PROXY_<CC> (a country's, by ISO 3166-1 alpha-2 code) and
 * BROWSERAI_PROXY_DEFAULT (every other country's). The environment does not
 * change while the server runs, so the strings returned live as long as the
 * process. */
#ifndef BAI_ENGINE_PROXY_H
#define BAI_ENGINE_PROXY_H

/* The proxy for a task in country (may be NULL or unknown): the country's,
 * else the default, else NULL (direct). */
const char *proxy_for(const char *country);

/* Every distinct proxy configured, in environment order, the default
 * included: a malloc'ed array of *n pointers (free the array only). */
const char **proxy_all(int *n);

#endif
