/* web.c -- the Projects dashboard: GET / is web/index.html, GET /ui/NAME is
 * web/NAME. The files are embedded at build time (web_blob.S), so the
 * binary serves them with nothing beside it, and only the files of the table
 * below exist: a request names a row, never a path on disk.
 *
 * The dashboard is plain HTML, CSS and JavaScript that calls the API with the
 * key the user pasted; these handlers need no auth. Every reply carries a
 * strict Content-Security-Policy (no inline script or style, images only from
 * here, which is where the signed artifact URLs point) and refuses framing. */
#include <string.h>

#include "api/internal.h"

extern const char web_index_html[], web_index_html_end[];
extern const char web_app_js[], web_app_js_end[];
extern const char web_style_css[], web_style_css_end[];
extern const char web_icon_svg[], web_icon_svg_end[];

typedef struct web_file {
    const char *name; /* as in /ui/NAME */
    const char *ctype;
    const char *start, *end;
} web_file;

static const web_file files[] = {
    {"index.html", "text/html; charset=utf-8", web_index_html, web_index_html_end},
    {"app.js", "text/javascript; charset=utf-8", web_app_js, web_app_js_end},
    {"style.css", "text/css; charset=utf-8", web_style_css, web_style_css_end},
    {"icon.svg", "image/svg+xml; charset=utf-8", web_icon_svg, web_icon_svg_end},
};

static const char csp[] = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                          "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

static void send(http_req *r, const web_file *f)
{
    /* no-cache: the files are not versioned, so a browser must revalidate
     * to see a new build's dashboard. */
    const char *hdr[] = {"Cache-Control",
                         "no-cache",
                         "Content-Security-Policy",
                         csp,
                         "X-Frame-Options",
                         "DENY",
                         "Referrer-Policy",
                         "no-referrer",
                         NULL};
    http_reply_bytes(r, 200, f->ctype, f->start, (size_t)(f->end - f->start), hdr);
}

void api_web_index(http_req *r)
{
    send(r, &files[0]);
}

void api_web_file(http_req *r)
{
    const char *name = http_param(r, 0);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (strcmp(files[i].name, name) == 0) {
            send(r, &files[i]);
            return;
        }
    http_reply_error(r, 404, "Not found", NULL);
}
