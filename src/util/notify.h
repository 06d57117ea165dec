/* notify.h -- a process-wide "something changed" signal.
 *
 * Writers (the API when it queues or cancels a task, workers when they log a
 * line or finish a step) call notify_bump(); waiters (idle worker slots, event
 * streams) remember notify_gen() and sleep in notify_wait() until it moves or
 * a timeout passes. Waiters always re-read the store afterwards, so a missed
 * or spurious wake-up costs at most one timeout, never correctness; that is
 * also why nodes sharing a store across machines work with timeouts alone. */
#ifndef BAI_NOTIFY_H
#define BAI_NOTIFY_H

#include <stdint.h>

uint64_t notify_gen(void);
void notify_bump(void);
/* Wait until the generation differs from gen or timeout_ms passes. Returns
 * the current generation. */
uint64_t notify_wait(uint64_t gen, int timeout_ms);

#endif
