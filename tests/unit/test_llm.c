/* test_llm.c -- the LLM planner's client (src/engine/llm): reading actions
 * out of model replies (pure), and the whole exchange against the fake
 * chat-completions server in tests/fake_llm/server.mjs, which speaks the
 * real protocol, answers from a script and records every request (those
 * tests are skipped when node is not installed). */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "plan/llm.h"
#include "util/util.h"

extern char **environ;

#define SERVER_JS "tests/fake_llm/server.mjs"

/* ---- helpers ------------------------------------------------------------- */

/* JSON written with single quotes, for readability: 'a' -> "a". */
static char *dq(const char *s)
{
    char *d = xstrdup(s);
    for (char *p = d; *p; p++)
        if (*p == '\'') *p = '"';
    return d;
}

static json_t *jq(const char *s)
{
    char *d = dq(s);
    json_error_t e;
    json_t *j = json_loads(d, 0, &e);
    if (!j) fail_msg("bad test JSON: %s: %s", e.text, d);
    free(d);
    return j;
}

/* Frees a step without planner.c (step_free), which is rewritten elsewhere. */
static void step_release(step *s)
{
    free(s->target.text);
    free(s->target.role);
    free(s->value);
    free(s->value2);
    for (int i = 0; s->fields && s->fields[i]; i++)
        free(s->fields[i]);
    free(s->fields);
    free(s->clause);
    memset(s, 0, sizeof *s);
}

static json_t *page_elements(void)
{
    return jq("[{'i':0,'tag':'a','text':'Home','href':'/'},"
              " {'i':1,'tag':'input','type':'search','name':'q','placeholder':'Search products'},"
              " {'i':2,'tag':'button','text':'Search'},"
              " {'i':3,'tag':'select','name':'Color'},"
              " {'i':5,'tag':'input','type':'checkbox','text':'I agree','checked':false}]");
}

/* ---- llm_parse_action: the forms a reply comes in ------------------------ */

static void test_parse_click(void **state)
{
    json_t *els = page_elements();
    step s;
    int done = -7, el = -7;
    char err[256] = "";

    assert_int_equal(
        llm_parse_action(
            "{\"action\":\"click\",\"element\":2}", els, &s, &done, &el, err, sizeof err),
        0);
    assert_int_equal(s.kind, STEP_CLICK);
    assert_int_equal(done, LLM_ACT);
    assert_int_equal(el, 2);
    assert_string_equal(s.target.text, "Search");
    assert_string_equal(s.target.role, "button");
    assert_int_equal(s.target.exact, 1);
    assert_string_equal(s.clause, "{\"action\":\"click\",\"element\":2}");
    assert_null(s.value);
    step_release(&s);
    json_decref(els);
}

static void test_parse_fenced(void **state)
{
    json_t *els = page_elements();
    step s;
    int done, el;
    char err[256] = "";
    const char *reply = "```json\n{\"action\": \"type\", \"element\": 1, \"text\": \"usb hub\", "
                        "\"submit\": true}\n```";

    assert_int_equal(llm_parse_action(reply, els, &s, &done, &el, err, sizeof err), 0);
    assert_int_equal(s.kind, STEP_TYPE);
    assert_int_equal(el, 1);
    assert_string_equal(s.value, "usb hub");
    assert_int_equal(s.sub, LLM_TYPE_SUBMIT);
    assert_string_equal(s.target.role, "searchbox");
    assert_string_equal(s.target.text, "q");
    step_release(&s);
    json_decref(els);
}

/* Prose around the object, a brace pair that is not JSON before it, and
 * braces inside the action's strings. */
static void test_parse_prose(void **state)
{
    json_t *els = page_elements();
    step s;
    int done, el;
    char err[256] = "";
    const char *reply = "Sure! I will type the query {like this} now:\n"
                        "{\"action\":\"type\",\"element\":1,\"text\":\"a } b { c\"}\n"
                        "Then I'll look at the results {\"action\":\"click\",\"element\":2}.";

    assert_int_equal(llm_parse_action(reply, els, &s, &done, &el, err, sizeof err), 0);
    assert_int_equal(s.kind, STEP_TYPE);
    assert_string_equal(s.value, "a } b { c");
    assert_int_equal(s.sub, 0);
    step_release(&s);
    json_decref(els);
}

/* Elements without "i" are numbered by their position. */
static void test_parse_positions(void **state)
{
    json_t *els = jq("[{'tag':'a','text':'One'},{'tag':'a','text':'Two'}]");
    step s;
    int done, el;
    char err[256] = "";

    assert_int_equal(
        llm_parse_action(
            "{\"action\":\"hover\",\"element\":1}", els, &s, &done, &el, err, sizeof err),
        0);
    assert_int_equal(el, 1);
    assert_string_equal(s.target.text, "Two");
    assert_string_equal(s.target.role, "link");
    step_release(&s);
    json_decref(els);
}

