/* geo.h -- places: every ISO 3166-1 country with its capital's coordinates,
 * main IANA time zone and main locale, used to validate a task's geoLocation
 * and to make its browser context look like it is there.
 *
 * The table is constant data; all functions are thread-safe. */
#ifndef BAI_GEO_H
#define BAI_GEO_H

typedef struct geo_country {
    const char *code;     /* ISO 3166-1 alpha-2, upper case: "US" */
    const char *name;     /* English short name: "United States" */
    const char *capital;  /* "Washington" */
    double lat, lon;      /* the capital's coordinates */
    const char *timezone; /* IANA zone of the capital: "America/New_York" */
    const char *locale;   /* BCP 47 main locale: "en-US" */
} geo_country;

/* The country with that alpha-2 code, case-insensitive; NULL when the code
 * is not an assigned ISO 3166-1 alpha-2 code. */
const geo_country *geo_country_find(const char *code);

/* Number of countries in the table, and the i-th (0 <= i < count). */
int geo_country_count(void);
const geo_country *geo_country_at(int i);

#endif
