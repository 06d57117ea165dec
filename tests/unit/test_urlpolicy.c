/* test_urlpolicy.c -- unit tests for src/engine/urlpolicy: which URLs a task
 * may visit, and how typed text becomes a URL. No network: resolve = 1 is
 * only used with localhost names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "policy/urlpolicy.h"

typedef struct check_case {
    const char *url;
    int allow_private;
    int rc;             /* expected return */
    const char *needle; /* expected in the message when refused */
} check_case;

static void run_cases(const check_case *cases, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        char err[512] = "untouched";
        int rc = urlpolicy_check(cases[i].url, cases[i].allow_private, 0, err, sizeof err);
        if (rc != cases[i].rc)
            fail_msg("%s (allow_private=%d): rc %d, want %d; err \"%s\"",
                     cases[i].url,
                     cases[i].allow_private,
                     rc,
                     cases[i].rc,
                     err);
        if (rc == 0 && err[0] != '\0') fail_msg("%s: allowed but err is \"%s\"", cases[i].url, err);
        if (rc != 0 && strncmp(err, "refused: ", 9) != 0)
            fail_msg("%s: message \"%s\" lacks the refused: prefix", cases[i].url, err);
        if (cases[i].needle && !strstr(err, cases[i].needle))
            fail_msg("%s: message \"%s\" lacks \"%s\"", cases[i].url, err, cases[i].needle);
    }
}

#define RUN(cases) run_cases(cases, sizeof(cases) / sizeof((cases)[0]))
#define HINT "BROWSERAI_ALLOW_PRIVATE_NETWORKS=1"

static void test_public_allowed(void **state)
{
    static const check_case cases[] = {
        {"https://example.com/", 0, 0, NULL},
        {"http://example.com", 0, 0, NULL},
        {"HTTPS://EXAMPLE.COM/Path?q=1#frag", 0, 0, NULL},
        {"https://example.com:8443/x", 0, 0, NULL},
        {"https://user:pass@example.com/", 0, 0, NULL},
        {"http://8.8.8.8/", 0, 0, NULL},
        {"http://1.1.1.1:80/dns", 0, 0, NULL},
        {"http://[2606:4700:4700::1111]/", 0, 0, NULL},
        {"http://[64:ff9b::808:808]/", 0, 0, NULL}, /* NAT64 of 8.8.8.8 */
        {"https://sub.domain.example.co.uk/a/b", 0, 0, NULL},
        {"https://xn--mnchen-3ya.de/", 0, 0, NULL},
        {"https://m\xc3\xbcnchen.de/", 0, 0, NULL},
        {"https://localhost.example.com/", 0, 0, NULL}, /* not *.localhost */
        {"https://mylocalhost/", 0, 0, NULL},
        {"  https://example.com/  ", 0, 0, NULL},
        {"https://example.com./", 0, 0, NULL},
        {"https://1.2.3.4.example.com/", 0, 0, NULL},
        {"http://172.32.0.1/", 0, 0, NULL},  /* just outside /12 */
        {"http://100.128.0.1/", 0, 0, NULL}, /* just outside CGNAT */
        {"http://11.0.0.1/", 0, 0, NULL},
    };
    RUN(cases);
}

static void test_schemes_refused(void **state)
{
    static const check_case cases[] = {
        {"file:///etc/passwd", 0, -1, "refused: file: URLs are not allowed"},
        {"FILE:///etc/passwd", 0, -1, "file:"},
        {"file:///etc/passwd", 1, -1, "file:"},
        {"chrome://settings", 0, -1, "chrome:"},
        {"chrome://settings", 1, -1, "chrome:"},
        {"javascript:alert(1)", 0, -1, "javascript:"},
        {"data:text/html,<script>x</script>", 0, -1, "data:"},
        {"about:blank", 0, -1, "about:"},
        {"view-source:https://example.com", 0, -1, "view-source:"},
        {"ftp://example.com/", 0, -1, "ftp:"},
        {"ws://example.com/", 0, -1, "ws:"},
        {"blob:https://example.com/x", 0, -1, "blob:"},
        {"chrome-extension://abc/x", 0, -1, "chrome-extension:"},
        {"example.com", 0, -1, "http://"},
        {"//example.com", 0, -1, "http://"},
        {"", 0, -1, NULL},
        {"   ", 0, -1, NULL},
        {"https://", 0, -1, "no host"},
        {"https://?x", 0, -1, "no host"},
        {"https://#x", 0, -1, "no host"},
        {"https://user@/", 0, -1, "no host"},
        {"https://:443/", 0, -1, "no host"},
        {"https://example.com:99999/", 0, -1, "port"},
        {"https://example.com:8o/", 0, -1, "port"},
        {"https://exa mple.com/", 0, -1, "not valid"},
        {"https://exa%20mple.com/", 0, -1, "not valid"},
        {"https://[::1/", 0, -1, "["},
        {"https://[nonsense]/", 0, -1, "IPv6"},
        {"https://[fe80::1%25eth0]/", 0, -1, "IPv6"},
    };
    RUN(cases);
}