typedef struct parse_case {
    const char *reply; /* single-quoted JSON */
    step_kind kind;
    int sub, amount, done, element;
    const char *value, *value2, *field0;
} parse_case;

static void test_parse_every_action(void **state)
{
    static const parse_case cases[] = {
        {"{'action':'navigate','url':'https://example.com/a?b=1'}",
         STEP_NAVIGATE,
         0,
         0,
         LLM_ACT,
         -1,
         "https://example.com/a?b=1",
         NULL,
         NULL},
        {"{'action':'select','element':3,'option':'Blue'}",
         STEP_SELECT,
         0,
         0,
         LLM_ACT,
         3,
         "Blue",
         NULL,
         NULL},
        {"{'action':'check','element':5}", STEP_CHECK, 0, 0, LLM_ACT, 5, NULL, NULL, NULL},
        {"{'action':'uncheck','element':5}", STEP_UNCHECK, 0, 0, LLM_ACT, 5, NULL, NULL, NULL},
        {"{'action':'key','key':'Enter'}", STEP_KEY, 0, 0, LLM_ACT, -1, "Enter", NULL, NULL},
        {"{'action':'key','key':'Control+Shift+t'}",
         STEP_KEY,
         0,
         0,
         LLM_ACT,
         -1,
         "t",
         "Control+Shift",
         NULL},
        {"{'action':'key','key':'+'}", STEP_KEY, 0, 0, LLM_ACT, -1, "+", NULL, NULL},
        {"{'action':'scroll','direction':'down'}",
         STEP_SCROLL,
         SCROLL_DOWN,
         0,
         LLM_ACT,
         -1,
         NULL,
         NULL,
         NULL},
        {"{'action':'scroll','direction':'top'}",
         STEP_SCROLL,
         SCROLL_TOP,
         0,
         LLM_ACT,
         -1,
         NULL,
         NULL,
         NULL},
        {"{'action':'hover','element':0}", STEP_HOVER, 0, 0, LLM_ACT, 0, NULL, NULL, NULL},
        {"{'action':'wait','seconds':1.5}",
         STEP_WAIT,
         WAIT_TIME,
         1500,
         LLM_ACT,
         -1,
         NULL,
         NULL,
         NULL},
        {"{'action':'extract','what':'text','element':2}",
         STEP_EXTRACT,
         EXTRACT_TEXT,
         0,
         LLM_ACT,
         2,
         NULL,
         NULL,
         NULL},
        {"{'action':'extract','what':'links'}",
         STEP_EXTRACT,
         EXTRACT_LINKS,
         0,
         LLM_ACT,
         -1,
         NULL,
         NULL,
         NULL},
        {"{'action':'extract','what':'table'}",
         STEP_EXTRACT,
         EXTRACT_TABLE,
         0,
         LLM_ACT,
         -1,
         NULL,
         NULL,
         NULL},
        {"{'action':'extract','what':'list','fields':['name','price']}",
         STEP_EXTRACT,
         EXTRACT_LIST,
         0,
         LLM_ACT,
         -1,
         NULL,
         NULL,
         "name"},
        {"{'action':'done','result':'42 results'}",
         STEP_KIND_COUNT,
         0,
         0,
         LLM_DONE,
         -1,
         "42 results",
         NULL,
         NULL},
        {"{'action':'done','result':{'price':'9.99'}}",
         STEP_KIND_COUNT,
         0,
         0,
         LLM_DONE,
         -1,
         "{\"price\":\"9.99\"}",
         NULL,
         NULL},
        {"{'action':'done'}", STEP_KIND_COUNT, 0, 0, LLM_DONE, -1, "", NULL, NULL},
        {"{'action':'fail','reason':'the site requires a login'}",
         STEP_KIND_COUNT,
         0,
         0,
         LLM_FAIL,
         -1,
         "the site requires a login",
         NULL,
         NULL},
    };
    json_t *els = page_elements();

    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        const parse_case *c = &cases[k];
        char *reply = dq(c->reply), err[256] = "";
        step s;
        int done, el;

        if (llm_parse_action(reply, els, &s, &done, &el, err, sizeof err) != 0)
            fail_msg("%s: %s", reply, err);
        assert_int_equal(s.kind, c->kind);
        assert_int_equal(s.sub, c->sub);
        assert_int_equal(s.amount, c->amount);
        assert_int_equal(done, c->done);
        assert_int_equal(el, c->element);
        if (c->value)
            assert_string_equal(s.value, c->value);
        else
            assert_null(s.value);
        if (c->value2)
            assert_string_equal(s.value2, c->value2);
        else
            assert_null(s.value2);
        if (c->field0) {
            assert_string_equal(s.fields[0], c->field0);
            assert_string_equal(s.fields[1], "price");
            assert_null(s.fields[2]);
        }
        step_release(&s);
        free(reply);
    }
    json_decref(els);
}

