/* input.c -- mouse and keyboard events through CDP's Input domain, so pages
 * see what a person's devices would make: mousemove before mousedown, a key's
 * keydown, keypress (with its text) and keyup. See page.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "browser/page.h"
#include "browser/page_impl.h"
#include "util/util.h"

/* Keys that are not plain characters, as Input.dispatchKeyEvent wants them:
 * the DOM key name, its physical code, the legacy keyCode, and the text it
 * types, if any. */
static const struct key_def {
    const char *key, *code;
    int keycode;
    const char *text;
} keys[] = {
    {"Enter", "Enter", 13, "\r"},
    {"Tab", "Tab", 9, NULL},
    {"Escape", "Escape", 27, NULL},
    {"Backspace", "Backspace", 8, NULL},
    {"Delete", "Delete", 46, NULL},
    {" ", "Space", 32, " "},
    {"ArrowDown", "ArrowDown", 40, NULL},
    {"ArrowUp", "ArrowUp", 38, NULL},
    {"ArrowLeft", "ArrowLeft", 37, NULL},
    {"ArrowRight", "ArrowRight", 39, NULL},
    {"PageDown", "PageDown", 34, NULL},
    {"PageUp", "PageUp", 33, NULL},
    {"Home", "Home", 36, NULL},
    {"End", "End", 35, NULL},
    {"Insert", "Insert", 45, NULL},
    {"F1", "F1", 112, NULL},
    {"F2", "F2", 113, NULL},
    {"F3", "F3", 114, NULL},
    {"F4", "F4", 115, NULL},
    {"F5", "F5", 116, NULL},
    {"F6", "F6", 117, NULL},
    {"F7", "F7", 118, NULL},
    {"F8", "F8", 119, NULL},
    {"F9", "F9", 120, NULL},
    {"F10", "F10", 121, NULL},
    {"F11", "F11", 122, NULL},
    {"F12", "F12", 123, NULL},
    {"Control", "ControlLeft", 17, NULL},
    {"Shift", "ShiftLeft", 16, NULL},
    {"Alt", "AltLeft", 18, NULL},
    {"Meta", "MetaLeft", 91, NULL},
};

/* CDP's modifier bits. */
static const struct {
    const char *name;
    int bit;
} modifier_bits[] = {{"Alt", 1}, {"Control", 2}, {"Ctrl", 2}, {"Meta", 4}, {"Shift", 8}};

static int modifiers_mask(const char *mods)
{
    int mask = 0;
    for (const char *p = mods; p && *p;) {
        size_t n = strcspn(p, "+ ");
        for (size_t i = 0; i < sizeof modifier_bits / sizeof modifier_bits[0]; i++)
            if (strlen(modifier_bits[i].name) == n && !strncasecmp(p, modifier_bits[i].name, n))
                mask |= modifier_bits[i].bit;
        p += n;
        while (*p == '+' || *p == ' ')
            p++;
    }
    return mask;
}

static int mouse(page *p, const char *type, double x, double y, int clicks, int timeout_ms,
                 char *err, size_t errlen)
{
    json_t *params = json_pack("{s:s, s:f, s:f}", "type", type, "x", x, "y", y);
    if (clicks) {
        json_object_set_new(params, "button", json_string("left"));
        json_object_set_new(params, "buttons", json_integer(strcmp(type, "mousePressed") ? 0 : 1));
        json_object_set_new(params, "clickCount", json_integer(clicks));
    }
    return page_call(p, "Input.dispatchMouseEvent", params, timeout_ms, NULL, err, errlen);
}

int page_hover(page *p, double x, double y, int timeout_ms, char *err, size_t errlen)
{
    return mouse(p, "mouseMoved", x, y, 0, timeout_ms, err, errlen);
}

unsigned page_inputs(const page *p)
{
    return p ? p->inputs : 0;
}

