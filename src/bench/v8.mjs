// node's V8 running the same .wasm with an equivalent host in JavaScript, for bench/compare.sh.
//
//   node src/bench/v8.mjs MODULE.wasm DOCS.ndjson SECONDS [param=value ...]
//
// Prints "ns_per_doc <value>". The host implements the ABI functions the bench fixtures import:
// get_field_string, get_field_f64, get_param_string, get_param_i64 (shared/ABI.md semantics).
import { readFileSync } from 'node:fs';

const [moduleFile, docsFile, seconds, ...pairs] = process.argv.slice(2);
const params = {};
for (const p of pairs) {
  const eq = p.indexOf('=');
  const v = p.slice(eq + 1);
  params[p.slice(0, eq)] = /^-?\d+$/.test(v) ? Number(v) : v;
}
const docs = readFileSync(docsFile, 'utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l));
const encoder = new TextEncoder();
const decoder = new TextDecoder();
let doc = null;
let memory = null;
// names by pointer and length, checked byte by byte before reuse (as the Java host does)
const nameCache = [];

function name(ptr, len) {
  const mem = new Uint8Array(memory.buffer);
  outer: for (const e of nameCache) {
    if (e.ptr !== ptr || e.bytes.length !== len) continue;
    for (let i = 0; i < len; i++) if (mem[ptr + i] !== e.bytes[i]) continue outer;
    return e.text;
  }
  const bytes = mem.slice(ptr, ptr + len);
  const text = decoder.decode(bytes);
  nameCache.unshift({ ptr, bytes, text });
  if (nameCache.length > 8) nameCache.pop();
  return text;
}

function field(path) {
  if (path.indexOf('.') < 0) return doc[path];
  let node = doc;
  for (const seg of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(seg in node)) return undefined;
    node = node[seg];
  }
  return node;
}

function writeString(text, outPtr, lenPtr, tooSmall) {
  const view = new DataView(memory.buffer);
  const cap = view.getUint32(lenPtr, true);
  // encodeInto writes straight into guest memory when the text fits the buffer
  const { read, written } = encoder.encodeInto(text, new Uint8Array(memory.buffer, outPtr, cap));
  if (read < text.length) {
    view.setUint32(lenPtr, encoder.encode(text).length, true);
    return tooSmall;
  }
  view.setUint32(lenPtr, written, true);
  return 0;
}

const env = {
  get_field_string(ctx, np, nl, out, lenPtr) {
    const v = field(name(np, nl));
    if (v === undefined) return -1;
    return writeString(typeof v === 'string' ? v : JSON.stringify(v), out, lenPtr, -2);
  },
  get_field_f64(ctx, np, nl, out) {
    const v = field(name(np, nl));
    if (typeof v !== 'number') return -1;
    new DataView(memory.buffer).setFloat64(out, v, true);
    return 0;
  },
  get_param_string(np, nl, out, lenPtr) {
    const v = params[name(np, nl)];
    if (v === undefined) return 1;
    if (typeof v !== 'string') return 2;
    return writeString(v, out, lenPtr, 3);
  },
  get_param_i64(np, nl, out) {
    const v = params[name(np, nl)];
    if (v === undefined) return 1;
    if (typeof v !== 'number') return 2;
    new DataView(memory.buffer).setBigInt64(out, BigInt(Math.trunc(v)), true);
    return 0;
  },
};

const { instance } = await WebAssembly.instantiate(readFileSync(moduleFile), { env });
memory = instance.exports.memory;
const filter = instance.exports.filter;
let kept = 0;
let ctx = 0n;
const run = (ms) => {
  let calls = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (const d of docs) {
      doc = d;
      kept += filter(++ctx);
    }
    calls += docs.length;
  }
  return calls;
};
run(2000);
const start = process.hrtime.bigint();
const calls = run(Number(seconds) * 1000);
const elapsed = Number(process.hrtime.bigint() - start);
console.log(`ns_per_doc ${(elapsed / calls).toFixed(1)}`);
console.log(`kept ${kept}`);
