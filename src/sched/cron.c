/* cron.c -- see cron.h. Parsing fills one bit set per field; finding the
 * next time walks the wall clock from field to field (a month that cannot
 * match is skipped whole, then a day, an hour, a minute), then maps the wall
 * time found back to an instant through the zone's offsets. */
#include "sched/cron.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sched/civil.h"

/* The fields in order, with their ranges and names. */
typedef struct field {
    const char *what;
    int lo, hi;
    const char *const *names; /* names[i] is value lo + i, or NULL */
} field;

static const char *const month_names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                          "aug", "sep", "oct", "nov", "dec", NULL};
static const char *const day_names[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL};

static const field fields[5] = {
    {"minute", 0, 59, NULL},          {"hour", 0, 23, NULL},
    {"day-of-month", 1, 31, NULL},    {"month", 1, 12, month_names},
    {"day-of-week", 0, 7, day_names},
};

static const struct {
    const char *name, *expr;
} macros[] = {
    {"@yearly", "0 0 1 1 *"}, {"@annually", "0 0 1 1 *"}, {"@monthly", "0 0 1 * *"},
    {"@weekly", "0 0 * * 0"}, {"@daily", "0 0 * * *"},    {"@midnight", "0 0 * * *"},
    {"@hourly", "0 * * * *"},
};

/* A number or a name of the field at *s; advances *s. */
static int value(const char **s, const field *f, int *out, char *err, size_t errlen)
{
    const char *p = *s;
    if (isdigit((unsigned char)*p)) {
        long v = 0;
        while (isdigit((unsigned char)*p) && v <= 1000)
            v = v * 10 + (*p++ - '0');
        if (v < f->lo || v > f->hi) {
            snprintf(err, errlen, "%s: %ld is out of range %d-%d", f->what, v, f->lo, f->hi);
            return -1;
        }
        *out = (int)v;
        *s = p;
        return 0;
    }
    for (int i = 0; f->names && f->names[i]; i++)
        if (strncasecmp(p, f->names[i], 3) == 0 && !isalpha((unsigned char)p[3])) {
            *out = f->lo + i;
            *s = p + 3;
            return 0;
        }
    int n = 0;
    while (p[n] && !strchr(",-/", p[n]) && n < 12)
        n++;
    snprintf(err, errlen, "%s: \"%.*s\" is not a %s", f->what, n, p,
             f->names ? "number or a name" : "number");
    return -1;
}

/* One list item: "*", "a", "a-b", each with an optional "/step". */
static int item(const char **s, const field *f, uint64_t *bits, char *err, size_t errlen)
{
    int a = f->lo, b = f->hi, step = 1;
    if (**s == '*') {
        (*s)++;
    } else {
        if (value(s, f, &a, err, errlen) != 0) return -1;
        b = a;
        if (**s == '-') {
            (*s)++;
            if (value(s, f, &b, err, errlen) != 0) return -1;
            if (f->hi == 7 && b == 0 && a > 0) b = 7; /* "fri-sun": Sunday ends a week */
            if (b < a) {
                snprintf(err, errlen, "%s: range %d-%d goes backwards", f->what, a, b);
                return -1;
            }
        } else if (**s == '/') {
            b = f->hi; /* "a/n": from a to the end */
        }
    }
    if (**s == '/') {
        (*s)++;
        long n = 0;
        const char *p = *s;
        while (isdigit((unsigned char)*p) && n <= 1000)
            n = n * 10 + (*p++ - '0');
        if (p == *s || n < 1 || n > f->hi - f->lo + 1) {
            snprintf(err, errlen, "%s: a step must be a number from 1 to %d", f->what,
                     f->hi - f->lo + 1);
            return -1;
        }
        *s = p;
        step = (int)n;
    }
    for (int v = a; v <= b; v += step)
        *bits |= (uint64_t)1 << v;
    return 0;
}

/* One whole field (text of len bytes) into its bit set. */
static int parse_field(const char *text, size_t len, const field *f, uint64_t *bits, char *err,
                       size_t errlen)
{
    char buf[CRON_MAX + 1];
    memcpy(buf, text, len);
    buf[len] = '\0';
    const char *s = buf;
    *bits = 0;
    for (;;) {
        if (item(&s, f, bits, err, errlen) != 0) return -1;
        if (*s == '\0') return 0;
        if (*s != ',') {
            snprintf(err, errlen, "%s: unexpected \"%c\" in \"%s\"", f->what, *s, buf);
            return -1;
        }
        s++;
    }
}

/* An expression no day of any year can match: day-of-month restricted to
 * days its months never have, with day-of-week not offering others. */
static int never_fires(const cron *c)
{
    if (!c->mday_any && !c->wday_any) return 0; /* either day field matches */
    for (int m = 1; m <= 12; m++) {
        if (!(c->month >> m & 1)) continue;
        for (int d = 1; d <= civil_month_days(2000, m); d++) /* 2000: a leap year */
            if (c->mday >> d & 1) return 0;
    }
    return 1;
}

