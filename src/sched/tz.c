/* tz.c -- see tz.h. TZif layout per RFC 8536: a version 1 block with 32-bit
 * times, then (version 2 and later) the same with 64-bit times, then a
 * footer line holding a POSIX TZ string for the times after the last
 * transition. */
#include "sched/tz.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sched/civil.h"
#include "util/util.h"

#define TZ_DIR "/usr/share/zoneinfo"
/* Caps on what a zone file may hold; real ones stay far below. */
#define TZ_FILE_MAX (1 << 20)
#define TZ_TIMES_MAX 20000
#define TZ_TYPES_MAX 256
#define TZ_CHARS_MAX 4096
#define TZ_LEAPS_MAX 4096

/* One end of daylight time in a POSIX rule: day kind 'M' (month m, week w
 * of 1-5 where 5 is the last, weekday d), 'J' (day 1-365, February 29
 * never counted) or 'N' (day 0-365), and the local time of day it happens. */
typedef struct rule_date {
    char kind;
    int m, w, d;
    int32_t time;
} rule_date;

typedef struct rule {
    int32_t std_off, dst_off; /* seconds east of UTC */
    int has_dst;
    rule_date start, end;
} rule;

struct tz {
    char name[TZ_NAME_MAX + 1];
    int64_t *at;       /* transition instants, ascending */
    unsigned char *to; /* the type each transition switches to */
    int nat;
    int32_t *off; /* per type: seconds east of UTC */
    int ntypes;
    int has_rule;
    rule r;
};

int tz_name_valid(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n > TZ_NAME_MAX) return 0;
    int part = 0; /* characters in the current part */
    for (const char *p = name; *p; p++) {
        if (*p == '/') {
            if (part == 0) return 0;
            part = 0;
            continue;
        }
        if (part == 0 && *p == '.') return 0;
        if (!isalnum((unsigned char)*p) && !strchr("_-+.", *p)) return 0;
        part++;
    }
    return part > 0;
}

const char *tz_name(const tz *z)
{
    return z->name;
}

void tz_free(tz *z)
{
    if (!z) return;
    free(z->at);
    free(z->to);
    free(z->off);
    free(z);
}

static tz *tz_new(const char *name)
{
    tz *z = xcalloc(1, sizeof *z);
    util_strlcpy(z->name, name, sizeof z->name);
    return z;
}

static tz *tz_utc(const char *name)
{
    tz *z = tz_new(name);
    z->off = xcalloc(1, sizeof *z->off);
    z->ntypes = 1;
    return z;
}

/* ---- POSIX TZ strings ---------------------------------------------------- */

/* A zone abbreviation: letters, or anything but '>' inside <...>. */
static int rule_abbr(const char **s)
{
    const char *p = *s;
    if (*p == '<') {
        const char *e = strchr(p, '>');
        if (!e || e - p < 4) return -1;
        *s = e + 1;
        return 0;
    }
    while (isalpha((unsigned char)*p))
        p++;
    if (p - *s < 3) return -1;
    *s = p;
    return 0;
}

/* [+-]hh[:mm[:ss]] with hours up to max_h; the value in seconds. */
static int rule_hms(const char **s, int max_h, int32_t *out)
{
    const char *p = *s;
    int sign = 1;
    if (*p == '+' || *p == '-') sign = *p++ == '-' ? -1 : 1;
    long part[3] = {0, 0, 0};
    for (int i = 0; i < 3; i++) {
        if (i > 0 && *p != ':') break;
        if (i > 0) p++;
        if (!isdigit((unsigned char)*p)) return -1;
        char *end;
        part[i] = strtol(p, &end, 10);
        if (end - p > 3 || part[i] > (i == 0 ? max_h : 59)) return -1;
        p = end;
    }
    *out = (int32_t)(sign * (part[0] * 3600 + part[1] * 60 + part[2]));
    *s = p;
    return 0;
}

static int rule_num(const char **s, int lo, int hi, int *out)
{
    char *end;
    if (!isdigit((unsigned char)**s)) return -1;
    long v = strtol(*s, &end, 10);
    if (end - *s > 3 || v < lo || v > hi) return -1;
    *out = (int)v;
    *s = end;
    return 0;
}

static int rule_when(const char **s, rule_date *d)
{
    const char *p = *s;
    memset(d, 0, sizeof *d);
    d->time = 7200;
    if (*p == 'M') {
        p++;
        d->kind = 'M';
        if (rule_num(&p, 1, 12, &d->m) != 0 || *p++ != '.' || rule_num(&p, 1, 5, &d->w) != 0 ||
            *p++ != '.' || rule_num(&p, 0, 6, &d->d) != 0)
            return -1;
    } else if (*p == 'J') {
        p++;
        d->kind = 'J';
        if (rule_num(&p, 1, 365, &d->d) != 0) return -1;
    } else {
        d->kind = 'N';
        if (rule_num(&p, 0, 365, &d->d) != 0) return -1;
    }
    if (*p == '/') {
        p++;
        if (rule_hms(&p, 167, &d->time) != 0) return -1;
    }
    *s = p;
    return 0;
}

