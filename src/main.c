/* main.c -- the browserai command: serve, worker, run, keys. */
#include <errno.h>
#include <ftw.h>
#include <jansson.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api/api.h"
#include "api/render.h"
#include "auth/auth.h"
#include "bench/bench.h"
#include "config.h"
#include "http/http.h"
#include "sched/sched.h"
#include "service/submit.h"
#include "store/store.h"
#include "util/notify.h"
#include "util/proc.h"
#include "util/util.h"
#include "worker/worker.h"

#define VERSION "0.1.0"

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("browserai: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

/* mkdir -p */
static int make_dirs(const char *path)
{
    char tmp[PATH_MAX];
    if (util_strlcpy(tmp, path, sizeof tmp) >= sizeof tmp) return -1;
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(tmp, 0700) != 0 && errno != EEXIST) return -1;
        *p = '/';
    }
    return mkdir(tmp, 0700) != 0 && errno != EEXIST ? -1 : 0;
}

/* What tighten_tree found: entries opened to the group or others. */
static int loose_count;
static mode_t loose_first;

static int tighten_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)ftw;
    if (flag == FTW_SL || flag == FTW_SLN || !(sb->st_mode & 077)) return 0;
    if (!S_ISDIR(sb->st_mode) && !S_ISREG(sb->st_mode)) return 0;
    if (loose_count++ == 0) loose_first = sb->st_mode & 07777;
    if (chmod(path, S_ISDIR(sb->st_mode) ? 0700 : 0600) != 0)
        fprintf(stderr, "browserai: cannot tighten %s: %s\n", path, strerror(errno));
    return 0;
}

/* The data folder holds the store: keys' hashes, every task's pages and
 * results. One left readable by others (made by hand, or by an older
 * version) is closed at start: folders 0700, files 0600, symlinks not
 * followed; the log says so once. */
static void tighten_data_dir(const char *dir)
{
    loose_count = 0;
    if (nftw(dir, tighten_entry, 16, FTW_PHYS) != 0) return;
    if (loose_count)
        fprintf(stderr,
                "browserai: the data folder %s was readable by others (%d entries, the first "
                "%04o): tightened to 0700, files 0600\n",
                dir, loose_count, (unsigned)loose_first);
}

static store *open_store(const config *c)
{
    char err[512];
    store *st = NULL;
    if (strncmp(c->store, "sqlite:", 7) == 0 || !strstr(c->store, "://")) {
        if (make_dirs(c->data_dir) != 0)
            die("cannot create the data folder %s: %s", c->data_dir, strerror(errno));
        tighten_data_dir(c->data_dir);
    }
    if (store_open(c->store, &st, err, sizeof err) != STORE_OK)
        die("cannot open the store %s: %s", c->store, err);
    return st;
}

static void load_config(config *c, int cmd, int argc, char **argv, int *nargs,
                        void (*usage)(FILE *))
{
    char err[256];
    int help;
    if (config_load(c, cmd, argc, argv, nargs, &help, err, sizeof err) != 0) {
        fprintf(stderr, "browserai: %s\n", err);
        exit(2);
    }
    if (help) {
        usage(stdout);
        exit(0);
    }
}

/* Block the stop signals in every thread; main waits for them. */
static void block_signals(sigset_t *set)
{
    signal(SIGPIPE, SIG_IGN);
    sigemptyset(set);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, set, NULL);
}

static void node_name(char *out, size_t len)
{
    char host[64] = "host";
    gethostname(host, sizeof host - 1);
    snprintf(out, len, "%s:%d", host, (int)getpid());
}

/* ---- serve and worker -------------------------------------------------- */

/* Take the flag "--name" out of a command's arguments argv[0..argc) (with want_value: "--name V" or
 * "--name=V", *value pointing into argv). Returns 1 when it was there; the
 * flags of a node's role are main's, not config's. Exits 2 when its value
 * is missing. */