static void test_loopback_forms(void **state)
{
    static const check_case cases[] = {
        {"http://127.0.0.1/", 0, -1, "127.0.0.1 is a loopback address; set " HINT},
        {"http://127.0.0.1:8080/admin", 0, -1, "loopback"},
        {"http://127.1/", 0, -1, "127.1 (127.0.0.1) is a loopback address"},
        {"http://127.0.1/", 0, -1, "loopback"},
        {"http://2130706433/", 0, -1, "2130706433 (127.0.0.1)"},
        {"http://0x7f000001/", 0, -1, "loopback"},
        {"http://0x7F.1/", 0, -1, "loopback"},
        {"http://0177.0.0.1/", 0, -1, "loopback"},
        {"http://017700000001/", 0, -1, "loopback"},
        {"http://127.0.0.1./", 0, -1, "loopback"},
        {"http://127.255.255.254/", 0, -1, "loopback"},
        {"http://[::1]/", 0, -1, "[::1] is a loopback address"},
        {"http://[0:0:0:0:0:0:0:1]:80/", 0, -1, "loopback"},
        {"http://[::ffff:127.0.0.1]/", 0, -1, "loopback"},
        {"http://[::ffff:7f00:1]/", 0, -1, "loopback"},
        {"http://[::127.0.0.1]/", 0, -1, "loopback"},
        {"http://[64:ff9b::127.0.0.1]/", 0, -1, "loopback"},
        {"http://[2002:7f00:1::]/", 0, -1, "loopback"},
        {"http://localhost/", 0, -1, "localhost is a loopback address; set " HINT},
        {"http://LOCALHOST:3000/", 0, -1, "loopback"},
        {"http://localhost./", 0, -1, "loopback"},
        {"http://foo.localhost/", 0, -1, "loopback"},
        {"http://a.b.localhost:8080/x", 0, -1, "loopback"},
        {"http://0/", 0, -1, "unspecified"},
        {"http://0.0.0.0/", 0, -1, "an unspecified address"},
        {"http://[::]/", 0, -1, "unspecified"},
    };
    RUN(cases);
}

static void test_parser_tricks(void **state)
{
    static const check_case cases[] = {
        {"http://example.com@127.0.0.1/", 0, -1, "loopback"},
        {"http://user:pw@example.com@127.0.0.1/", 0, -1, "loopback"},
        {"http://127.0.0.1#@example.com/", 0, -1, "loopback"},
        {"http://127.0.0.1?@example.com/", 0, -1, "loopback"},
        {"http://127.0.0.1\\@example.com/", 0, -1, "loopback"},
        {"http:\\\\127.0.0.1\\", 0, -1, "loopback"},
        {"http:127.0.0.1/", 0, -1, "loopback"},
        {"http:/127.0.0.1/", 0, -1, "loopback"},
        {"http:////127.0.0.1/", 0, -1, "loopback"},
        {"https:///127.0.0.1/", 0, -1, "loopback"}, /* browser: host 127.0.0.1 */
        {"http://12\t7.0.0.1/", 0, -1, "loopback"},
        {"http://127.0.0.1\n/", 0, -1, "loopback"},
        {"http://127.0.0.%31/", 0, -1, "loopback"},
        {"http://%6c%6f%63%61%6c%68%6f%73%74/", 0, -1, "loopback"},
        {"http://\xef\xbc\x91\xef\xbc\x92\xef\xbc\x97.0.0.1/", 0, -1, "loopback"},
        {"http://127\xe3\x80\x82"
         "0\xe3\x80\x82"
         "0\xe3\x80\x82"
         "1/",
         0,
         -1,
         "loopback"},
        {"http://\xef\xbd\x8c"
         "ocalhost/",
         0,
         -1,
         "loopback"},
        {"http://127.0.0\xc2\xad.1/", 0, -1, "loopback"},
        {"http://\xe2\x91\xa0\xe2\x91\xa1\xe2\x91\xa6.0.0.1/", 0, -1, "look-alike"},
        {"http://localho\xc5\xbft/", 0, -1, "look-alike"},
        {"http://1.2.3.4.5/", 0, -1, "not a valid IPv4"},
        {"http://127.0.0.256/", 0, -1, "not a valid IPv4"},
        {"http://0x100000000/", 0, -1, "not a valid IPv4"},
    };
    RUN(cases);
}