/* Parse a TZ string such as "CET-1CEST,M3.5.0,M10.5.0/3" or "<+0330>-3:30".
 * Offsets in the string count west of UTC; the rule keeps them east. */
static int rule_parse(const char *s, rule *r)
{
    int32_t v;
    memset(r, 0, sizeof *r);
    if (rule_abbr(&s) != 0 || rule_hms(&s, 24, &v) != 0) return -1;
    r->std_off = -v;
    if (!*s) return 0;
    if (rule_abbr(&s) != 0) return -1;
    r->has_dst = 1;
    r->dst_off = r->std_off + 3600;
    if (*s && *s != ',') {
        if (rule_hms(&s, 24, &v) != 0) return -1;
        r->dst_off = -v;
    }
    if (!*s) {
        /* No dates: POSIX leaves them to the implementation; take the US
         * rule, as glibc does. */
        s = ",M3.2.0,M11.1.0";
    }
    if (*s++ != ',' || rule_when(&s, &r->start) != 0 || *s++ != ',' ||
        rule_when(&s, &r->end) != 0 || *s)
        return -1;
    return 0;
}

/* The day number a rule date falls on in year y. */
static int64_t rule_day(const rule_date *d, int64_t y)
{
    if (d->kind == 'J') return civil_days(y, 1, 1) + d->d - 1 + (civil_leap(y) && d->d >= 60);
    if (d->kind == 'N') return civil_days(y, 1, 1) + d->d;
    int64_t first = civil_days(y, d->m, 1);
    int64_t day = first + (d->d - civil_weekday(first) + 7) % 7 + (d->w - 1) * 7;
    while (day >= first + civil_month_days(y, d->m))
        day -= 7; /* week 5: the last */
    return day;
}

static int32_t rule_offset(const rule *r, int64_t t)
{
    if (!r->has_dst) return r->std_off;
    int64_t y;
    int m, d;
    civil_date(civil_floor_div(t + r->std_off, 86400), &y, &m, &d);
    /* The start is given in standard time, the end in daylight time. */
    int64_t start = rule_day(&r->start, y) * 86400 + r->start.time - r->std_off;
    int64_t end = rule_day(&r->end, y) * 86400 + r->end.time - r->dst_off;
    int dst = start < end ? (t >= start && t < end) : !(t >= end && t < start);
    return dst ? r->dst_off : r->std_off;
}

/* ---- TZif ---------------------------------------------------------------- */

typedef struct reader {
    const unsigned char *p;
    size_t left;
} reader;