static int take_flag(int *argc, char **argv, const char *name, int want_value, const char **value)
{
    size_t n = strlen(name);
    for (int i = 0; i < *argc; i++) {
        int eq = want_value && !strncmp(argv[i], name, n) && argv[i][n] == '=';
        if (strcmp(argv[i], name) != 0 && !eq) continue;
        int used = 1;
        if (want_value && eq) {
            *value = argv[i] + n + 1;
        } else if (want_value) {
            if (i + 1 >= *argc) {
                fprintf(stderr, "browserai: %s needs a value\n", name);
                exit(2);
            }
            *value = argv[i + 1];
            used = 2;
        }
        memmove(&argv[i], &argv[i + used], (size_t)(*argc - i - used + 1) * sizeof *argv);
        *argc -= used;
        return 1;
    }
    return 0;
}

static void serve_usage(FILE *f)
{
    fprintf(f, "Usage: browserai serve [options]\n\n"
               "Serve the task API and the dashboard, and run tasks in worker slots.\n"
               "Prints the address it listens on, and a new API key when none exists.\n\n"
               "  --no-workers      an API node: serve the API only, run no tasks (worker\n"
               "                    nodes sharing the store run them)\n\n");
    config_usage(f, CFG_SERVE);
}

static void worker_usage(FILE *f)
{
    fprintf(f, "Usage: browserai worker [options]\n\n"
               "Run worker slots only, claiming tasks from a store shared with `serve`.\n"
               "No HTTP port, unless given one:\n\n"
               "  --addr HOST:PORT  serve /healthz and /metrics (only those) there\n\n");
    config_usage(f, CFG_WORKER);
}

static char *artifact_key(store *st)
{
    char fresh[65], *key = NULL;
    util_random_b32(fresh, 52);
    if (store_setting_get_or_put(st, "artifact_key", fresh, &key) != STORE_OK)
        die("cannot read the artifact signing key from the store");
    return key;
}

static int cmd_serve(int argc, char **argv)
{
    config c;
    int nargs;
    int no_workers = take_flag(&argc, argv, "--no-workers", 0, NULL);
    load_config(&c, CFG_SERVE, argc, argv, &nargs, serve_usage);
    if (nargs > 0) die("serve takes no arguments (see --help)");
    if (no_workers) c.workers = 0;
    sigset_t set;
    block_signals(&set);
    store *st = open_store(&c);

    api_ctx ctx = {
        .st = st, .cfg = &c, .started_ms = util_now_ms(), .role = no_workers ? "api" : "serve"};
    if (*c.api_key) util_sha256_hex(c.api_key, strlen(c.api_key), ctx.bootstrap_hash);
    int nkeys = 0;
    if (!*c.api_key && store_key_count(st, &nkeys) == STORE_OK && nkeys == 0) {
        char *token, id[AUTH_ID_LEN + 1];
        if (auth_key_create(st, NULL, &token, id) != 0) die("cannot create an API key");
        printf("browserai: created API key (shown once): %s\n", token);
        free(token);
    }
    ctx.artifact_key = artifact_key(st);

    char err[512], node[128];
    node_name(node, sizeof node);
    util_strlcpy(ctx.node, node, sizeof ctx.node);
    store_node_self(st, node, ctx.role, VERSION, ctx.started_ms, (int)c.workers);
    if (c.workers > 0 && engine_start(st, &c, node, &ctx.eng, err, sizeof err) != 0) die("%s", err);
    http_opts ho = {.addr = c.addr,
                    .routes = api_routes(),
                    .body_limit = (size_t)c.body_limit,
                    .ud = &ctx,
                    .threads = (unsigned)c.http_threads,
                    .max_conns = (unsigned)c.http_max_conns,
                    .max_per_client = (unsigned)c.http_max_per_client,
                    .idle_timeout = (unsigned)c.http_idle_timeout,
                    .header_timeout = (unsigned)c.http_header_timeout};
    http_server *srv = NULL;
    if (http_start(&ho, &srv, err, sizeof err) != 0) die("%s", err);
    sched *sc = NULL; /* fires the saved tasks' scheduled runs */
    if (sched_start(st, 1000, NULL, NULL, &sc, err, sizeof err) != 0) die("%s", err);
    sched_retention_every(sc, node, c.retention_days, 10 * 60 * 1000);
    const char *colon = strrchr(c.addr, ':');
    printf("browserai: listening on http://%.*s:%d (%ld worker slot%s, data in %s)\n",
           (int)(colon - c.addr), c.addr, http_port(srv), c.workers, c.workers == 1 ? "" : "s",
           c.store);
    printf("browserai: dashboard at http://%.*s:%d/ (sign in with an API key)\n",
           (int)(colon - c.addr), c.addr, http_port(srv));
    fflush(stdout);

    int sig;
    sigwait(&set, &sig);
    printf("browserai: stopping (signal %d)\n", sig);
    fflush(stdout);
    store_stopping(st); /* a database that is down does not hold the stop */
    http_stop(srv);
    sched_stop(sc);
    engine_stop(ctx.eng, (int)c.shutdown_grace * 1000);
    free(ctx.artifact_key);
    store_close(st);
    config_free(&c);
    return 0;
}

