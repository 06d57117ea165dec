/* auth.c -- see auth.h. */
#include "auth/auth.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void auth_who_free(auth_who *w)
{
    if (!w || !w->projects) return;
    for (char **p = w->projects; *p; p++)
        free(*p);
    free(w->projects);
    w->projects = NULL;
}

const char *auth_parse_header(const char *h, size_t *len)
{
    if (!h || strncasecmp(h, "apikey", 6) != 0 || (h[6] != ' ' && h[6] != '\t')) return NULL;
    h += 6;
    while (*h == ' ' || *h == '\t')
        h++;
    size_t n = strlen(h);
    while (n > 0 && (h[n - 1] == ' ' || h[n - 1] == '\t'))
        n--;
    if (n == 0) return NULL;
    for (size_t i = 0; i < n; i++)
        if (!isgraph((unsigned char)h[i])) return NULL;
    *len = n;
    return h;
}

/* "bai_<id>_<secret>" -> id, or -1 when the token does not have that shape. */
static int token_id(const char *t, size_t len, char id[AUTH_ID_LEN + 1])
{
    if (len != 4 + AUTH_ID_LEN + 1 + AUTH_SECRET_LEN || memcmp(t, "bai_", 4) != 0 ||
        t[4 + AUTH_ID_LEN] != '_')
        return -1;
    memcpy(id, t + 4, AUTH_ID_LEN);
    id[AUTH_ID_LEN] = '\0';
    return 0;
}

static char **projects_from_json(const char *text)
{
    json_t *a = text ? json_loads(text, 0, NULL) : NULL;
    if (!json_is_array(a)) {
        json_decref(a);
        return NULL;
    }
    char **v = xcalloc(json_array_size(a) + 1, sizeof *v);
    size_t i, n = 0;
    json_t *e;
    json_array_foreach(a, i, e) if (json_is_string(e)) v[n++] = xstrdup(json_string_value(e));
    json_decref(a);
    return v;
}

/* Fill *who from key id's row when it is unrevoked and its hash (when
 * hash is not NULL) matches; 0 on success, -1 otherwise. */
static int who_of_key(store *st, const char *id, const char *hash, auth_who *who)
{
    store_key k = {0};
    if (store_key_get(st, id, &k) != STORE_OK) return -1;
    int ok = k.revoked_ms == 0 && (!hash || (k.hash && strlen(k.hash) == UTIL_SHA256_HEX - 1 &&
                                             util_ct_equal(hash, k.hash, UTIL_SHA256_HEX - 1)));
    if (ok) {
        snprintf(who->key_id, sizeof who->key_id, "%s", id);
        who->projects = projects_from_json(k.projects);
        /* A key scoped to a list must never widen to "all" on a bad row. */
        if (k.projects && !who->projects) ok = 0;
    }
    store_key_free(&k);
    return ok ? 0 : -1;
}

int auth_check(store *st, const char *bootstrap_hash, const char *token, size_t len, auth_who *who)
{
    char hash[UTIL_SHA256_HEX], id[AUTH_ID_LEN + 1];
    util_sha256_hex(token, len, hash);
    memset(who, 0, sizeof *who);
    if (bootstrap_hash && util_ct_equal(hash, bootstrap_hash, UTIL_SHA256_HEX - 1)) return 0;
    if (token_id(token, len, id) != 0) return -1;
    return who_of_key(st, id, hash, who);
}

int auth_key_active(store *st, const char *key_id, auth_who *who)
{
    memset(who, 0, sizeof *who);
    if (!key_id || strlen(key_id) != AUTH_ID_LEN) return -1;
    return who_of_key(st, key_id, NULL, who);
}

int auth_key_create(store *st, const char *const *projects, char **token,
                    char id_out[AUTH_ID_LEN + 1])
{
    char id[AUTH_ID_LEN + 1], secret[AUTH_SECRET_LEN + 1], hash[UTIL_SHA256_HEX];
    util_random_b32(id, AUTH_ID_LEN);
    util_random_b32(secret, AUTH_SECRET_LEN);
    char *t = xasprintf("bai_%s_%s", id, secret);
    util_sha256_hex(t, strlen(t), hash);

    char *plist = NULL;
    if (projects) {
        json_t *a = json_array();
        for (const char *const *p = projects; *p; p++)
            json_array_append_new(a, json_string(*p));
        plist = json_dumps(a, JSON_COMPACT);
        json_decref(a);
    }
    store_key k = {.id = id, .hash = hash, .projects = plist, .created_ms = util_now_ms()};
    int rc = store_key_insert(st, &k);
    free(plist);
    if (rc != STORE_OK) {
        free(t);
        return rc;
    }
    memcpy(id_out, id, sizeof id);
    *token = t;
    return 0;
}

int auth_may_see(const auth_who *who, const char *project)
{
    if (!who->projects) return 1;
    for (char **p = who->projects; *p; p++)
        if (!strcmp(*p, project)) return 1;
    return 0;
}