static int take(reader *rd, size_t n, const unsigned char **out)
{
    if (rd->left < n) return -1;
    *out = rd->p;
    rd->p += n;
    rd->left -= n;
    return 0;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p)
{
    return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

typedef struct header {
    char version;
    uint32_t isut, isstd, leap, time, type, chars;
} header;

static int read_header(reader *rd, header *h, char *err, size_t errlen)
{
    const unsigned char *p;
    if (take(rd, 44, &p) != 0 || memcmp(p, "TZif", 4) != 0) {
        snprintf(err, errlen, "not a TZif file");
        return -1;
    }
    h->version = (char)p[4];
    h->isut = be32(p + 20);
    h->isstd = be32(p + 24);
    h->leap = be32(p + 28);
    h->time = be32(p + 32);
    h->type = be32(p + 36);
    h->chars = be32(p + 40);
    if (h->type == 0 || h->type > TZ_TYPES_MAX || h->time > TZ_TIMES_MAX ||
        h->chars > TZ_CHARS_MAX || h->leap > TZ_LEAPS_MAX || (h->isut && h->isut != h->type) ||
        (h->isstd && h->isstd != h->type)) {
        snprintf(err, errlen, "TZif header out of bounds");
        return -1;
    }
    return 0;
}

/* Bytes of the data block after a header, with times of tsize bytes. */
static size_t block_size(const header *h, size_t tsize)
{
    return h->time * (tsize + 1) + h->type * 6 + h->chars + h->leap * (tsize + 4) + h->isstd +
           h->isut;
}

static int read_block(reader *rd, const header *h, size_t tsize, tz *z, char *err, size_t errlen)
{
    const unsigned char *times, *idx, *types, *rest;
    /* Leap seconds, standard/wall and UT/local indicators: not needed. */
    size_t unused = block_size(h, tsize) - h->time * (tsize + 1) - h->type * 6;
    if (take(rd, h->time * tsize, &times) != 0 || take(rd, h->time, &idx) != 0 ||
        take(rd, h->type * 6, &types) != 0 || take(rd, unused, &rest) != 0) {
        snprintf(err, errlen, "TZif data cut short");
        return -1;
    }
    z->nat = (int)h->time;
    z->ntypes = (int)h->type;
    z->at = xcalloc(h->time + 1, sizeof *z->at);
    z->to = xcalloc(h->time + 1, 1);
    z->off = xcalloc(h->type, sizeof *z->off);
    for (uint32_t i = 0; i < h->type; i++) {
        int32_t off = (int32_t)be32(types + i * 6);
        if (off == INT32_MIN || off < -25 * 3600 || off > 26 * 3600) {
            snprintf(err, errlen, "TZif offset out of range");
            return -1;
        }
        z->off[i] = off;
    }
    for (uint32_t i = 0; i < h->time; i++) {
        z->at[i] = tsize == 8 ? be64(times + i * 8) : (int64_t)(int32_t)be32(times + i * 4);
        z->to[i] = idx[i];
        if (idx[i] >= h->type || (i > 0 && z->at[i] <= z->at[i - 1])) {
            snprintf(err, errlen, "TZif transitions out of order");
            return -1;
        }
    }
    return 0;
}

/* The footer: "\n<TZ string>\n", possibly empty. */
static int read_footer(reader *rd, tz *z, char *err, size_t errlen)
{
    char s[128];
    if (rd->left < 2 || rd->p[0] != '\n') return 0; /* none: transitions only */
    const unsigned char *nl = memchr(rd->p + 1, '\n', rd->left - 1);
    size_t n = nl ? (size_t)(nl - rd->p - 1) : 0;
    if (!nl || n >= sizeof s) {
        snprintf(err, errlen, "TZif footer malformed");
        return -1;
    }
    memcpy(s, rd->p + 1, n);
    s[n] = '\0';
    if (n == 0) return 0;
    if (rule_parse(s, &z->r) != 0) {
        snprintf(err, errlen, "TZif footer \"%s\" is not a TZ rule this parser reads", s);
        return -1;
    }
    z->has_rule = 1;
    return 0;
}

int tz_parse(const char *name, const void *data, size_t len, tz **out, char *err, size_t errlen)
{
    reader rd = {data, len};
    header h;
    tz *z = tz_new(name);
    if (read_header(&rd, &h, err, errlen) != 0) goto fail;
    if (h.version >= '2') {
        /* Skip the 32-bit block: the 64-bit one follows with its own header. */
        if (rd.left < block_size(&h, 4)) {
            snprintf(err, errlen, "TZif data cut short");
            goto fail;
        }
        rd.p += block_size(&h, 4);
        rd.left -= block_size(&h, 4);
        if (read_header(&rd, &h, err, errlen) != 0 || read_block(&rd, &h, 8, z, err, errlen) != 0 ||
            read_footer(&rd, z, err, errlen) != 0)
            goto fail;
    } else if (read_block(&rd, &h, 4, z, err, errlen) != 0) {
        goto fail;
    }
    *out = z;
    return 0;
fail:
    tz_free(z);
    return -1;
}

int32_t tz_offset(const tz *z, int64_t t)
{
    if (z->nat == 0) return z->has_rule ? rule_offset(&z->r, t) : z->off[0];
    /* Before the first transition: type 0 (RFC 8536 3.2). */
    if (t < z->at[0]) return z->off[0];
    if (t >= z->at[z->nat - 1] && z->has_rule) return rule_offset(&z->r, t);
    int lo = 0, hi = z->nat - 1; /* the last transition at or before t */
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (z->at[mid] <= t)
            lo = mid;
        else
            hi = mid - 1;
    }
    return z->off[z->to[lo]];
}

static int read_file(const char *path, char **data, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char *b = xmalloc(TZ_FILE_MAX);
    size_t n = fread(b, 1, TZ_FILE_MAX, f);
    int rc = ferror(f) || n == TZ_FILE_MAX ? -1 : 0;
    fclose(f);
    if (rc != 0) {
        free(b);
        return -1;
    }
    *data = b;
    *len = n;
    return 0;
}

int tz_load(const char *name, tz **out, char *err, size_t errlen)
{
    if (!tz_name_valid(name)) {
        snprintf(err, errlen, "\"%.80s\" is not a time zone name like \"Europe/Paris\"",
                 name ? name : "");
        return -1;
    }
    if (!strcmp(name, "UTC") || !strcmp(name, "Etc/UTC") || !strcmp(name, "GMT")) {
        *out = tz_utc(name);
        return 0;
    }
    char path[sizeof TZ_DIR + TZ_NAME_MAX + 2], *data = NULL, why[160];
    size_t len = 0;
    snprintf(path, sizeof path, "%s/%s", TZ_DIR, name);
    if (read_file(path, &data, &len) != 0) {
        snprintf(err, errlen, "unknown time zone \"%s\"", name);
        return -1;
    }
    int rc = tz_parse(name, data, len, out, why, sizeof why);
    free(data);
    if (rc != 0) snprintf(err, errlen, "time zone \"%s\": %s", name, why);
    return rc;
}