static int cmd_worker(int argc, char **argv)
{
    config c;
    int nargs;
    const char *addr = NULL;
    take_flag(&argc, argv, "--addr", 1, &addr);
    load_config(&c, CFG_WORKER, argc, argv, &nargs, worker_usage);
    if (nargs > 0) die("worker takes no arguments (see --help)");
    if (c.workers < 1) die("worker needs at least one slot (--workers)");
    sigset_t set;
    block_signals(&set);
    store *st = open_store(&c);
    char err[512], node[128];
    node_name(node, sizeof node);
    api_ctx ctx = {.st = st, .cfg = &c, .started_ms = util_now_ms(), .role = "worker"};
    util_strlcpy(ctx.node, node, sizeof ctx.node);
    store_node_self(st, node, ctx.role, VERSION, ctx.started_ms, (int)c.workers);
    if (engine_start(st, &c, node, &ctx.eng, err, sizeof err) != 0) die("%s", err);
    http_server *srv = NULL; /* /healthz and /metrics, when given an address */
    http_opts ho = {
        .addr = addr, .routes = api_node_routes(), .body_limit = 1024, .ud = &ctx, .threads = 2};
    if (addr && http_start(&ho, &srv, err, sizeof err) != 0) die("%s", err);
    printf("browserai: worker %s running %ld slot%s on %s\n", node, c.workers,
           c.workers == 1 ? "" : "s", c.store);
    if (srv) {
        const char *colon = strrchr(addr, ':');
        printf("browserai: health and metrics on http://%.*s:%d/\n",
               (int)(colon ? colon - addr : 0), addr, http_port(srv));
    }
    fflush(stdout);
    int sig;
    sigwait(&set, &sig);
    store_stopping(st);
    http_stop(srv);
    engine_stop(ctx.eng, (int)c.shutdown_grace * 1000);
    store_close(st);
    config_free(&c);
    return 0;
}

/* ---- run --------------------------------------------------------------- */

static void run_usage(FILE *f)
{
    fprintf(f, "Usage: browserai run [options] INSTRUCTION...\n\n"
               "Run one task here, without a server, and print its results as the JSON of\n"
               "GET /api/v1/results/{id}. Each INSTRUCTION is one instruction, e.g.\n"
               "  browserai run \"open example.com and get the title\"\n"
               "Artifacts (screenshots, HTML, console logs) are written to the --out folder.\n"
               "Progress goes to stderr. Exit status: 0 when the task ended \"finalized\", 1\n"
               "when it did not (\"failed\" or \"stopped\"), 2 for a usage error.\n\n"
               "Task options:\n"
               "  --type T          crawler_automation (default) or script_automation\n"
               "  --project P       project name (default \"cli\")\n"
               "  --country C       geoLocation country (default US)\n"
               "  --city C          geoLocation city\n"
               "  --inspect         artifacts after every step, not only the last\n"
               "  --timeout S       timeoutSeconds\n"
               "  --out DIR         where artifacts go (default ./browserai-run-<id>)\n\n");
    config_usage(f, CFG_RUN);
}

