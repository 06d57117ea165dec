/* config.c -- see config.h. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/util.h"

typedef enum { OPT_STR, OPT_LONG, OPT_BOOL } opt_kind;

typedef struct option {
    const char *flag;
    const char *env;
    opt_kind kind;
    size_t off;
    const char *def;
    long min, max;
    int cmds;
    const char *help;
} option;

#define S(f) offsetof(config, f)
#define ALL (CFG_SERVE | CFG_WORKER | CFG_RUN | CFG_KEYS)
#define SRV (CFG_SERVE | CFG_WORKER)
#define EXE (CFG_SERVE | CFG_WORKER | CFG_RUN)

static const option options[] = {
    {"addr", "BROWSERAI_ADDR", OPT_STR, S(addr), "127.0.0.1:8080", 0, 0, CFG_SERVE,
     "host:port to listen on; port 0 picks a free one and prints it"},
    {"data-dir", "BROWSERAI_DATA_DIR", OPT_STR, S(data_dir), "./data", 0, 0, ALL,
     "folder of the embedded SQLite store"},
    {"store", "BROWSERAI_STORE", OPT_STR, S(store), "", 0, 0, SRV | CFG_KEYS,
     "store URL (default sqlite:DATA_DIR/browserai.db)"},
    {"api-key", "BROWSERAI_API_KEY", OPT_STR, S(api_key), "", 0, 0, CFG_SERVE,
     "a bootstrap API key valid for every project"},
    {"workers", "BROWSERAI_WORKERS", OPT_LONG, S(workers), "-1", -1, 256, EXE,
     "worker slots (tasks run at once); 0 = API only; -1 = 2 per core, at most one per "
     "300 MiB of memory"},
    /* The headless shell is Chromium's content layer without Chrome's browser UI
     * (profiles' keyed services, omnibox, extensions): the same engine and DevTools
     * protocol for less CPU: 0.56 against 0.79 CPU-s a one-step task, a script runner's
     * start less than half (bench/RESULTS.md, 2026-12-06). */
    {"chromium", "BROWSERAI_CHROMIUM", OPT_STR, S(chromium), "/usr/bin/chromium-headless-shell", 0,
     0, EXE,
     "path of the Chromium executable (Debian's chromium-headless-shell; /usr/bin/chromium works "
     "too)"},
    {"browsers", "BROWSERAI_BROWSERS", OPT_LONG, S(browsers), "0", 0, 64, EXE,
     "Chromium processes the slots share (0 = one per 4 slots)"},
    {"browser-max-pages", "BROWSERAI_BROWSER_MAX_PAGES", OPT_LONG, S(browser_max_pages), "500", 1,
     1000000, EXE, "tasks a browser serves before it is replaced"},
    {"browser-max-rss", "BROWSERAI_BROWSER_MAX_RSS", OPT_LONG, S(browser_max_rss), "2048", 64,
     1048576, EXE, "MiB of memory above which a browser is replaced"},
    {"browser-memory-mb", "BROWSERAI_BROWSER_MEMORY_MB", OPT_LONG, S(browser_memory_mb), "2048", 0,
     1048576, EXE,
     "MiB the renderers of one browser may hold together (crawler and script runners); past it "
     "the largest is killed and its task fails saying so; 0 = no limit"},
    {"browser-warm", "BROWSERAI_BROWSER_WARM_SECONDS", OPT_LONG, S(browser_warm), "600", -1, 86400,
     EXE,
     "keep the crawler's browsers and a page per slot ready only while a browser task ran in the "
     "last this many seconds (the first task starts them; an idle browser holds a Chromium); "
     "-1 = always, from the start; 0 = never ahead"},
    {"download-max-bytes", "BROWSERAI_DOWNLOAD_MAX_BYTES", OPT_LONG, S(download_max_bytes),
     "52428800", 0, 1L << 40, EXE,
     "bytes a script task may download (into its runner's folder); past it the download is "
     "cancelled and the task fails saying so"},
    {"prepared-proxies", "BROWSERAI_PREPARED_PROXIES", OPT_LONG, S(prepared_proxies), "8", 0, 64,
     EXE, "configured proxies (BROWSERAI_PROXY_<CC>) that keep a page prepared ahead"},
    {"allow-addresses", "BROWSERAI_ALLOW_ADDRESSES", OPT_STR, S(allow_addresses), "", 0, 0, EXE,
     "exact address:port pairs tasks may visit although not public (127.0.0.1:8000,[::1]:8000)"},
    {"allow-private-networks", "BROWSERAI_ALLOW_PRIVATE_NETWORKS", OPT_BOOL, S(allow_private), "0",
     0, 1, EXE, "let tasks visit loopback, private and link-local addresses"},
    {"retention-days", "BROWSERAI_RETENTION_DAYS", OPT_LONG, S(retention_days), "0", 0, 36500,
     CFG_SERVE,
     "days an ended task is kept, with its results and artifacts; one node of a cluster "
     "removes older ones every 10 minutes; 0 = keep everything"},
    {"task-timeout", "BROWSERAI_TASK_TIMEOUT", OPT_LONG, S(task_timeout), "120", 1, 86400, EXE,
     "default seconds a task may run"},
    {"task-timeout-max", "BROWSERAI_TASK_TIMEOUT_MAX", OPT_LONG, S(task_timeout_max), "600", 1,
     86400, EXE, "largest timeoutSeconds a client may ask for"},
    {"nav-timeout", "BROWSERAI_NAV_TIMEOUT", OPT_LONG, S(nav_timeout), "30", 1, 3600, EXE,
     "seconds one page load may take"},
    {"lease", "BROWSERAI_LEASE_SECONDS", OPT_LONG, S(lease), "15", 1, 3600, SRV,
     "seconds a worker's claim on a task lasts without renewal"},
    {"max-attempts", "BROWSERAI_MAX_ATTEMPTS", OPT_LONG, S(max_attempts), "3", 1, 100, SRV,
     "runs of a task whose worker died before it fails"},
    {"shutdown-grace", "BROWSERAI_SHUTDOWN_GRACE", OPT_LONG, S(shutdown_grace), "10", 0, 3600, SRV,
     "seconds running tasks may take to finish when stopping"},
    {"body-limit", "BROWSERAI_BODY_LIMIT", OPT_LONG, S(body_limit), "1048576", 1024, 1073741824,
     CFG_SERVE, "largest request body, bytes"},
    {"http-threads", "BROWSERAI_HTTP_THREADS", OPT_LONG, S(http_threads), "0", 0, 256, CFG_SERVE,
     "threads serving every HTTP connection (event loops; 0 = one per core it may run on)"},
    {"http-max-connections", "BROWSERAI_HTTP_MAX_CONNECTIONS", OPT_LONG, S(http_max_conns), "16384",
     16, 1000000, CFG_SERVE, "open HTTP connections in all (capped by the open-file limit)"},
    {"http-max-per-client", "BROWSERAI_HTTP_MAX_PER_CLIENT", OPT_LONG, S(http_max_per_client),
     "256", 0, 1000000, CFG_SERVE,
     "open HTTP connections per client address, event streams "
     "included; more are refused (0 = no limit)"},
    {"http-idle-timeout", "BROWSERAI_HTTP_IDLE_TIMEOUT", OPT_LONG, S(http_idle_timeout), "60", 0,
     86400, CFG_SERVE,
     "seconds a connection may send and take nothing before it is closed; "
     "event streams and requests waiting for an artifact are exempt (0 = never)"},
    {"http-header-timeout", "BROWSERAI_HTTP_HEADER_TIMEOUT", OPT_LONG, S(http_header_timeout), "30",
     0, 3600, CFG_SERVE,
     "seconds a client has to send a request's headers, from connecting "
     "or from the last reply on the connection (0 = no limit)"},
    {"max-instructions", "BROWSERAI_MAX_INSTRUCTIONS", OPT_LONG, S(max_instructions), "100", 1,
     100000, CFG_SERVE | CFG_RUN, "most instructions in one task"},
    {"max-action", "BROWSERAI_MAX_ACTION", OPT_LONG, S(max_action), "20000", 1, 10000000,
     CFG_SERVE | CFG_RUN, "most characters in one instruction"},
    {"max-project", "BROWSERAI_MAX_PROJECT", OPT_LONG, S(max_project), "64", 1, 1024,
     CFG_SERVE | CFG_RUN, "most characters in a project name"},
    {"max-queued", "BROWSERAI_MAX_QUEUED", OPT_LONG, S(max_queued), "100", 0, 10000000, CFG_SERVE,
     "queued tasks one key may have (0 = no limit)"},
    {"session-idle", "BROWSERAI_SESSION_IDLE_SECONDS", OPT_LONG, S(session_idle), "300", 1, 86400,
     SRV,
     "seconds a live session (awaitable task) waits for instructions before its page is "
     "closed and it ends finalized"},
    {"sessions-per-key", "BROWSERAI_SESSIONS_PER_KEY", OPT_LONG, S(sessions_per_key), "5", 0,
     100000, CFG_SERVE,
     "open live sessions an API key may hold; more are refused (429); 0 = no limit"},
    {"running-per-key", "BROWSERAI_RUNNING_PER_KEY", OPT_LONG, S(running_per_key), "-1", -1, 100000,
     SRV,
     "tasks one API key may have running at once, counted across the store; its other tasks "
     "wait while other keys' run (-1 = this node's worker slots less one from 3 slots up, so "
     "one key never takes the last; 0 = no limit)"},
    {"sessions-per-node", "BROWSERAI_SESSIONS_PER_NODE", OPT_LONG, S(sessions_per_node), "0", 0,
     100000, SRV,
     "browser pages a node keeps parked for live sessions (0 = 4 per worker slot); a full node "
     "takes no new session, and a single-node server refuses more (429)"},
    {"artifact-ttl", "BROWSERAI_ARTIFACT_TTL", OPT_LONG, S(artifact_ttl), "3600", 1, 31536000,
     CFG_SERVE, "seconds a signed artifact URL stays valid"},
    {"public-url", "BROWSERAI_PUBLIC_URL", OPT_STR, S(public_url), "", 0, 0, CFG_SERVE,
     "base of absolute URLs in replies (default: from the Host header)"},
    {"planner", "BROWSERAI_PLANNER", OPT_STR, S(planner), "auto", 0, 0, EXE,
     "rules: built-in rules only; auto: an LLM for what the rules cannot read; llm: an LLM for "
     "every instruction (auto and llm need --llm-url)"},
    {"llm-url", "BROWSERAI_LLM_URL", OPT_STR, S(llm_url), "", 0, 0, EXE,
     "OpenAI-compatible API base, e.g. http://127.0.0.1:11434/v1"},
    {"llm-model", "BROWSERAI_LLM_MODEL", OPT_STR, S(llm_model), "gpt-4o-mini", 0, 0, EXE,
     "model name sent to the LLM API"},
    {"llm-api-key", "BROWSERAI_LLM_API_KEY", OPT_STR, S(llm_api_key), "", 0, 0, EXE,
     "bearer token for the LLM API"},
    {"llm-max-steps", "BROWSERAI_LLM_MAX_STEPS", OPT_LONG, S(llm_max_steps), "15", 1, 200, EXE,
     "most browser actions the LLM may take for one instruction"},
    {"llm-timeout", "BROWSERAI_LLM_TIMEOUT", OPT_LONG, S(llm_timeout), "60", 1, 600, EXE,
     "seconds one LLM request may take"},
    {"script-runners", "BROWSERAI_SCRIPT_RUNNERS", OPT_LONG, S(script_runners), "-1", -1, 256, EXE,
     "script runners (Node + Chromium) kept started ahead of script_automation tasks; "
     "-1 = one per 4 worker slots"},
    {"script-warm", "BROWSERAI_SCRIPT_WARM_SECONDS", OPT_LONG, S(script_warm), "600", -1, 86400,
     EXE,
     "keep script runners started ahead only while a script task ran in the last this many "
     "seconds (an idle runner holds a Node and a Chromium); -1 = always, 0 = never ahead"},
    {"script-start", "BROWSERAI_SCRIPT_START_SECONDS", OPT_LONG, S(script_start), "60", 1, 480, EXE,
     "a script runner not ready this many seconds after its start is restarted with twice the "
     "time (up to 8 minutes): a loaded machine, not a failure; tasks keep waiting"},
    {"node", "BROWSERAI_NODE", OPT_STR, S(node), "node", 0, 0, EXE,
     "Node.js executable of the script runners (looked up in PATH)"},
    {"runner-dir", "BROWSERAI_RUNNER_DIR", OPT_STR, S(runner_dir), "", 0, 0, EXE,
     "folder of the script runner (default: runner/ beside the binary's build/ folder)"},
    {"script-memory", "BROWSERAI_SCRIPT_MEMORY", OPT_LONG, S(script_memory), "1024", 256, 1048576,
     EXE,
     "MiB of memory a script may use: half for its JavaScript heap; its process may reserve "
     "1 GiB more address space (Node's own)"},
    {"script-uids", "BROWSERAI_SCRIPT_UIDS", OPT_STR, S(script_uids), "60000-60999", 0, 0, EXE,
     "users the script runners run as, one each, when the server runs as root (lo-hi; none may "
     "be an account's)"},
};
#define NOPTIONS (sizeof options / sizeof options[0])

