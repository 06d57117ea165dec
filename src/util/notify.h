/* notify.h -- a process-wide "something changed" signal.
 *
 * Writers (the API when it queues or cancels a task, workers when they log a
 * line or finish a step) call notify_bump(); waiters (idle worker slots, event
 * streams) remember notify_gen() and sleep in notify_wait() until it moves or
 * a timeout passes. Waiters always re-read the store afterwards, so a missed
 * or spurious wake-up costs at most one timeout, never correctness; that is
 * also why nodes sharing a store across machines work with timeouts alone.
 *
 * Named waiters: an idle worker slot waits under its name ("node/slot")
 * with notify_gen_as() and notify_wait_as(). It wakes on every notify_bump()
 * as before, and also on notify_queue(), "one task was queued", which wakes
 * one named waiter only (the one that has waited longest) where a bump
 * would wake every idle slot to claim one task. A named waiter is "armed"
 * from notify_gen_as() (it is about to claim) until notify_busy() (it took
 * a task) or notify_wait_as(); notify_queue() also makes every armed waiter
 * claim again before it waits, since its claim may have begun before the
 * task was queued. At most NOTIFY_NAMES names (of less than
 * NOTIFY_NAME_LEN bytes) are kept; once one did not fit, notify_queue()
 * leaves every wake-up to its caller's bump. */
#ifndef BAI_NOTIFY_H
#define BAI_NOTIFY_H

#include <stdint.h>

#define NOTIFY_NAMES 256
#define NOTIFY_NAME_LEN 160

uint64_t notify_gen(void);
void notify_bump(void);
/* Wait until the generation differs from gen or timeout_ms passes. Returns
 * the current generation. */
uint64_t notify_wait(uint64_t gen, int timeout_ms);

/* notify_gen() for the waiter name, which is now armed: the value moves with
 * every notify_bump() and every notify_queue() that reaches it. Any thread. */
uint64_t notify_gen_as(const char *name);
/* notify_wait() for the waiter name: until notify_gen_as(name) differs from
 * gen or timeout_ms passes; the waiter is armed again on return. */
uint64_t notify_wait_as(const char *name, uint64_t gen, int timeout_ms);
/* The waiter name took a task. Returns 1 when a notify_queue() reached it
 * while it was armed (since its last notify_gen_as): that task may be
 * another than the one it took, and the caller passes it on with
 * notify_queue(). 0 otherwise, and for a name never seen. */
int notify_busy(const char *name);
/* One task was queued: wake the named waiter that has waited longest, and
 * have every armed one claim again. Returns 1 when one was waiting, 0 when
 * none was (every named waiter busy or armed), -1 when the process has no
 * named waiter at all, or one that did not fit (its caller then bumps).
 * Any thread. */
int notify_queue(void);
/* How many named waiters wait in notify_wait_as() now (tests, metrics). */
int notify_waiting(void);

#endif