typedef struct run_args {
    const char *type, *project, *country, *city, *out;
    int inspect;
    long timeout;
} run_args;

/* Take run's own flags out of argv; leave the rest for config_load. */
static int take_run_flags(int argc, char **argv, run_args *ra)
{
    int n = 0;
    static const struct {
        const char *flag;
        size_t off;
    } strs[] = {{"--type", offsetof(run_args, type)},
                {"--project", offsetof(run_args, project)},
                {"--country", offsetof(run_args, country)},
                {"--city", offsetof(run_args, city)},
                {"--out", offsetof(run_args, out)}};
    for (int i = 0; i < argc; i++) {
        int taken = 0;
        for (size_t k = 0; k < sizeof strs / sizeof strs[0]; k++) {
            if (strcmp(argv[i], strs[k].flag) != 0) continue;
            if (i + 1 >= argc) die("option %s needs a value", argv[i]);
            *(const char **)((char *)ra + strs[k].off) = argv[++i];
            taken = 1;
        }
        if (!strcmp(argv[i], "--inspect")) ra->inspect = taken = 1;
        if (!strcmp(argv[i], "--timeout")) {
            if (i + 1 >= argc || util_parse_long(argv[i + 1], 1, 86400, &ra->timeout) != 0)
                die("option --timeout needs a number of seconds");
            i++;
            taken = 1;
        }
        if (!taken) argv[n++] = argv[i];
    }
    return n;
}

typedef struct out_dir {
    store *st;
    const char *dir;
} out_dir;

/* Artifacts of `run` become files; the result JSON holds their paths. */
static char *write_artifact(void *ud, const char *id)
{
    out_dir *o = ud;
    void *data = NULL;
    size_t len = 0;
    char *ctype = NULL;
    if (store_artifact_get(o->st, id, &data, &len, &ctype, NULL) != STORE_OK) return NULL;
    const char *ext = strstr(ctype, "png") ? "png" : strstr(ctype, "html") ? "html" : "json";
    char *path = xasprintf("%s/%s.%s", o->dir, id, ext);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len) {
        fprintf(stderr, "browserai: cannot write %s: %s\n", path, strerror(errno));
        free(path);
        path = NULL;
    }
    if (f) fclose(f);
    free(data);
    free(ctype);
    return path;
}