static void test_parse_invalid(void **state)
{
    static const char *const cases[][2] = {
        {"{'action':'click','element':99}", "element 99 is not in the list"},
        {"{'action':'click','element':4}", "element 4 is not in the list"},
        {"{'action':'click','element':-1}", "element -1 is not in the list"},
        {"{'action':'click','element':'2'}", "\"element\" must be an integer"},
        {"{'action':'click','element':2.0}", "\"element\" must be an integer"},
        {"{'action':'click'}", "\"element\" is required"},
        {"{'action':'fly','to':'moon'}", "unknown action \"fly\""},
        {"{'action':'type','element':1}", "\"text\" must be a non-empty string"},
        {"{'action':'type','element':1,'text':''}", "\"text\" must be a non-empty string"},
        {"{'action':'type','element':1,'text':'x','submit':'yes'}", "\"submit\" must be true"},
        {"{'action':'select','element':3}", "\"option\" must be a non-empty string"},
        {"{'action':'navigate','url':'https://a.com/ b'}", "without spaces"},
        {"{'action':'navigate'}", "\"url\" must be a non-empty string"},
        {"{'action':'key','key':'Hyper+x'}", "is not a key name"},
        {"{'action':'scroll','direction':'sideways'}", "\"direction\" must be"},
        {"{'action':'wait','seconds':0}", "\"seconds\" must be"},
        {"{'action':'wait','seconds':31}", "\"seconds\" must be"},
        {"{'action':'extract','what':'everything'}", "\"what\" must be"},
        {"{'action':'extract','what':'list'}", "\"fields\" must be"},
        {"{'action':'extract','what':'list','fields':['name','']}", "\"fields\" must hold"},
        {"{'action':'fail','reason':7}", "\"reason\" must be a string"},
        {"{'next':'click'}", "has no \"action\" string"},
        {"I would click the Search button.", "no JSON object"},
        {"", "no JSON object"},
        {"{'action':'click','element':2", "no JSON object"},
    };
    json_t *els = page_elements();

    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *reply = dq(cases[k][0]), err[256] = "";
        step s = {.kind = STEP_BACK, .value = (char *)"sentinel"};
        int done = -7, el = -7;

        if (llm_parse_action(reply, els, &s, &done, &el, err, sizeof err) != -1)
            fail_msg("accepted: %s", reply);
        if (!strstr(err, cases[k][1]))
            fail_msg("%s: error \"%s\", want \"%s\"", reply, err, cases[k][1]);
        /* Out-parameters are set only on success. */
        assert_int_equal(s.kind, STEP_BACK);
        assert_string_equal(s.value, "sentinel");
        assert_int_equal(done, -7);
        assert_int_equal(el, -7);
        free(reply);
    }
    json_decref(els);
}

/* A reason quoting model text stays short and valid UTF-8. */
static void test_parse_reason_clipped(void **state)
{
    char err[256] = "";
    step s;
    int done, el;
    buf b = {0};

    buf_puts(&b, "{\"action\":\"");
    for (int i = 0; i < 100; i++)
        buf_puts(&b, "\xc3\xa9"); /* é */
    buf_puts(&b, "\"}");
    assert_int_equal(llm_parse_action(b.s, NULL, &s, &done, &el, err, sizeof err), -1);
    assert_non_null(strstr(err, "unknown action"));
    assert_true(strlen(err) < 120);
    assert_true(util_utf8_valid(err, strlen(err)));
    buf_free(&b);
}

static void test_mode_parse(void **state)
{
    llm_mode m = LLM_MODE_LLM;

    assert_int_equal(llm_mode_parse("rules", &m), 0);
    assert_int_equal(m, LLM_MODE_RULES);
    assert_int_equal(llm_mode_parse("AUTO", &m), 0);
    assert_int_equal(m, LLM_MODE_AUTO);
    assert_int_equal(llm_mode_parse("llm", &m), 0);
    assert_int_equal(m, LLM_MODE_LLM);
    assert_int_equal(llm_mode_parse("gpt", &m), -1);
    assert_int_equal(llm_mode_parse(NULL, &m), -1);
    assert_int_equal(m, LLM_MODE_LLM);
}

static void test_open_rejects(void **state)
{
    llm *l = NULL;
    char err[256] = "";

    assert_int_equal(llm_open("ftp://x/v1", "m", NULL, 0, &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "http or https"));
    assert_int_equal(llm_open("http://", "m", NULL, 0, &l, err, sizeof err), -1);
    assert_int_equal(llm_open("", "m", NULL, 0, &l, err, sizeof err), -1);
    assert_int_equal(llm_open("http://a b/v1", "m", NULL, 0, &l, err, sizeof err), -1);
    assert_int_equal(llm_open("http://h/v1", "", NULL, 0, &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "BROWSERAI_LLM_MODEL"));
    assert_int_equal(llm_open("http://h/v1", "m", "sk-secret\r\nX: y", 0, &l, err, sizeof err), -1);
    assert_null(strstr(err, "sk-secret"));
    assert_null(l);
    assert_int_equal(llm_open("https://h/v1/", "m", "", 0, &l, err, sizeof err), 0);
    llm_close(l);
    llm_close(NULL);
}

