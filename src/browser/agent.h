/* agent.h -- the in-page agent (src/browser/agent/, joined by make): the element locator,
 * extraction and page helpers that steps call as window.__bai.*. Embedded into the binary at build
 * time (agent_blob.S) and installed into every document of a task's tab by page_open(). */
#ifndef BAI_AGENT_H
#define BAI_AGENT_H

extern const char agent_js[];
extern const char agent_js_end[];

#endif