/* Two slots per core keep the cores busy while pages wait on the network;
 * each busy slot costs a renderer of a few hundred MiB. */
static long auto_workers(void)
{
    long cores = util_cores(), pages = sysconf(_SC_PHYS_PAGES);
    long mib = pages > 0 ? (long)((double)pages * (double)sysconf(_SC_PAGESIZE) / 1048576.0) : 0;
    long n = cores * 2;
    if (mib > 0 && n > mib / 300) n = mib / 300;
    return n < 1 ? 1 : n;
}

static int set(config *c, const option *o, const char *v, const char *from, char *err,
               size_t errlen)
{
    char *base = (char *)c + o->off;
    if (o->kind == OPT_STR) {
        free(*(char **)base);
        *(char **)base = xstrdup(v);
        return 0;
    }
    long n;
    if (o->kind == OPT_BOOL) {
        if (!strcmp(v, "1") || !strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "on"))
            n = 1;
        else if (!*v || !strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "no") ||
                 !strcmp(v, "off"))
            n = 0;
        else {
            snprintf(err, errlen, "%s: \"%s\" is not a yes/no value (1 or 0)", from, v);
            return -1;
        }
    } else if (util_parse_long(v, o->min, o->max, &n) != 0) {
        snprintf(err, errlen, "%s: \"%s\" is not a whole number from %ld to %ld", from, v, o->min,
                 o->max);
        return -1;
    }
    *(long *)base = n;
    return 0;
}