/* ---- the fake server --------------------------------------------------- */

typedef struct fake {
    pid_t pid;
    int in_fd;  /* its stdin: closing it stops the server if we crash */
    int out_fd; /* its stdout, where it says its port */
    char dir[64];
    char script[96];
    char log[96];
    char url[64]; /* http://127.0.0.1:PORT */
} fake;

static int fake_setup(void **state)
{
    fake *f = xcalloc(1, sizeof *f);

    f->pid = -1;
    f->in_fd = f->out_fd = -1;
    util_strlcpy(f->dir, "/tmp/test_llm.XXXXXX", sizeof f->dir);
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->script, sizeof f->script, "%s/script.json", f->dir);
    snprintf(f->log, sizeof f->log, "%s/requests.jsonl", f->dir);
    *state = f;
    return 0;
}

static int fake_teardown(void **state)
{
    fake *f = *state;
    int st;

    if (f->pid > 0) {
        kill(f->pid, SIGTERM);
        for (int i = 0; i < 300 && waitpid(f->pid, &st, WNOHANG) == 0; i++)
            util_sleep_ms(10);
        if (kill(f->pid, 0) == 0) {
            kill(f->pid, SIGKILL);
            waitpid(f->pid, &st, 0);
        }
    }
    if (f->in_fd >= 0) close(f->in_fd);
    if (f->out_fd >= 0) close(f->out_fd);
    unlink(f->script);
    unlink(f->log);
    rmdir(f->dir);
    free(f);
    return 0;
}

/* Reads the "listening on" line; 0 and f->url, or -1. */
static int fake_read_url(fake *f)
{
    char line[256];
    size_t n = 0;
    int64_t deadline = util_mono_ms() + 10000;

    while (n < sizeof line - 1 && util_mono_ms() < deadline) {
        struct pollfd p = {.fd = f->out_fd, .events = POLLIN};
        if (poll(&p, 1, 100) <= 0) continue;
        ssize_t r = read(f->out_fd, line + n, sizeof line - 1 - n);
        if (r <= 0) return -1;
        n += (size_t)r;
        line[n] = '\0';
        char *nl = strchr(line, '\n'), *u = strstr(line, "http://");
        if (nl && u && u < nl) {
            *nl = '\0';
            util_strlcpy(f->url, u, sizeof f->url);
            return 0;
        }
    }
    return -1;
}

/* Start the server with script (single-quoted JSON). Skips the test when
 * node is not installed. */
static void fake_start_json(fake *f, json_t *script)
{
    int in[2], out[2];
    posix_spawn_file_actions_t fa;
    char *argv[] = {"node", SERVER_JS, f->script, "--exit-on-stdin-close", NULL};
    size_t n = 0, k = 0;

    assert_int_equal(json_dump_file(script, f->script, JSON_COMPACT), 0);
    json_decref(script);
    if (access(SERVER_JS, R_OK) != 0)
        fail_msg("%s not found; run from the project root", SERVER_JS);
    while (environ[n])
        n++;
    char **envp = xcalloc(n + 2, sizeof *envp);
    for (size_t i = 0; i < n; i++)
        if (strncmp(environ[i], "FAKE_LLM_", 9) != 0) envp[k++] = environ[i];
    char *logvar = xasprintf("FAKE_LLM_LOG=%s", f->log);
    envp[k] = logvar;

    assert_int_equal(pipe2(in, O_CLOEXEC), 0);
    assert_int_equal(pipe2(out, O_CLOEXEC), 0);
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    int rc = posix_spawnp(&f->pid, "node", &fa, NULL, argv, envp);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(out[1]);
    f->in_fd = in[1];
    f->out_fd = out[0];
    free(logvar);
    free(envp);
    if (rc != 0) {
        f->pid = -1;
        if (rc == ENOENT) skip(); /* no node: nothing to test against */
        fail_msg("posix_spawnp node: %s", strerror(rc));
    }
    if (fake_read_url(f) != 0) fail_msg("the fake server did not start");
}

static void fake_start(fake *f, const char *script)
{
    fake_start_json(f, jq(script));
}

/* The requests the server received, as an array of {method, path, headers, body}. */
static json_t *fake_requests(fake *f)
{
    json_t *a = json_array();
    FILE *fp = fopen(f->log, "r");
    char *line = NULL;
    size_t cap = 0;

    while (fp && getline(&line, &cap, fp) > 0) {
        json_t *j = json_loads(line, 0, NULL);
        assert_non_null(j);
        json_array_append_new(a, j);
    }
    free(line);
    if (fp) fclose(fp);
    return a;
}

/* Message m's content of request r. */
static const char *msg_content(json_t *reqs, size_t r, size_t m)
{
    json_t *msgs = json_object_get(json_object_get(json_array_get(reqs, r), "body"), "messages");
    return json_string_value(json_object_get(json_array_get(msgs, m), "content"));
}

