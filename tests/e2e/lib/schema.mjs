// JSON Schema validation of API bodies against docs/api/openapi.yaml.
//
// The contract's component schemas (OpenAPI 3.0) are turned into one JSON
// Schema document with the $id "openapi.json": `nullable: true` becomes a type
// union with "null", and the inline response schemas of GET /tasks and
// GET /projects are added as TaskList and ProjectList. `$ref:
// '#/components/schemas/X'` then resolves inside that document.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const OPENAPI_PATH = path.join(REPO, 'docs/api/openapi.yaml');
export const OPENAPI_TEXT = fs.readFileSync(OPENAPI_PATH, 'utf8');
export const OPENAPI = await parsedOnce(OPENAPI_TEXT);

/* The parsed contract, kept as JSON beside the build under the text's hash:
 * every test process loads it, and the YAML parse took 0.3 CPU s of each
 * (86 files), JSON.parse a few ms. Written whole by a rename, so a process
 * reading while another writes sees the old file or the new one. */
async function parsedOnce(text) {
  const hash = crypto.createHash('sha256').update(text).digest('hex');
  const cache = path.join(REPO, 'build', 'openapi.parsed.json');
  try {
    const c = JSON.parse(fs.readFileSync(cache, 'utf8'));
    if (c.hash === hash) return c.doc;
  } catch { /* none yet, or unreadable: parse */ }
  const { default: YAML } = await import('yaml');
  const doc = YAML.parse(text);
  try {
    fs.mkdirSync(path.dirname(cache), { recursive: true });
    const tmp = `${cache}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ hash, doc }));
    fs.renameSync(tmp, cache);
  } catch { /* a read-only tree: parse each time */ }
  return doc;
}

const DOC_ID = 'openapi.json';

/** OpenAPI 3.0 schema -> JSON Schema (draft-07 flavoured, what ajv expects). */
export function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable' || k === 'example' || k === 'examples') continue;
    out[k] = toJsonSchema(v);
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.$ref) {
      // A $ref with siblings: wrap so null is allowed too.
      const ref = out.$ref;
      delete out.$ref;
      return { anyOf: [{ $ref: ref }, { type: 'null' }], ...out };
    }
  }
  return out;
}

function jsonBodySchema(op, code) {
  return op.responses[code].content['application/json'].schema;
}

const schemas = { ...OPENAPI.components.schemas };
schemas.TaskList = jsonBodySchema(OPENAPI.paths['/tasks'].get, '200');
schemas.ProjectList = jsonBodySchema(OPENAPI.paths['/projects'].get, '200');

export const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: DOC_ID, components: { schemas: toJsonSchema(schemas) } });

const compiled = new Map();
/** The compiled validator of component schema `name` (e.g. "GetTaskResponse"). */
export function validator(name) {
  if (!compiled.has(name)) {
    if (!schemas[name]) throw new Error(`schema: no component schema named ${name}`);
    const v = ajv.getSchema(`${DOC_ID}#/components/schemas/${name}`);
    if (!v) throw new Error(`schema: could not compile ${name}`);
    compiled.set(name, v);
  }
  return compiled.get(name);
}

/** Errors of data against schema `name`, as text lines; [] when valid. */
export function schemaErrors(name, data) {
  const v = validator(name);
  if (v(data)) return [];
  return v.errors.map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

/** Assert that data matches component schema `name`. */
export function assertSchema(name, data, what = '') {
  const errs = schemaErrors(name, data);
  assert.deepEqual(errs, [], `${what || 'body'} does not match ${name}:\n  ${errs.join('\n  ')}\nbody: ${JSON.stringify(data).slice(0, 2000)}`);
}

export const SCHEMA_NAMES = Object.keys(schemas);