static void test_private_ranges(void **state)
{
    static const check_case cases[] = {
        {"http://10.0.0.1/", 0, -1, "10.0.0.1 is a private address"},
        {"http://10.255.255.255/", 0, -1, "private"},
        {"http://172.16.0.1/", 0, -1, "private"},
        {"http://172.31.255.255/", 0, -1, "private"},
        {"http://192.168.1.1/", 0, -1, "private"},
        {"http://100.64.0.1/", 0, -1, "carrier-grade NAT"},
        {"http://169.254.169.254/latest/meta-data/",
         0,
         -1,
         "169.254.169.254 is a link-local address; set " HINT},
        {"http://[fe80::1]/", 0, -1, "link-local"},
        {"http://[fd00::1]/", 0, -1, "private"},
        {"http://[fc00::1]/", 0, -1, "private"},
        {"http://[::ffff:10.1.2.3]/", 0, -1, "private"},
        {"http://[::ffff:169.254.169.254]/", 0, -1, "link-local"},
        {"http://[ff02::1]/", 0, -1, "multicast"},
        {"http://224.0.0.1/", 0, -1, "multicast"},
        {"http://239.255.255.250/", 0, -1, "multicast"},
        {"http://240.0.0.1/", 0, -1, "reserved"},
        {"http://255.255.255.255/", 0, -1, "broadcast"},
        {"http://192.0.0.8/", 0, -1, "reserved"},
        {"http://192.0.2.1/", 0, -1, "documentation"},
        {"http://198.51.100.7/", 0, -1, "documentation"},
        {"http://203.0.113.9/", 0, -1, "documentation"},
        {"http://198.18.0.1/", 0, -1, "benchmarking"},
        {"http://198.19.255.255/", 0, -1, "benchmarking"},
        {"http://[2001:db8::1]/", 0, -1, "documentation"},
    };
    RUN(cases);
}

static void test_allow_private(void **state)
{
    static const check_case cases[] = {
        {"http://127.0.0.1:8080/", 1, 0, NULL},
        {"http://localhost/", 1, 0, NULL},
        {"http://foo.localhost/", 1, 0, NULL},
        {"http://2130706433/", 1, 0, NULL},
        {"http://[::1]/", 1, 0, NULL},
        {"http://10.0.0.1/", 1, 0, NULL},
        {"http://169.254.169.254/", 1, 0, NULL},
        {"http://192.168.0.1/", 1, 0, NULL},
        {"https://example.com/", 1, 0, NULL},
        /* still refused: other schemes and malformed hosts */
        {"file:///etc/passwd", 1, -1, "file:"},
        {"javascript:alert(1)", 1, -1, "javascript:"},
        {"http://[nonsense]/", 1, -1, "IPv6"},
        {"http://1.2.3.4.5/", 1, -1, "IPv4"},
        {"http://example.com:70000/", 1, -1, "port"},
    };
    RUN(cases);
}

static void test_resolve_localhost(void **state)
{
    char err[256];

    assert_int_equal(urlpolicy_check("http://localhost/", 0, 1, err, sizeof err), -1);
    assert_non_null(strstr(err, "loopback"));
    assert_int_equal(urlpolicy_check("http://foo.localhost:9/", 0, 1, err, sizeof err), -1);
    assert_non_null(strstr(err, "loopback"));
    assert_int_equal(urlpolicy_check("http://localhost/", 1, 1, err, sizeof err), 0);
    assert_int_equal(urlpolicy_check("http://LocalHost./", 0, 1, err, sizeof err), -1);
    assert_non_null(strstr(err, "loopback"));
}