int cron_parse(const char *expr, cron *out, char *err, size_t errlen)
{
    const char *s = expr ? expr : "";
    while (isspace((unsigned char)*s))
        s++;
    if (strlen(s) > CRON_MAX) {
        snprintf(err, errlen, "longer than %d characters", CRON_MAX);
        return -1;
    }
    if (*s == '@') {
        size_t n = strcspn(s, " \t\r\n");
        for (size_t i = 0; i < sizeof macros / sizeof macros[0]; i++)
            if (strlen(macros[i].name) == n && strncasecmp(s, macros[i].name, n) == 0 &&
                s[n + strspn(s + n, " \t\r\n")] == '\0')
                return cron_parse(macros[i].expr, out, err, errlen);
        snprintf(err, errlen,
                 "\"%.*s\" is not one of @yearly, @annually, @monthly, @weekly, @daily, "
                 "@midnight, @hourly",
                 (int)(n > 20 ? 20 : n), s);
        return -1;
    }
    uint64_t bits[5];
    int nf = 0;
    cron c = {0};
    while (*s) {
        size_t len = strcspn(s, " \t\r\n");
        if (nf < 5) {
            if (nf == 2) c.mday_any = *s == '*';
            if (nf == 4) c.wday_any = *s == '*';
            if (parse_field(s, len, &fields[nf], &bits[nf], err, errlen) != 0) return -1;
        }
        nf++;
        s += len;
        while (isspace((unsigned char)*s))
            s++;
    }
    if (nf != 5) {
        snprintf(err, errlen,
                 "expected 5 fields (minute hour day-of-month month day-of-week) or a name "
                 "like @daily, got %d",
                 nf);
        return -1;
    }
    c.minute = bits[0];
    c.hour = (uint32_t)bits[1];
    c.mday = (uint32_t)bits[2];
    c.month = (uint16_t)bits[3];
    c.wday = (uint8_t)((bits[4] | bits[4] >> 7) & 0x7f); /* 7 is Sunday too */
    if (never_fires(&c)) {
        snprintf(err, errlen, "never fires: no month it names has the days of the month it names");
        return -1;
    }
    *out = c;
    return 0;
}

/* ---- the next time ------------------------------------------------------ */

static int day_matches(const cron *c, int64_t day, int mday)
{
    int in_mday = c->mday >> mday & 1, in_wday = c->wday >> civil_weekday(day) & 1;
    if (!c->mday_any && !c->wday_any) return in_mday || in_wday;
    return in_mday && in_wday;
}

/* The first wall-clock minute at or after local (seconds, on a minute) that
 * matches c, or -1 past limit. */
static int64_t next_local(const cron *c, int64_t local, int64_t limit)
{
    while (local <= limit) {
        int64_t day = civil_floor_div(local, 86400), y;
        int m, d;
        civil_date(day, &y, &m, &d);
        int mins = (int)((local - day * 86400) / 60);
        if (!(c->month >> m & 1)) {
            local = (m == 12 ? civil_days(y + 1, 1, 1) : civil_days(y, m + 1, 1)) * 86400;
        } else if (!day_matches(c, day, d)) {
            local = (day + 1) * 86400;
        } else if (!(c->hour >> (mins / 60) & 1)) {
            local = day * 86400 + (mins / 60 + 1) * 3600;
        } else {
            int minute = mins % 60;
            while (minute < 60 && !(c->minute >> minute & 1))
                minute++;
            if (minute < 60) return day * 86400 + (mins / 60) * 3600 + minute * 60;
            local = day * 86400 + (mins / 60 + 1) * 3600;
        }
    }
    return -1;
}

/* The first instant whose wall clock reads local: in a jump forward, the
 * instant of the jump; in a repeated hour, the first of the two. */
static int64_t first_instant(const tz *z, int64_t local)
{
    int32_t before = tz_offset(z, local - 86400), after = tz_offset(z, local + 86400);
    int64_t u1 = local - before, u2 = local - after;
    int ok1 = tz_offset(z, u1) == before, ok2 = tz_offset(z, u2) == after;
    if (ok1 && ok2) return u1 < u2 ? u1 : u2;
    if (ok1) return u1;
    if (ok2) return u2;
    /* Skipped: the clocks jump over local somewhere in [u2, u1]. */
    int64_t lo = u2 < u1 ? u2 : u1, hi = u2 < u1 ? u1 : u2;
    int32_t at_lo = tz_offset(z, lo);
    while (hi - lo > 1) {
        int64_t mid = lo + (hi - lo) / 2;
        if (tz_offset(z, mid) == at_lo)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

int cron_next(const cron *c, const tz *z, int64_t after, int64_t *next)
{
    int64_t now_local = after + tz_offset(z, after);
    int64_t local = civil_floor_div(now_local, 60) * 60 + 60;
    int64_t limit = local + (int64_t)3660 * 86400; /* ten years and then some */
    for (;;) {
        local = next_local(c, local, limit);
        if (local < 0) return -1;
        int64_t u = first_instant(z, local);
        if (u > after) {
            *next = u;
            return 0;
        }
        local += 60; /* the first occurrence is past: a repeat fires nothing */
    }
}