int page_click(page *p, double x, double y, int timeout_ms, char *err, size_t errlen)
{
    int rc;
    p->inputs++;
    if ((rc = mouse(p, "mouseMoved", x, y, 0, timeout_ms, err, errlen)) != 0 ||
        (rc = mouse(p, "mousePressed", x, y, 1, timeout_ms, err, errlen)) != 0)
        return rc;
    return mouse(p, "mouseReleased", x, y, 1, timeout_ms, err, errlen);
}

/* keyDown (with text when the key types something) then keyUp. */
static int key_event(page *p, const char *key, const char *code, int keycode, const char *text,
                     int mask, int timeout_ms, char *err, size_t errlen)
{
    json_t *down =
        json_pack("{s:s, s:s, s:s, s:i, s:i, s:i}", "type", text ? "keyDown" : "rawKeyDown", "key",
                  key, "code", code, "windowsVirtualKeyCode", keycode, "nativeVirtualKeyCode",
                  keycode, "modifiers", mask);
    /* With Control or Meta held the key is a shortcut, not typing. */
    if (text && !(mask & 6)) {
        json_object_set_new(down, "text", json_string(text));
        json_object_set_new(down, "unmodifiedText", json_string(text));
    }
    p->inputs++;
    int rc = page_call(p, "Input.dispatchKeyEvent", down, timeout_ms, NULL, err, errlen);
    if (rc != 0) return rc;
    return page_call(p, "Input.dispatchKeyEvent",
                     json_pack("{s:s, s:s, s:s, s:i, s:i, s:i}", "type", "keyUp", "key", key,
                               "code", code, "windowsVirtualKeyCode", keycode,
                               "nativeVirtualKeyCode", keycode, "modifiers", mask),
                     timeout_ms, NULL, err, errlen);
}

/* The key definition of a single printable character. */
static void char_def(const char *ch, size_t n, char *code, size_t codelen, int *keycode)
{
    unsigned char c = (unsigned char)ch[0];
    *keycode = 0;
    code[0] = '\0';
    if (n != 1) return; /* beyond ASCII: no physical key; text alone is enough */
    if (c >= 'a' && c <= 'z') {
        snprintf(code, codelen, "Key%c", c - 32);
        *keycode = c - 32;
    } else if (c >= 'A' && c <= 'Z') {
        snprintf(code, codelen, "Key%c", c);
        *keycode = c;
    } else if (c >= '0' && c <= '9') {
        snprintf(code, codelen, "Digit%c", c);
        *keycode = c;
    }
}

int page_key(page *p, const char *key, const char *modifiers, int timeout_ms, char *err,
             size_t errlen)
{
    int mask = modifiers_mask(modifiers);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (!strcasecmp(keys[i].key, key))
            return key_event(p, keys[i].key, keys[i].code, keys[i].keycode, keys[i].text, mask,
                             timeout_ms, err, errlen);
    size_t n = strlen(key);
    if (n == 0 || n > 4) {
        snprintf(err, errlen, "unknown key \"%s\"", key);
        return -1;
    }
    char code[16];
    int keycode;
    char_def(key, n, code, sizeof code, &keycode);
    return key_event(p, key, code, keycode, key, mask, timeout_ms, err, errlen);
}

int page_type(page *p, const char *text, int timeout_ms, char *err, size_t errlen)
{
    int64_t deadline = util_mono_ms() + timeout_ms;
    for (const char *s = text; *s;) {
        /* One UTF-8 character at a time. */
        size_t n = 1;
        while (s[n] && ((unsigned char)s[n] & 0xC0) == 0x80)
            n++;
        char ch[8], code[16];
        int keycode, rc;
        snprintf(ch, sizeof ch, "%.*s", (int)n, s);
        int left = (int)(deadline - util_mono_ms());
        if (left <= 0) {
            snprintf(err, errlen, "typing took too long");
            return CDP_ETIMEOUT;
        }
        if (*s == '\n') {
            rc = page_key(p, "Enter", NULL, left, err, errlen);
        } else {
            char_def(ch, n, code, sizeof code, &keycode);
            rc = key_event(p, ch, code, keycode, ch, 0, left, err, errlen);
        }
        if (rc != 0) return rc;
        s += n;
    }
    return 0;
}