static void test_err_buffer(void **state)
{
    char small[8];

    /* NULL or tiny message buffers are fine. */
    assert_int_equal(urlpolicy_check("file:///x", 0, 0, NULL, 0), -1);
    assert_int_equal(urlpolicy_check("http://127.0.0.1/", 0, 0, small, sizeof small), -1);
    assert_int_equal(strlen(small), sizeof small - 1);
    assert_int_equal(urlpolicy_check(NULL, 0, 0, small, sizeof small), -1);
}

static void test_long_url(void **state)
{
    size_t n = 70000;
    char *u = malloc(n + 1);
    char err[128];

    assert_non_null(u);
    memcpy(u, "https://example.com/", 20);
    memset(u + 20, 'a', n - 20);
    u[n] = '\0';
    assert_int_equal(urlpolicy_check(u, 0, 0, err, sizeof err), -1);
    assert_non_null(strstr(err, "too long"));
    /* a very long host */
    memset(u + 8, 'a', 5000);
    u[5008] = '\0';
    assert_int_equal(urlpolicy_check(u, 0, 0, err, sizeof err), -1);
    assert_non_null(strstr(err, "too long"));
    free(u);
}

static void test_ip_private(void **state)
{
    assert_int_equal(urlpolicy_ip_private("127.0.0.1"), 1);
    assert_int_equal(urlpolicy_ip_private("10.1.2.3"), 1);
    assert_int_equal(urlpolicy_ip_private("169.254.169.254"), 1);
    assert_int_equal(urlpolicy_ip_private("2130706433"), 1);
    assert_int_equal(urlpolicy_ip_private("::1"), 1);
    assert_int_equal(urlpolicy_ip_private("[::1]"), 1);
    assert_int_equal(urlpolicy_ip_private("::ffff:192.168.0.1"), 1);
    assert_int_equal(urlpolicy_ip_private("fe80::abcd"), 1);
    assert_int_equal(urlpolicy_ip_private("8.8.8.8"), 0);
    assert_int_equal(urlpolicy_ip_private("93.184.216.34"), 0);
    assert_int_equal(urlpolicy_ip_private("2606:4700:4700::1111"), 0);
    assert_int_equal(urlpolicy_ip_private("::ffff:8.8.8.8"), 0);
    assert_int_equal(urlpolicy_ip_private("example.com"), -1);
    assert_int_equal(urlpolicy_ip_private(""), -1);
    assert_int_equal(urlpolicy_ip_private(NULL), -1);
    assert_int_equal(urlpolicy_ip_private("1.2.3.4.5"), -1);
    assert_int_equal(urlpolicy_ip_private("[]"), -1);
}

static void expect_norm(const char *in, const char *want)
{
    char *got = urlpolicy_normalize(in);

    if (!want) {
        if (got) fail_msg("normalize(\"%s\") = \"%s\", want NULL", in ? in : "(null)", got);
        return;
    }
    if (!got) fail_msg("normalize(\"%s\") = NULL, want \"%s\"", in, want);
    if (strcmp(got, want) != 0) fail_msg("normalize(\"%s\") = \"%s\", want \"%s\"", in, got, want);
    free(got);
}

static void test_normalize(void **state)
{
    expect_norm("example.com", "https://example.com");
    expect_norm("example.com/x?y=1", "https://example.com/x?y=1");
    expect_norm("  https://example.com/a  ", "https://example.com/a");
    expect_norm("http://example.com", "http://example.com");
    expect_norm("\"https://example.com\"", "https://example.com");
    expect_norm("'example.com'", "https://example.com");
    expect_norm("<https://example.com/>", "https://example.com/");
    expect_norm("\xe2\x80\x9c"
                "example.com"
                "\xe2\x80\x9d",
                "https://example.com");
    expect_norm("\xe2\x80\x98"
                "example.com"
                "\xe2\x80\x99",
                "https://example.com");
    expect_norm("example.com.", "https://example.com");
    expect_norm("https://example.com/page,", "https://example.com/page");
    expect_norm("\"example.com\".", "https://example.com");
    expect_norm(" < example.com > ", "https://example.com");
    expect_norm("localhost:8080", "https://localhost:8080");
    expect_norm("localhost:8080/x", "https://localhost:8080/x");
    expect_norm("example.com:443", "https://example.com:443");
    expect_norm("//example.com/x", "https://example.com/x");
    expect_norm("about:blank", "about:blank");
    expect_norm("file:///etc/passwd", "file:///etc/passwd");
    expect_norm("javascript:alert(1)", "javascript:alert(1)");
    expect_norm("chrome://settings", "chrome://settings");
    expect_norm("", NULL);
    expect_norm("   ", NULL);
    expect_norm("\"\"", NULL);
    expect_norm("<>", NULL);
    expect_norm(".", NULL);
    expect_norm("go to example.com", NULL);
    expect_norm("https://exa mple.com", NULL);
    expect_norm(NULL, NULL);
    /* mismatched quotes are left alone */
    expect_norm("\"example.com'", "https://\"example.com'");
}