static int cmd_run(int argc, char **argv)
{
    run_args ra = {.type = "crawler_automation", .project = "cli", .country = "US"};
    argc = take_run_flags(argc, argv, &ra);
    config c;
    int nargs;
    load_config(&c, CFG_RUN, argc, argv, &nargs, run_usage);
    if (nargs == 0) die("run needs at least one instruction (see --help)");
    sigset_t set;
    block_signals(&set);

    /* Build the request a client would send, so `run` validates exactly as
     * the API does. */
    json_t *instr = json_array();
    for (int i = 0; i < nargs; i++)
        json_array_append_new(instr, json_pack("{s:s}", "action", argv[i]));
    json_t *geo = json_pack("{s:s}", "country", ra.country);
    if (ra.city) json_object_set_new(geo, "city", json_string(ra.city));
    json_t *body = json_pack("{s:o, s:o, s:s, s:s, s:b}", "instructions", instr, "geoLocation", geo,
                             "project", ra.project, "type", ra.type, "inspect", ra.inspect);
    if (ra.timeout) json_object_set_new(body, "timeoutSeconds", json_integer(ra.timeout));
    char *text = json_dumps(body, JSON_COMPACT);
    json_decref(body);
    validate_limits lim = {c.max_instructions, c.max_action, c.max_project, c.task_timeout,
                           c.task_timeout_max};
    task_req req;
    json_t *details = NULL;
    const char *summary;
    if (validate_task(text, strlen(text), &lim, &req, &details, &summary) != 0) {
        size_t i;
        json_t *d;
        json_array_foreach(details, i, d) fprintf(stderr, "browserai: %s\n", json_string_value(d));
        exit(2);
    }
    free(text);

    /* A private store for this one task, removed afterwards. */
    char tmpl[PATH_MAX];
    if (proc_tmpdir("/tmp", "run", tmpl, sizeof tmpl) != 0)
        die("cannot make a temporary folder: %s", strerror(errno));
    char *url = xasprintf("sqlite:%s/run.db", tmpl);
    store *st = NULL;
    char err[512];
    if (store_open(url, &st, err, sizeof err) != STORE_OK) die("%s", err);

    store_task t;
    submit_row_of_request(&req, "", &t);
    if (submit_queue(st, &t, 0) != STORE_OK) die("cannot store the task");
    char id[UTIL_ID_LEN];
    util_strlcpy(id, t.id, sizeof id);
    store_task_free(&t);

    c.workers = 1;
    c.lease = 3600; /* one process: no other worker can take over */
    engine *e = NULL;
    char node[128];
    node_name(node, sizeof node);
    if (engine_start(st, &c, node, &e, err, sizeof err) != 0) die("%s", err);

    /* Follow the logs on stderr until the task ends, or a signal cancels it. */
    int shown = 0;
    store_task cur = {0};
    for (;;) {
        uint64_t gen = notify_gen();
        char **lines;
        int n;
        if (store_logs(st, id, shown, &lines, &n) == STORE_OK) {
            for (int i = 0; i < n; i++)
                fprintf(stderr, "%s\n", lines[i]);
            shown += n;
            store_strings_free(lines, n);
        }
        store_task_free(&cur);
        if (store_task_get(st, id, NULL, &cur) != STORE_OK) die("lost the task");
        if (task_status_terminal(cur.status)) break;
        struct timespec zero = {0, 0};
        if (sigtimedwait(&set, NULL, &zero) > 0) {
            store_task_cancel(st, id, NULL, "interrupted");
            engine_cancelled(e, id);
        }
        notify_wait(gen, 200);
    }
    engine_stop(e, 5000);
    /* Logs written between the last read and the end. */
    char **lines;
    int n;
    if (store_logs(st, id, shown, &lines, &n) == STORE_OK) {
        for (int i = 0; i < n; i++)
            fprintf(stderr, "%s\n", lines[i]);
        store_strings_free(lines, n);
    }
    char *dir = ra.out ? xstrdup(ra.out) : xasprintf("./browserai-run-%s", id);
    if (make_dirs(dir) != 0) die("cannot create %s: %s", dir, strerror(errno));
    out_dir od = {st, dir};
    json_t *res = render_results(st, &cur, write_artifact, &od);
    char *out = json_dumps(res, JSON_INDENT(2));
    puts(out ? out : "{}");
    int code = cur.status == TASK_FINALIZED ? 0 : 1;
    free(out);
    json_decref(res);
    store_task_free(&cur);
    store_close(st);
    char *db = xasprintf("%s/run.db", tmpl);
    static const char *const sfx[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char *f = xasprintf("%s%s", db, sfx[i]);
        unlink(f);
        free(f);
    }
    free(db);
    rmdir(tmpl);
    free(url);
    free(dir);
    task_req_free(&req);
    config_free(&c);
    return code;
}

/* ---- keys -------------------------------------------------------------- */