static const option *find(const char *flag, size_t len)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (strlen(options[i].flag) == len && !memcmp(options[i].flag, flag, len))
            return &options[i];
    return NULL;
}

int config_load(config *c, int cmd, int argc, char **argv, int *nargs, int *help, char *err,
                size_t errlen)
{
    memset(c, 0, sizeof *c);
    *help = 0;
    *nargs = 0;
    for (size_t i = 0; i < NOPTIONS; i++) {
        const char *env = getenv(options[i].env);
        if (set(c, &options[i], options[i].def, options[i].flag, err, errlen) != 0) return -1;
        if (env && (options[i].cmds & cmd) &&
            set(c, &options[i], env, options[i].env, err, errlen) != 0)
            return -1;
    }
    for (int i = 0; i < argc; i++) {
        char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            *help = 1;
            continue;
        }
        if (strncmp(a, "--", 2) != 0 || !strcmp(a, "--")) {
            argv[(*nargs)++] = a;
            continue;
        }
        const char *name = a + 2, *eq = strchr(name, '=');
        const option *o = find(name, eq ? (size_t)(eq - name) : strlen(name));
        if (!o || !(o->cmds & cmd)) {
            snprintf(err, errlen, "unknown option %s (see --help)", a);
            return -1;
        }
        const char *v = eq ? eq + 1 : NULL;
        if (!v && o->kind == OPT_BOOL) v = "1";
        if (!v) {
            if (i + 1 >= argc) {
                snprintf(err, errlen, "option --%s needs a value", o->flag);
                return -1;
            }
            v = argv[++i];
        }
        if (set(c, o, v, a, err, errlen) != 0) return -1;
    }
    if (c->workers < 0) c->workers = auto_workers();
    /* An idle runner holds a Node and a Chromium (~300 MiB): a few kept
     * warm serve bursts; past them a script task waits a runner's start
     * (about a second). */
    if (c->script_runners < 0) c->script_runners = (c->workers + 3) / 4;
    /* One key's flood leaves a slot to the others, so their tasks start at
     * once; a node of one or two slots is too small to split. */
    if (c->running_per_key < 0) c->running_per_key = c->workers >= 3 ? c->workers - 1 : 0;
    if (c->browsers == 0) c->browsers = c->workers > 0 ? (c->workers + 3) / 4 : 1;
    if (!*c->store) {
        free(c->store);
        c->store = xasprintf("sqlite:%s/browserai.db", c->data_dir);
    }
    if (c->task_timeout > c->task_timeout_max) c->task_timeout = c->task_timeout_max;
    if (strcmp(c->planner, "rules") && strcmp(c->planner, "auto") && strcmp(c->planner, "llm")) {
        snprintf(err, errlen, "planner: \"%s\" is not rules, auto or llm", c->planner);
        return -1;
    }
    if (!strcmp(c->planner, "llm") && !*c->llm_url) {
        snprintf(err, errlen, "planner llm needs an LLM: set BROWSERAI_LLM_URL (--llm-url)");
        return -1;
    }
    return 0;
}

void config_free(config *c)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (options[i].kind == OPT_STR) {
            char **p = (char **)((char *)c + options[i].off);
            free(*p);
            *p = NULL;
        }
}

void config_usage(FILE *f, int cmd)
{
    fprintf(f, "Options (each also read from its environment variable):\n");
    for (size_t i = 0; i < NOPTIONS; i++) {
        const option *o = &options[i];
        if (!(o->cmds & cmd)) continue;
        char left[64];
        snprintf(left, sizeof left, "--%s%s", o->flag, o->kind == OPT_BOOL ? "" : " V");
        fprintf(f, "  %-28s %s\n  %-28s [%s, default \"%s\"]\n", left, o->help, "", o->env, o->def);
    }
}
