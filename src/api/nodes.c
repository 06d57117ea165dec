/* nodes.c -- GET /api/v1/nodes: the nodes sharing the store, from the rows
 * their heartbeats keep (store_node_beat). */
#include <stdlib.h>

#include "api/internal.h"
#include "api/render.h"

void api_nodes_list(http_req *r)
{
    auth_who who;
    if (api_auth(r, &who) != 0) return;
    auth_who_free(&who); /* any valid key sees the whole cluster */
    store_node *v = NULL;
    int n = 0;
    int64_t now = util_now_ms();
    if (store_node_list(CTX(r)->st, now - STORE_NODE_GONE_MS, &v, &n) != STORE_OK) {
        api_internal_error(r, "listing the nodes");
        return;
    }
    json_t *arr = json_array();
    for (int i = 0; i < n; i++) {
        /* Alive while its last beat is within three beat periods. */
        int alive = now - v[i].seen_ms <= 3 * STORE_NODE_BEAT_MS;
        json_array_append_new(arr, json_pack("{s:s, s:s, s:i, s:i, s:s, s:o, s:o, s:b}", "name",
                                             v[i].name, "role", v[i].role, "slots", v[i].slots,
                                             "busy", v[i].busy, "version", v[i].version, "started",
                                             render_time(v[i].started_ms), "lastSeen",
                                             render_time(v[i].seen_ms), "alive", alive));
    }
    store_node_list_free(v, n);
    http_reply_json(r, 200, json_pack("{s:o}", "nodes", arr), NULL);
}
