/* auth.h -- API keys: making tokens, reading the Authorization header, and
 * deciding which projects a request may see.
 *
 * A token is "bai_<id>_<secret>": id is 12 public characters that name the
 * key's row, secret 32 characters (160 random bits). The store keeps only the
 * SHA-256 of the whole token; a request's token is hashed and compared with
 * the stored hash in constant time, so neither timing nor a stolen database
 * reveals a usable token. An operator's bootstrap key (BROWSERAI_API_KEY) is
 * any string, held in memory only as its hash, valid for every project. */
#ifndef BAI_AUTH_H
#define BAI_AUTH_H

#include <stddef.h>

#include "store/store.h"
#include "util/util.h"

#define AUTH_ID_LEN 12
#define AUTH_SECRET_LEN 32

/* Who a request is. projects is NULL for a key that sees every project, else
 * a NULL-terminated list. Release with auth_who_free. */
typedef struct auth_who {
    char key_id[AUTH_ID_LEN + 1]; /* "" for the bootstrap key */
    char **projects;
} auth_who;

void auth_who_free(auth_who *w);

/* The token of an "Authorization: apikey <token>" header value (the word is
 * case-insensitive; one or more spaces; the token runs to the end, without
 * trailing spaces). Returns a pointer into header and its length, or NULL for
 * a missing or malformed header. */
const char *auth_parse_header(const char *header, size_t *len);

/* Check a token against the bootstrap hash (may be NULL) and the store.
 * Returns 0 and fills *who for a valid, unrevoked key; -1 otherwise (also
 * when the store fails: refusing is the safe side). */
int auth_check(store *st, const char *bootstrap_hash, const char *token, size_t len, auth_who *who);

/* Who key key_id is, for a request that names the key but does not hold
 * its token (a signed artifact URL made for it): 0 and *who filled (release
 * with auth_who_free) while the key exists and is not revoked; -1 otherwise,
 * also when the store fails. */
int auth_key_active(store *st, const char *key_id, auth_who *who);
/* Make a new key scoped to projects (NULL-terminated, or NULL for all) and
 * store it. On success *token is the token (malloc'ed, shown once) and id_out
 * the key id. */
int auth_key_create(store *st, const char *const *projects, char **token,
                    char id_out[AUTH_ID_LEN + 1]);

/* True when who may see project. */
int auth_may_see(const auth_who *who, const char *project);

#endif
