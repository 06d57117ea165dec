/* civil.h -- internal to src/sched: proleptic Gregorian calendar arithmetic
 * on day numbers (days since 1970-01-01), after Howard Hinnant's
 * days_from_civil / civil_from_days. Pure, valid far beyond any year a
 * schedule reaches. */
#ifndef BAI_SCHED_CIVIL_H
#define BAI_SCHED_CIVIL_H

#include <stdint.h>

/* Floor division, so that instants before 1970 land on the right day. */
static inline int64_t civil_floor_div(int64_t a, int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static inline int civil_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days in month m (1-12) of year y. */
static inline int civil_month_days(int64_t y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && civil_leap(y) ? 29 : days[m - 1];
}

/* Day number of y-m-d (m 1-12, d 1-31). */
static inline int64_t civil_days(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = civil_floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* y-m-d of a day number. */
static inline void civil_date(int64_t days, int64_t *y, int *m, int *d)
{
    days += 719468;
    int64_t era = civil_floor_div(days, 146097);
    int64_t doe = days - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* Day of the week of a day number, Sunday 0 (1970-01-01 was a Thursday). */
static inline int civil_weekday(int64_t days)
{
    return (int)((days % 7 + 11) % 7);
}

#endif
