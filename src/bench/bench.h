/* bench.h -- `browserai bench-store`, a hidden command for bench/scale.mjs:
 * the store's queue without a browser. */
#ifndef BAI_BENCH_H
#define BAI_BENCH_H

/* browserai bench-store --store URL --workers N --tasks M
 *
 * Forks N worker processes, each with its own store handle, that claim and
 * finish tasks until the queue is empty and the submitter is done; this
 * process submits M tasks meanwhile. Prints one JSON line: the backend,
 * N, M, the seconds from the first submit to the last finish, round trips
 * per second, and the p50 and p99 of the claims' latencies (a successful
 * store_task_claim call, in ms). Returns the process's exit status. */
int bench_store_main(int argc, char **argv);

#endif