static void keys_usage(FILE *f)
{
    fprintf(f, "Usage: browserai keys create [--project P]...\n"
               "       browserai keys list\n"
               "       browserai keys revoke ID\n\n"
               "Manage API keys. `create` prints the new token once, alone on the last\n"
               "line; only its hash is stored. A key made with --project sees only those\n"
               "projects; without, it sees every project.\n\n");
    config_usage(f, CFG_KEYS);
}

static int cmd_keys(int argc, char **argv)
{
    /* --project may repeat: take it out before the common options. */
    const char **projects = xcalloc((size_t)argc + 1, sizeof *projects);
    int np = 0, n = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--project")) {
            if (i + 1 >= argc) die("option --project needs a value");
            projects[np++] = argv[++i];
        } else {
            argv[n++] = argv[i];
        }
    }
    config c;
    int nargs;
    load_config(&c, CFG_KEYS, n, argv, &nargs, keys_usage);
    if (nargs == 0) {
        keys_usage(stderr);
        exit(2);
    }
    store *st = open_store(&c);
    int code = 0;
    const char *what = argv[0];
    if (!strcmp(what, "create") && nargs == 1) {
        for (int i = 0; i < np; i++)
            if (!validate_project(projects[i], c.max_project))
                die("\"%s\" is not a valid project name", projects[i]);
        char *token, id[AUTH_ID_LEN + 1];
        if (auth_key_create(st, np ? projects : NULL, &token, id) != 0) die("cannot store the key");
        printf("created key %s for %s\n", id, np ? "the projects listed" : "every project");
        printf("%s\n", token);
        free(token);
    } else if (!strcmp(what, "list") && nargs == 1) {
        store_key *ks = NULL;
        int nk = 0;
        if (store_key_list(st, &ks, &nk) != STORE_OK) die("cannot read the keys");
        printf("%-14s %-24s %-9s %s\n", "ID", "CREATED", "STATE", "PROJECTS");
        for (int i = 0; i < nk; i++) {
            char ts[UTIL_TIME_LEN];
            util_time_fmt(ks[i].created_ms, ts);
            printf("%-14s %-24s %-9s %s\n", ks[i].id, ts, ks[i].revoked_ms ? "revoked" : "active",
                   ks[i].projects ? ks[i].projects : "(all)");
        }
        store_key_list_free(ks, nk);
    } else if (!strcmp(what, "revoke") && nargs == 2) {
        int rc = store_key_revoke(st, argv[1]);
        if (rc == STORE_ENOTFOUND) die("no key %s", argv[1]);
        if (rc == STORE_ECONFLICT) die("key %s was already revoked", argv[1]);
        if (rc != STORE_OK) die("cannot revoke %s", argv[1]);
        printf("revoked key %s\n", argv[1]);
    } else {
        keys_usage(stderr);
        code = 2;
    }
    store_close(st);
    config_free(&c);
    free(projects);
    return code;
}

/* ---- main -------------------------------------------------------------- */

static const struct command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *help;
} commands[] = {
    {"serve", cmd_serve, "serve the API and run tasks (the embedded default)"},
    {"worker", cmd_worker, "run worker slots only, sharing a store with serve"},
    {"run", cmd_run, "run one task here and print its results as JSON"},
    {"keys", cmd_keys, "create, list and revoke API keys"},
};

static void usage(FILE *f)
{
    fprintf(f,
            "browserai %s -- a self-hosted browser-automation task service\n\n"
            "Usage: browserai COMMAND [options]   (browserai COMMAND --help for more)\n\n"
            "Commands:\n",
            VERSION);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].help);
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("browserai %s\n", VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name)) return commands[i].fn(argc - 2, argv + 2);
    /* Hidden: bench/scale.mjs's driver. */
    if (!strcmp(argv[1], "bench-store")) return bench_store_main(argc - 2, argv + 2);
    fprintf(stderr, "browserai: unknown command \"%s\"\n\n", argv[1]);
    usage(stderr);
    return 2;
}
