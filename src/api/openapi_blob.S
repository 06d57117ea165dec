/* The contract served at /api/v1/openapi.yaml, embedded so the binary needs
 * no file beside it. The path is relative to the build's working directory,
 * the repository root. */
    .section .rodata
    .global api_openapi_yaml
    .global api_openapi_yaml_end
api_openapi_yaml:
    .incbin "docs/api/openapi.yaml"
api_openapi_yaml_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
