/* The in-page agent (src/browser/agent/*.js joined in name order by the
 * Makefile into AGENT_JS), embedded so the binary needs no file beside it.
 * The path is relative to the build's working directory, the repository
 * root. */
    .section .rodata
    .global agent_js
    .global agent_js_end
agent_js:
    .incbin AGENT_JS
agent_js_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
