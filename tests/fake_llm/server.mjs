// A fake OpenAI-compatible chat-completions server that replies from a
// script, for testing the LLM planner's client (src/engine/llm.c) without a
// model. Node 20, no dependencies.
//
//   node tests/fake_llm/server.mjs SCRIPT.json [--exit-on-stdin-close]
//
// SCRIPT (or env FAKE_LLM_SCRIPT) is a JSON file: an array of rules, or
// {"api_key": "sk-...", "rules": [...]} to demand that bearer key as the
// real API does (401 otherwise). A rule:
//   {"match": "substring" | "/regex/flags",   optional; tested against the
//                                              last user message's content
//    "reply": "assistant content"              a chat.completion with it
//           | {"status": 500, "body": {...} | "text", "headers": {...}},
//    "delay_ms": 3000,                         optional; wait before answering
//    "repeat": true}                           optional; never consumed
// Each request takes the first unconsumed rule that matches, so rules without
// "match" are answered in order. No rule: 500 with an error naming why.
//
// Every request is appended to the JSON-lines file named by env FAKE_LLM_LOG
// as {method, path, headers, body} before it is answered, so tests can check
// what the model was shown. Prints "fake-llm listening on http://127.0.0.1:PORT"
// once listening. Exits on SIGTERM or SIGINT, and with --exit-on-stdin-close
// when its stdin closes, so a crashed test leaves no server behind.
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const MAX_BODY = 10 * 1024 * 1024;

function loadScript() {
    const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.FAKE_LLM_SCRIPT;
    if (!path) {
        console.error('usage: server.mjs SCRIPT.json [--exit-on-stdin-close]');
        process.exit(2);
    }
    const script = JSON.parse(readFileSync(path, 'utf8'));
    const rules = Array.isArray(script) ? script : script.rules ?? [];
    return { apiKey: Array.isArray(script) ? null : script.api_key ?? null, rules };
}

const { apiKey, rules } = loadScript();
const consumed = new Array(rules.length).fill(false);
const logPath = process.env.FAKE_LLM_LOG;

function matches(rule, text) {
    if (rule.match === undefined) return true;
    const re = /^\/(.*)\/([a-z]*)$/s.exec(rule.match);
    return re ? new RegExp(re[1], re[2]).test(text) : text.includes(rule.match);
}

function takeRule(text) {
    for (let i = 0; i < rules.length; i++) {
        if (consumed[i] || !matches(rules[i], text)) continue;
        if (!rules[i].repeat) consumed[i] = true;
        return rules[i];
    }
    return null;
}

function sendJson(res, status, obj, headers = {}) {
    const body = typeof obj === 'string' ? obj : JSON.stringify(obj);
    const type = typeof obj === 'string' ? 'text/plain' : 'application/json';
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
}

// An error the way OpenAI shapes them.
function apiError(res, status, message, type, code = null) {
    sendJson(res, status, { error: { message, type, param: null, code } });
}

function completion(model, content) {
    return {
        id: `chatcmpl-fake${Date.now().toString(36)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: 'stop' }],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    };
}

function lastUserText(messages) {
    for (let i = messages.length - 1; i >= 0; i--) {
        const m = messages[i];
        if (m && m.role === 'user') return typeof m.content === 'string' ? m.content : JSON.stringify(m.content);
    }
    return '';
}

function answer(req, res, raw) {
    let body;
    try {
        body = JSON.parse(raw);
    } catch {
        body = raw;
    }
    if (logPath) {
        appendFileSync(logPath, JSON.stringify({ method: req.method, path: req.url, headers: req.headers, body }) + '\n');
    }
    const path = req.url.split('?')[0];
    if (path !== '/v1/chat/completions' && path !== '/chat/completions') {
        return apiError(res, 404, `Unknown request URL: ${req.method} ${path}`, 'invalid_request_error', 'unknown_url');
    }
    if (req.method !== 'POST') return apiError(res, 405, 'Method not allowed', 'invalid_request_error');
    if (apiKey !== null && req.headers.authorization !== `Bearer ${apiKey}`) {
        const msg = req.headers.authorization
            ? 'Incorrect API key provided.'
            : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.";
        return apiError(res, 401, msg, 'invalid_request_error', 'invalid_api_key');
    }
    if (typeof body !== 'object' || body === null) {
        return apiError(res, 400, 'We could not parse the JSON body of your request.', 'invalid_request_error');
    }
    if (typeof body.model !== 'string' || !body.model) {
        return apiError(res, 400, 'you must provide a model parameter', 'invalid_request_error');
    }
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
        return apiError(res, 400, "Missing required parameter: 'messages'.", 'invalid_request_error');
    }
    if (body.stream) return apiError(res, 400, 'the fake server does not stream', 'invalid_request_error');

    const rule = takeRule(lastUserText(body.messages));
    if (!rule) return apiError(res, 500, 'fake-llm: no script rule matches this request', 'server_error');
    const send = () => {
        if (res.destroyed) return; // the client gave up (its timeout)
        if (typeof rule.reply === 'string') return sendJson(res, 200, completion(body.model, rule.reply));
        const r = rule.reply ?? {};
        sendJson(res, r.status ?? 200, r.body ?? '', r.headers ?? {});
    };
    if (rule.delay_ms) {
        const timer = setTimeout(send, rule.delay_ms);
        res.on('close', () => clearTimeout(timer));
    } else {
        send();
    }
}

const server = createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
        size += c.length;
        if (size > MAX_BODY) {
            apiError(res, 413, 'request too large', 'invalid_request_error');
            req.destroy();
            return;
        }
        chunks.push(c);
    });
    req.on('end', () => {
        if (size <= MAX_BODY) answer(req, res, Buffer.concat(chunks).toString('utf8'));
    });
});

function stop() {
    server.closeAllConnections?.();
    process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.argv.includes('--exit-on-stdin-close')) {
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
}

server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`fake-llm listening on http://127.0.0.1:${server.address().port}\n`);
});