static llm *open_client(fake *f, const char *suffix, const char *key, int timeout_ms)
{
    llm *l = NULL;
    char err[256] = "", *url = xasprintf("%s%s", f->url, suffix);

    if (llm_open(url, "test-model", key, timeout_ms, &l, err, sizeof err) != 0)
        fail_msg("llm_open: %s", err);
    free(url);
    return l;
}

/* One llm_next_action on the standard page; returns its rc. */
static int ask(llm *l, json_t *history, step *s, int *done, int *el, char **raw, char *err,
               size_t errlen)
{
    json_t *els = page_elements();
    int rc = llm_next_action(l,
                             "Search for a usb hub",
                             "https://shop.example/",
                             "Shop",
                             els,
                             history,
                             s,
                             done,
                             el,
                             raw,
                             err,
                             errlen);
    json_decref(els);
    return rc;
}

/* ---- round trips --------------------------------------------------------- */

static void test_round_trip(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f,
               "[{'reply':'{\\'action\\':\\'type\\',\\'element\\':1,\\'text\\':\\'usb hub\\'}'},"
               " {'reply':'{\\'action\\':\\'click\\',\\'element\\':2}'},"
               " {'reply':'```json\\n{\\'action\\':\\'done\\',\\'result\\':\\'3 hubs\\'}\\n```'}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    json_t *history = json_array();

    assert_int_equal(ask(l, history, &s, &done, &el, &raw, err, sizeof err), 0);
    assert_int_equal(s.kind, STEP_TYPE);
    assert_string_equal(s.value, "usb hub");
    assert_int_equal(el, 1);
    assert_int_equal(done, LLM_ACT);
    assert_string_equal(raw, "{\"action\":\"type\",\"element\":1,\"text\":\"usb hub\"}");
    json_array_append_new(
        history, json_pack("{s:s,s:s}", "action", s.clause, "result", "typed \"usb hub\""));
    step_release(&s);
    free(raw);

    assert_int_equal(ask(l, history, &s, &done, &el, &raw, err, sizeof err), 0);
    assert_int_equal(s.kind, STEP_CLICK);
    assert_int_equal(el, 2);
    json_array_append_new(
        history, json_pack("{s:s,s:s}", "action", s.clause, "error", "the button is covered"));
    step_release(&s);
    free(raw);

    assert_int_equal(ask(l, history, &s, &done, &el, &raw, err, sizeof err), 0);
    assert_int_equal(done, LLM_DONE);
    assert_int_equal(s.kind, STEP_KIND_COUNT);
    assert_string_equal(s.value, "3 hubs");
    assert_non_null(strstr(raw, "```json")); /* raw is the reply as it came */
    step_release(&s);
    free(raw);

    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 3);
    const char *u3 = msg_content(reqs, 2, 1);
    assert_non_null(strstr(u3,
                           "1. {\"action\":\"type\",\"element\":1,\"text\":\"usb hub\"} "
                           "-> result: typed \"usb hub\""));
    assert_non_null(strstr(u3,
                           "2. {\"action\":\"click\",\"element\":2} -> error: the button "
                           "is covered"));
    assert_non_null(strstr(msg_content(reqs, 0, 1), "Steps so far: none"));
    json_decref(reqs);
    json_decref(history);
    llm_close(l);
}

/* What the model is sent: the protocol's fields, the page, and the key. */
static void test_request_shape(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f,
               "{'api_key':'sk-test-123','rules':[{'reply':'{\\'action\\':\\'check\\',"
               "\\'element\\':5}'}]}");
    llm *l = open_client(f, "/v1", "sk-test-123", 5000);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), 0);
    assert_int_equal(s.kind, STEP_CHECK);
    step_release(&s);
    free(raw);

    json_t *reqs = fake_requests(f), *r = json_array_get(reqs, 0);
    json_t *body = json_object_get(r, "body");
    assert_string_equal(json_string_value(json_object_get(r, "path")), "/v1/chat/completions");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(r, "headers"), "authorization")),
        "Bearer sk-test-123");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(r, "headers"), "content-type")),
        "application/json");
    assert_string_equal(json_string_value(json_object_get(body, "model")), "test-model");
    assert_true(json_is_number(json_object_get(body, "temperature")));
    assert_true(json_number_value(json_object_get(body, "temperature")) == 0);
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(body, "response_format"), "type")),
        "json_object");
    json_t *msgs = json_object_get(body, "messages");
    assert_int_equal(json_array_size(msgs), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(msgs, 0), "role")),
                        "system");
    assert_string_equal(json_string_value(json_object_get(json_array_get(msgs, 1), "role")),
                        "user");
    const char *sys = msg_content(reqs, 0, 0), *user = msg_content(reqs, 0, 1);
    assert_non_null(strstr(sys, "exactly one JSON object"));
    assert_non_null(strstr(sys, "{\"action\":\"navigate\""));
    assert_non_null(strstr(sys, "{\"action\":\"fail\""));
    assert_non_null(strstr(user, "Goal: Search for a usb hub\n"));
    assert_non_null(strstr(user, "Current URL: https://shop.example/\n"));
    assert_non_null(strstr(user, "Page title: Shop\n"));
    assert_non_null(strstr(user, "[0] a \"Home\" href=\"/\"\n"));
    assert_non_null(strstr(user,
                           "[1] input name=\"q\" type=search "
                           "placeholder=\"Search products\"\n"));
    assert_non_null(strstr(user, "[2] button \"Search\"\n"));
    assert_non_null(strstr(user, "[5] input \"I agree\" type=checkbox\n"));
    json_decref(reqs);
    llm_close(l);
}

