/* geo.h -- places: every ISO 3166-1 country with its capital's coordinates,
 * main IANA time zone and main locale, plus the world's largest cities with
 * their own coordinates and zones; used to validate a task's geoLocation and
 * to make its browser context look like it is there.
 *
 * The tables are constant data; all functions are thread-safe. */
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

/* A row of the city table (cities.c). Capitals are not repeated there: the
 * country table holds them. */
typedef struct geo_city {
    const char *country;  /* alpha-2 code of its country: "US" */
    const char *name;     /* English name, UTF-8: "São Paulo" */
    const char *aliases;  /* other names, "|"-separated: "Bombay"; "" for none */
    double lat, lon;      /* the city centre */
    const char *timezone; /* the city's own IANA zone: "America/Chicago" */
    const char *locale;   /* BCP 47 locale where not the country's ("fr-CA"), else NULL */
} geo_city;

/* Number of cities in the table, and the i-th (0 <= i < count). */
int geo_city_count(void);
const geo_city *geo_city_at(int i);

/* Where a task's browser context says it is. */
typedef struct geo_place {
    const char *city; /* the row's name ("Chicago") or the capital */
    double lat, lon;
    const char *timezone; /* IANA zone */
    const char *locale;   /* BCP 47 locale */
} geo_place;

/* The place of city in country c (not NULL). city is compared ignoring case,
 * spaces, punctuation and the accents of Latin letters ("sao paulo" finds
 * "São Paulo", "Washington, D.C." finds "Washington DC"), first with the
 * capital and its other names ("Peking"), then with c's rows of the city
 * table and their aliases; a city of another country never matches.
 * Fills *out and returns 1 when the city was found, or when city is NULL or
 * blank (the capital stands in, as asked); fills *out with the capital and
 * returns 0 when the city is not known. *out points into the constant
 * tables: nothing to free. */
int geo_place_find(const geo_country *c, const char *city, geo_place *out);

#endif
