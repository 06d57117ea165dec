/* The dashboard's files (web/), embedded so the binary needs no file beside
 * it; src/api/web.c serves them. Each file gets a start and an end symbol and
 * a NUL after it. Paths are relative to the repository root, where the build
 * runs. To add a file: one block here, one row in web.c's table. */
    .section .rodata

    .global web_index_html
    .global web_index_html_end
web_index_html:
    .incbin "web/index.html"
web_index_html_end:
    .byte 0

    .global web_app_js
    .global web_app_js_end
web_app_js:
    .incbin "web/app.js"
web_app_js_end:
    .byte 0

    .global web_style_css
    .global web_style_css_end
web_style_css:
    .incbin "web/style.css"
web_style_css_end:
    .byte 0

    .global web_icon_svg
    .global web_icon_svg_end
web_icon_svg:
    .incbin "web/icon.svg"
web_icon_svg_end:
    .byte 0

    .section .note.GNU-stack,"",@progbits