/* No key, no Authorization header; a base URL without /v1 and a full
 * endpoint URL both reach the server. */
static void test_no_key_and_url_forms(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(
        f, "[{'repeat':true,'reply':'{\\'action\\':\\'scroll\\',\\'direction\\':\\'down\\'}'}]");
    static const char *const suffixes[] = {"", "/v1/chat/completions/", "/v1/"};
    static const char *const paths[] = {
        "/chat/completions", "/v1/chat/completions", "/v1/chat/completions"};
    for (int i = 0; i < 3; i++) {
        llm *l = open_client(f, suffixes[i], i == 2 ? "" : NULL, 5000);
        if (ask(l, NULL, &s, &done, &el, &raw, err, sizeof err) != 0) fail_msg("%s", err);
        assert_int_equal(s.kind, STEP_SCROLL);
        step_release(&s);
        free(raw);
        llm_close(l);
    }
    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 3);
    for (size_t i = 0; i < 3; i++) {
        json_t *r = json_array_get(reqs, i);
        assert_string_equal(json_string_value(json_object_get(r, "path")), paths[i]);
        assert_null(json_object_get(json_object_get(r, "headers"), "authorization"));
    }
    json_decref(reqs);
}

static void test_correction_retry(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f,
               "[{'reply':'I will click {\\'action\\':\\'click\\',\\'element\\':99}'},"
               " {'match':'not a valid action','reply':'{\\'action\\':\\'click\\',"
               "\\'element\\':2}'}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    if (ask(l, NULL, &s, &done, &el, &raw, err, sizeof err) != 0) fail_msg("%s", err);
    assert_int_equal(s.kind, STEP_CLICK);
    assert_int_equal(el, 2);
    assert_string_equal(raw, "{\"action\":\"click\",\"element\":2}");
    step_release(&s);
    free(raw);

    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 2);
    json_t *msgs = json_object_get(json_object_get(json_array_get(reqs, 1), "body"), "messages");
    assert_int_equal(json_array_size(msgs), 4);
    assert_string_equal(json_string_value(json_object_get(json_array_get(msgs, 2), "role")),
                        "assistant");
    assert_string_equal(msg_content(reqs, 1, 2),
                        "I will click {\"action\":\"click\",\"element\":99}");
    assert_string_equal(json_string_value(json_object_get(json_array_get(msgs, 3), "role")),
                        "user");
    assert_non_null(strstr(msg_content(reqs, 1, 3),
                           "Your reply was not a valid action: element "
                           "99 is not in the list"));
    assert_string_equal(msg_content(reqs, 1, 1), msg_content(reqs, 0, 1));
    json_decref(reqs);
    llm_close(l);
}

static void test_correction_exhausted(void **state)
{
    fake *f = *state;
    step s = {0};
    int done = -7, el = -7;
    char *raw = NULL, err[256] = "";

    fake_start(f, "[{'repeat':true,'reply':'I cannot decide.'}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    assert_non_null(strstr(err, "LLM reply was not a valid action (3 attempts): no JSON object"));
    assert_null(raw);
    assert_int_equal(done, -7);
    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 1 + LLM_ACTION_RETRIES);
    json_decref(reqs);
    llm_close(l);
}

/* ---- HTTP failures --------------------------------------------------------- */

static void test_500_then_success(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f,
               "[{'reply':{'status':500,'body':{'error':{'message':'overloaded'}}}},"
               " {'reply':'{\\'action\\':\\'hover\\',\\'element\\':0}'}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    if (ask(l, NULL, &s, &done, &el, &raw, err, sizeof err) != 0) fail_msg("%s", err);
    assert_int_equal(s.kind, STEP_HOVER);
    step_release(&s);
    free(raw);
    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 2);
    json_decref(reqs);
    llm_close(l);
}

/* A body that is not JSON is quoted as text. */
static void test_5xx_exhausted(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f, "[{'repeat':true,'reply':{'status':502,'body':'bad gateway\\n'}}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    assert_string_equal(err, "LLM server answered HTTP 502: bad gateway (3 attempts)");
    llm_close(l);
}

