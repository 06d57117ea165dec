/* proxy.c -- see proxy.h. */
#include "policy/proxy.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

#define PREFIX "BROWSERAI_PROXY_"
#define PREFIX_LEN (sizeof PREFIX - 1)

const char *proxy_for(const char *country)
{
    char name[32];
    const char *p = NULL;
    if (country && strlen(country) == 2 && isalpha((unsigned char)country[0]) &&
        isalpha((unsigned char)country[1])) {
        snprintf(name, sizeof name, PREFIX "%c%c", toupper((unsigned char)country[0]),
                 toupper((unsigned char)country[1]));
        p = getenv(name);
    }
    if (!p || !*p) p = getenv(PREFIX "DEFAULT");
    return p && *p ? p : NULL;
}

/* BROWSERAI_PROXY_DE=... or BROWSERAI_PROXY_DEFAULT=...: the value, else
 * NULL (other BROWSERAI_PROXY_* names are not proxies of ours). */
static const char *proxy_value(const char *var)
{
    if (strncmp(var, PREFIX, PREFIX_LEN) != 0) return NULL;
    const char *name = var + PREFIX_LEN, *eq = strchr(name, '=');
    if (!eq || !eq[1]) return NULL;
    size_t len = (size_t)(eq - name);
    int country = len == 2 && isupper((unsigned char)name[0]) && isupper((unsigned char)name[1]);
    int dflt = len == 7 && !strncmp(name, "DEFAULT", 7);
    return country || dflt ? eq + 1 : NULL;
}

const char **proxy_all(int *n)
{
    extern char **environ;
    const char **v = NULL;
    int cap = 0;
    *n = 0;
    for (char **e = environ; *e; e++) {
        const char *p = proxy_value(*e);
        if (!p) continue;
        int seen = 0;
        for (int i = 0; i < *n && !seen; i++)
            seen = !strcmp(v[i], p);
        if (seen) continue;
        v = xgrow(v, *n, &cap, sizeof *v);
        v[(*n)++] = p;
    }
    return v;
}
