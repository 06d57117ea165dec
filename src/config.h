/* config.h -- settings from flags and environment, one table for both.
 *
 * Every setting has a flag (--workers 4), an environment variable
 * (BROWSERAI_WORKERS=4) and a default; a flag wins over the environment. The
 * same table prints --help, so documentation cannot drift from parsing. */
#ifndef BAI_CONFIG_H
#define BAI_CONFIG_H

#include <stdio.h>

/* Which subcommands a setting applies to. */
enum { CFG_SERVE = 1, CFG_WORKER = 2, CFG_RUN = 4, CFG_KEYS = 8 };

typedef struct config {
    char *addr;
    char *data_dir;
    char *store;
    char *api_key;
    long workers;
    long browsers;
    long browser_max_pages;
    long browser_max_rss;
    long prepared_proxies;
    char *chromium;
    long allow_private;
    char *allow_addresses; /* exact address:port pairs allowed although not public */
    long task_timeout;
    long task_timeout_max;
    long nav_timeout;
    long lease;
    long max_attempts;
    long shutdown_grace;
    long body_limit;
    long http_threads;        /* HTTP event-loop threads; 0 = one per core */
    long http_max_conns;      /* open connections in all */
    long http_max_per_client; /* per client address; 0 = no limit */
    long http_idle_timeout;   /* seconds; 0 = none */
    long http_header_timeout; /* seconds; 0 = none */
    long max_instructions;
    long max_action;
    long max_project;
    long max_queued;
    long session_idle;      /* seconds an awaiting session keeps its page */
    long sessions_per_key;  /* open sessions per API key; 0 = no limit */
    long sessions_per_node; /* pages parked per node; 0 = 4 per worker slot */
    long running_per_key;   /* running tasks per API key, store-wide; 0 = no limit */
    long artifact_ttl;
    char *public_url;
    char *planner; /* "rules", "auto" or "llm" */
    char *llm_url;
    char *llm_model;
    char *llm_api_key;
    long llm_max_steps;
    long llm_timeout;
    long script_runners; /* warm script runners; -1 = one per 4 worker slots */
    long script_warm;    /* seconds runners stay warm after a script task; -1 always */
    long script_start;   /* seconds a runner may take to start, at first (it doubles) */
    long retention_days; /* ended tasks older than this are removed; 0 keeps them */
    char *node;          /* Node.js that runs them */
    char *runner_dir;    /* runner/ ("" = next to the binary's build/ folder) */
    long
        script_memory; /* MiB a script may use (its sandbox: heap half, + 1 GiB of address space) */
    char *script_uids; /* "lo-hi": the users runners run as (one each), as root */
    long browser_warm; /* seconds browsers stay ready after a task; -1 always, 0 never */
    long browser_memory_mb;  /* renderers' RSS per browser before the largest is killed; 0 off */
    long download_max_bytes; /* bytes a script task may download; 0 = none allowed */
} config;

/* Fill c with defaults, then the environment, then the flags in argv that
 * apply to cmd (a CFG_* bit). Arguments that are not flags are moved, in
 * order, to the front of argv and their count stored in *nargs. "--help"
 * sets *help. Returns 0, or -1 with a message in err for an unknown flag or a
 * bad value (naming the flag or variable). Strings in c are malloc'ed;
 * release with config_free. */
int config_load(config *c, int cmd, int argc, char **argv, int *nargs, int *help, char *err,
                size_t errlen);
void config_free(config *c);
/* Print the settings that apply to cmd, for --help. */
void config_usage(FILE *f, int cmd);

#endif