static void test_retry_after(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f,
               "[{'reply':{'status':429,'headers':{'Retry-After':'1'},"
               "'body':{'error':{'message':'Rate limit reached'}}}},"
               " {'reply':'{\\'action\\':\\'key\\',\\'key\\':\\'Enter\\'}'}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    int64_t t0 = util_mono_ms();
    if (ask(l, NULL, &s, &done, &el, &raw, err, sizeof err) != 0) fail_msg("%s", err);
    int64_t took = util_mono_ms() - t0;
    assert_true(took >= 950); /* the default first backoff is 500 ms */
    assert_int_equal(s.kind, STEP_KEY);
    step_release(&s);
    free(raw);
    llm_close(l);
}

static void test_401_fails_at_once(void **state)
{
    fake *f = *state;
    step s = {0};
    int done = -7, el = -7;
    char *raw = NULL, err[256] = "";

    fake_start(f, "{'api_key':'sk-right','rules':[{'repeat':true,'reply':'{}'}]}");
    llm *l = open_client(f, "/v1", "sk-wrong-secret", 5000);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    assert_string_equal(err, "LLM server answered HTTP 401: Incorrect API key provided.");
    assert_null(strstr(err, "sk-wrong"));
    assert_null(raw);
    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 1);
    json_decref(reqs);
    llm_close(l);
}

static void test_400_fails_at_once(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f,
               "[{'repeat':true,'reply':{'status':400,'body':{'error':{'message':"
               "'Invalid parameter: response_format','type':'invalid_request_error'}}}}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    assert_string_equal(err, "LLM server answered HTTP 400: Invalid parameter: response_format");
    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 1);
    json_decref(reqs);
    llm_close(l);
}

static void test_timeout(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f, "[{'repeat':true,'delay_ms':5000,'reply':'{\\'action\\':\\'done\\'}'}]");
    llm *l = open_client(f, "/v1", NULL, 200);
    int64_t t0 = util_mono_ms();
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    int64_t took = util_mono_ms() - t0;
    assert_string_equal(err, "LLM request timed out after 200 ms (3 attempts)");
    assert_true(took < 4500);
    llm_close(l);
}

static void test_connection_refused(void **state)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    llm *l = NULL;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "", url[64];

    /* A port that was free a moment ago and has no listener now. */
    assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
    assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
    close(fd);
    snprintf(url, sizeof url, "http://127.0.0.1:%d/v1", ntohs(a.sin_port));
    assert_int_equal(llm_open(url, "m", NULL, 2000, &l, err, sizeof err), 0);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    assert_non_null(strstr(err, "LLM request failed: "));
    assert_non_null(strstr(err, "(3 attempts)"));
    llm_close(l);
}

static void test_reply_too_large(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";
    char *big = xmalloc(2 * LLM_MAX_REPLY + 1);

    memset(big, 'x', 2 * LLM_MAX_REPLY);
    big[2 * LLM_MAX_REPLY] = '\0';
    fake_start_json(f, json_pack("[{s:s}]", "reply", big));
    free(big);
    llm *l = open_client(f, "/v1", NULL, 5000);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    assert_non_null(strstr(err, "LLM reply is larger than 1048576 bytes"));
    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), 1);
    json_decref(reqs);
    llm_close(l);
}

