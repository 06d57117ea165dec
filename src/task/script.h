/* script.h -- script_automation tasks: each instruction is TypeScript run
 * with Playwright, in a runner process started ahead of demand.
 *
 * A runner (runner/ in the repository) is two Node.js processes in one
 * process group of their own, run as an unprivileged user when the server
 * is root: broker.mjs launches a fresh Chromium and stands between it and
 * runner.mjs, the sandbox, which runs the user's code in a vm context under
 * Node's permission model (and, as root, in a network namespace of its own).
 * The broker enforces the URL policy inside the browser for every request.
 * Each runner serves exactly one task, then is killed (the whole group) and
 * reaped; the pool starts a replacement at once.
 *
 * The server talks to the sandbox over its stdin/stdout in frames: a 4-byte
 * big-endian length, then that many bytes of JSON (see runner/runner.mjs
 * for the messages). The broker writes notes (requests it refused) as JSON
 * lines on its stdout. */
#ifndef BAI_SCRIPT_H
#define BAI_SCRIPT_H

#include <stddef.h>

#include <sys/types.h>

#include "config.h"

/* ---- frames (pure functions, any thread) ------------------------------- */

/* Largest frame a runner may send: screenshots and HTML travel inside. */
#define SCRIPT_FRAME_MAX (64u << 20)

/* What one task's runner may send in all. The runner keeps to smaller
 * limits of its own; these hold when the code it runs has escaped it and
 * writes frames itself. A runner past one is killed and its task fails,
 * saying which. */
#define SCRIPT_LOG_LINES 1000            /* log lines (the runner stops at 1,000) */
#define SCRIPT_LOG_BYTES (1u << 20)      /* their text */
#define SCRIPT_RESULT_BYTES (8u << 20)   /* one step's returned value, as JSON */
#define SCRIPT_CONSOLE_ENTRIES 1000      /* console entries of one step */
#define SCRIPT_OUTPUT_BYTES (128u << 20) /* results, screenshots and HTML together */

/* Reassembles frames from a byte stream. Zero-initialize, or use
 * script_framer_init to set a smaller limit. */
typedef struct script_framer {
    unsigned char *buf;
    size_t len, cap;
    size_t max; /* largest frame body accepted (0 = SCRIPT_FRAME_MAX) */
} script_framer;

void script_framer_init(script_framer *f, size_t max);
/* Append n bytes read from the stream (copied). */
void script_framer_feed(script_framer *f, const void *data, size_t n);
/* Take the next complete frame: 1 with *body (malloc'ed, NUL-terminated,
 * the caller frees) and *len; 0 when more bytes are needed; -1 when the
 * next frame announces more than the limit (the stream is then useless). */
int script_framer_next(script_framer *f, char **body, size_t *len);
/* Free the buffer; f may be reused after script_framer_init. */
void script_framer_free(script_framer *f);

/* The frame for body (len bytes): header and body, malloc'ed, *out_len
 * bytes. NULL when len does not fit in the header. */
unsigned char *script_frame_encode(const char *body, size_t len, size_t *out_len);

/* ---- the pool of runners --------------------------------------------------- */

typedef struct script_pool script_pool;

/* Start a pool that keeps cfg->script_runners runners started (more while
 * more tasks wait). Never fails: a pool that cannot run scripts (no Node,
 * no runner/ folder, its packages not installed) records why, and each
 * script task then fails with that reason. Starts a thread that spawns and
 * reaps runners; the process becomes a child subreaper, so helpers a
 * killed runner leaves behind come back to be reaped. cfg must outlive
 * the pool. */
struct gate;
script_pool *script_pool_start(const config *cfg, struct gate *g);

/* The users runners run as: uids lo..hi (lo > hi: none but the server's
 * own). The egress gate serves them. */
void script_uid_range(const config *cfg, uid_t *lo, uid_t *hi);

/* Parse BROWSERAI_SCRIPT_UIDS, "lo-hi" (1 <= lo <= hi <= 65533, at most
 * 2^20 users). 0, or -1. */
int script_parse_uids(const char *text, uid_t *lo, uid_t *hi);

/* Kill every runner, reap them, remove their folders, free. Accepts NULL.
 * Call after the slots using the pool have stopped. */
void script_pool_stop(script_pool *p);

#endif