static void test_normalize_then_check(void **state)
{
    char err[256];
    char *u = urlpolicy_normalize("  'about:blank' ");

    assert_non_null(u);
    assert_int_equal(urlpolicy_check(u, 0, 0, err, sizeof err), -1);
    assert_non_null(strstr(err, "about:"));
    free(u);
    u = urlpolicy_normalize("example.com/x");
    assert_int_equal(urlpolicy_check(u, 0, 0, err, sizeof err), 0);
    free(u);
    u = urlpolicy_normalize("127.0.0.1:8080");
    assert_string_equal(u, "https://127.0.0.1:8080");
    assert_int_equal(urlpolicy_check(u, 0, 0, err, sizeof err), -1);
    free(u);
}

/* BROWSERAI_ALLOW_ADDRESSES: exact address:port pairs pass, nothing near
 * them does. */
static void test_allow_addresses(void **state)
{
    char err[256];
    assert_int_equal(
        urlpolicy_allow_addresses("127.0.0.1:8000, [::1]:8001,127.0.0.2:80", err, sizeof err), 0);
    static const check_case cases[] = {
        {"http://127.0.0.1:8000/", 0, 0, NULL},
        {"http://2130706433:8000/x", 0, 0, NULL}, /* the same address spelled otherwise */
        {"http://[::ffff:127.0.0.1]:8000/", 0, 0, NULL},
        {"http://[::1]:8001/", 0, 0, NULL},
        {"http://127.0.0.2/", 0, 0, NULL}, /* http's own port */
        {"http://127.0.0.1:8001/", 0, -1, "loopback"},
        {"https://127.0.0.1:8000/", 0, 0, NULL},   /* the port, whatever the scheme */
        {"https://127.0.0.2/", 0, -1, "loopback"}, /* 443 is not 80 */
        {"http://[::1]:8000/", 0, -1, "loopback"},
        {"http://127.0.0.3:8000/", 0, -1, "loopback"},
        {"http://localhost:8000/", 0, -1, "loopback"}, /* names are not exceptions */
    };
    RUN(cases);
    char e2[256] = "";
    /* names resolve, and only the exact pairs pass */
    assert_int_equal(urlpolicy_check("http://localhost:8000/", 0, 1, e2, sizeof e2), -1);
    static const char *const bad[] = {"127.0.0.1",
                                      "localhost:80",
                                      "127.0.0.1:0",
                                      "[::1:80",
                                      "127.1:80",
                                      "1.2.3.4:65536",
                                      "[::1]x:80"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (urlpolicy_allow_addresses(bad[i], err, sizeof err) != -1)
            fail_msg("%s was accepted", bad[i]);
        assert_non_null(strstr(err, "BROWSERAI_ALLOW_ADDRESSES"));
    }
    /* a refused list is an empty one */
    assert_int_equal(urlpolicy_check("http://127.0.0.1:8000/", 0, 0, err, sizeof err), -1);
    assert_int_equal(urlpolicy_allow_addresses("", err, sizeof err), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_public_allowed),
        cmocka_unit_test(test_schemes_refused),
        cmocka_unit_test(test_loopback_forms),
        cmocka_unit_test(test_parser_tricks),
        cmocka_unit_test(test_private_ranges),
        cmocka_unit_test(test_allow_private),
        cmocka_unit_test(test_resolve_localhost),
        cmocka_unit_test(test_err_buffer),
        cmocka_unit_test(test_long_url),
        cmocka_unit_test(test_ip_private),
        cmocka_unit_test(test_normalize),
        cmocka_unit_test(test_normalize_then_check),
        cmocka_unit_test(test_allow_addresses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