static void test_not_chat_completion(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";

    fake_start(f, "[{'reply':{'status':200,'body':{'object':'list','data':[]}}}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    assert_int_equal(ask(l, NULL, &s, &done, &el, &raw, err, sizeof err), -1);
    assert_non_null(strstr(err, "no choices[0].message"));
    llm_close(l);
}

/* ---- caps on what the model is shown -------------------------------------- */

static void test_elements_capped(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "", text[128];
    json_t *els = json_array();

    for (int i = 0; i < 200; i++) {
        /* 100 characters once the new lines collapse to a space: 92 of them é. */
        buf b = {0};
        buf_printf(&b, "item%03d\n\n", i);
        for (int k = 0; k < 92; k++)
            buf_puts(&b, "\xc3\xa9");
        json_array_append_new(els, json_pack("{s:i,s:s,s:s}", "i", i, "tag", "a", "text", b.s));
        buf_free(&b);
    }
    fake_start(f, "[{'reply':'{\\'action\\':\\'click\\',\\'element\\':180}'}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    /* Elements past the cap are not shown but still valid to name. */
    if (llm_next_action(l,
                        "goal",
                        "https://x.example/",
                        "X",
                        els,
                        NULL,
                        &s,
                        &done,
                        &el,
                        &raw,
                        err,
                        sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(el, 180);
    step_release(&s);
    free(raw);

    json_t *reqs = fake_requests(f);
    const char *user = msg_content(reqs, 0, 1);
    snprintf(text, sizeof text, "[%d] a \"item%03d ", LLM_MAX_ELEMENTS - 1, LLM_MAX_ELEMENTS - 1);
    assert_non_null(strstr(user, text));
    snprintf(text, sizeof text, "\n[%d] ", LLM_MAX_ELEMENTS);
    assert_null(strstr(user, text));
    assert_non_null(strstr(user, "(50 more elements not shown)\n"));
    /* "item000 " is 8 characters, then 72 of the 80 are é, then "...". */
    buf want = {0};
    buf_puts(&want, "[0] a \"item000 ");
    for (int i = 0; i < LLM_MAX_TEXT - 8; i++)
        buf_puts(&want, "\xc3\xa9");
    buf_puts(&want, "...\"\n");
    assert_non_null(strstr(user, want.s));
    buf_free(&want);
    json_decref(reqs);
    json_decref(els);
    llm_close(l);
}

static void test_history_capped(void **state)
{
    fake *f = *state;
    step s;
    int done, el;
    char *raw = NULL, err[256] = "";
    json_t *history = json_array();

    for (int i = 1; i <= 12; i++) {
        char *a = xasprintf("{\"action\":\"wait\",\"seconds\":%d}", i);
        json_array_append_new(
            history, json_pack("{s:o,s:s}", "action", json_loads(a, 0, NULL), "result", "waited"));
        free(a);
    }
    fake_start(f, "[{'reply':'{\\'action\\':\\'fail\\',\\'reason\\':\\'stuck\\'}'}]");
    llm *l = open_client(f, "/v1", NULL, 5000);
    if (ask(l, history, &s, &done, &el, &raw, err, sizeof err) != 0) fail_msg("%s", err);
    assert_int_equal(done, LLM_FAIL);
    assert_string_equal(s.value, "stuck");
    step_release(&s);
    free(raw);

    json_t *reqs = fake_requests(f);
    const char *user = msg_content(reqs, 0, 1);
    assert_non_null(strstr(user,
                           "(2 earlier steps not shown)\n"
                           "3. {\"action\":\"wait\",\"seconds\":3} -> result: waited\n"));
    assert_non_null(strstr(user, "12. {\"action\":\"wait\",\"seconds\":12} -> result: waited\n"));
    assert_null(strstr(user, "\"seconds\":2}"));
    json_decref(reqs);
    json_decref(history);
    llm_close(l);
}

/* ---- threads ------------------------------------------------------------- */

#define THREADS 4
#define CALLS 3

typedef struct worker {
    llm *l;
    int ok;
    char err[256];
} worker;

static void *worker_main(void *arg)
{
    worker *w = arg;

    for (int i = 0; i < CALLS; i++) {
        step s;
        int done, el;
        char *raw = NULL;
        if (ask(w->l, NULL, &s, &done, &el, &raw, w->err, sizeof w->err) != 0) return NULL;
        if (s.kind == STEP_CLICK && el == 2) w->ok++;
        step_release(&s);
        free(raw);
    }
    return NULL;
}

/* One handle shared by several threads, each call independent. */
static void test_threads(void **state)
{
    fake *f = *state;
    pthread_t t[THREADS];
    worker w[THREADS];

    fake_start(f, "[{'repeat':true,'reply':'{\\'action\\':\\'click\\',\\'element\\':2}'}]");
    llm *l = open_client(f, "/v1", "sk-shared", 5000);
    for (int i = 0; i < THREADS; i++) {
        w[i] = (worker){.l = l};
        assert_int_equal(pthread_create(&t[i], NULL, worker_main, &w[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        if (w[i].ok != CALLS)
            fail_msg("thread %d: %d of %d calls: %s", i, w[i].ok, CALLS, w[i].err);
    }
    json_t *reqs = fake_requests(f);
    assert_int_equal(json_array_size(reqs), THREADS * CALLS);
    json_decref(reqs);
    llm_close(l);
}

#define SERVER_TEST(fn) cmocka_unit_test_setup_teardown(fn, fake_setup, fake_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_click),
        cmocka_unit_test(test_parse_fenced),
        cmocka_unit_test(test_parse_prose),
        cmocka_unit_test(test_parse_positions),
        cmocka_unit_test(test_parse_every_action),
        cmocka_unit_test(test_parse_invalid),
        cmocka_unit_test(test_parse_reason_clipped),
        cmocka_unit_test(test_mode_parse),
        cmocka_unit_test(test_open_rejects),
        SERVER_TEST(test_round_trip),
        SERVER_TEST(test_request_shape),
        SERVER_TEST(test_no_key_and_url_forms),
        SERVER_TEST(test_correction_retry),
        SERVER_TEST(test_correction_exhausted),
        SERVER_TEST(test_500_then_success),
        SERVER_TEST(test_5xx_exhausted),
        SERVER_TEST(test_retry_after),
        SERVER_TEST(test_401_fails_at_once),
        SERVER_TEST(test_400_fails_at_once),
        SERVER_TEST(test_timeout),
        cmocka_unit_test(test_connection_refused),
        SERVER_TEST(test_reply_too_large),
        SERVER_TEST(test_not_chat_completion),
        SERVER_TEST(test_elements_capped),
        SERVER_TEST(test_history_capped),
        SERVER_TEST(test_threads),
    };
    /* A server that died mid-test must not kill the test with SIGPIPE. */
    signal(SIGPIPE, SIG_IGN);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
