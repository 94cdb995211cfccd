// The quidudf playground: plain JavaScript over the server's own HTTP API (same origin only).
"use strict";

const $ = (id) => document.getElementById(id);
const state = { udfs: [], selected: null, manifest: null };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

// Every call goes through here: the token from the session, errors as the API gives them.
async function api(method, path, body) {
  const headers = {};
  const token = sessionStorage.getItem("quidudf-token");
  if (token) headers["Authorization"] = "Bearer " + token;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new Error("the server did not answer (" + e.message + ")");
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!response.ok) {
    const err = data && data.error ? data.error : { code: "http_" + response.status, message: text || response.statusText };
    const e = new Error("[" + err.code + "] " + err.message + (response.status === 401 ? " (enter the server's token above)" : ""));
    e.kind = err.code;
    throw e;
  }
  return data;
}

async function guarded(action) {
  try {
    showError("");
    await action();
  } catch (e) {
    showError(e.message);
  }
}

// ---- the UDF list and details ------------------------------------------------------------

async function loadUdfs() {
  const data = await api("GET", "/api/v1/udfs");
  state.udfs = data.udfs || [];
  renderUdfs();
}

function renderUdfs() {
  const q = $("search").value.trim().toLowerCase();
  const list = $("udfs");
  list.replaceChildren();
  const shown = state.udfs.filter((u) =>
    !q || u.name.toLowerCase().includes(q) || (u.description || "").toLowerCase().includes(q) || (u.category || "").toLowerCase().includes(q));
  for (const u of shown) {
    const li = el("li", { "data-udf": u.name + "@" + u.version, tabindex: "0" },
      el("strong", { text: u.name + "@" + u.version }), el("small", { text: u.description || "" }));
    if (state.selected === u.name + "@" + u.version) li.classList.add("selected");
    li.addEventListener("click", () => guarded(() => select(u.name, u.version)));
    li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") li.click(); });
    list.append(li);
  }
  $("no-udfs").hidden = state.udfs.length > 0;
}

async function select(name, version) {
  const m = await api("GET", "/api/v1/udfs/" + encodeURIComponent(name) + "?version=" + encodeURIComponent(version));
  state.selected = name + "@" + version;
  state.manifest = m;
  renderUdfs();
  $("details").hidden = false;
  $("udf-title").textContent = m.name + "@" + m.version;
  $("udf-description").textContent = m.description || "";
  const facts = $("udf-facts");
  facts.replaceChildren();
  const fact = (k, v) => facts.append(el("dt", { text: k }), el("dd", { text: String(v) }));
  fact("returns", (m.returns || []).map((r) => r.type).join(", ") || "bool");
  fact("language", m.language || "");
  fact("signed", m.signed ? "yes" : "no");
  fact("size", m.wasm_size + " bytes");
  fact("digest", m.digest);
  if (m.fields && m.fields.length) fact("reads", m.fields.map((f) => f.name + " (" + f.type + ")").join(", "));
  renderParams(m.parameters || []);
  $("run").disabled = false;
  $("bench").disabled = false;
}

// ---- parameters: a form from the manifest, checked by type -------------------------------

function renderParams(params) {
  const form = $("params");
  form.replaceChildren();
  if (!params.length) form.append(el("p", { class: "muted", text: "This UDF takes no parameters." }));
  for (const p of params) {
    let input;
    if (p.type === "bool") {
      input = el("input", { type: "checkbox", name: p.name });
      if (p.default === true) input.checked = true;
    } else {
      input = el("input", { type: p.type === "string" ? "text" : "number", name: p.name,
        step: p.type === "i64" ? "1" : "any" });
      if (p.default !== undefined && p.default !== null) input.placeholder = String(p.default);
    }
    input.dataset.type = p.type;
    input.dataset.required = p.required ? "yes" : "no";
    const hint = (p.required ? "required" : "default " + JSON.stringify(p.default ?? null)) + " · " + p.type;
    const label = el("label", {}, el("span", { text: p.name }), input, el("small", { text: hint }));
    if (p.description) label.title = p.description;
    form.append(label, el("p", { class: "field-error", "data-error-for": p.name }));
  }
}

// The parameters as the API takes them, or throws naming the first bad one.
function readParams() {
  const out = {};
  for (const input of $("params").querySelectorAll("input")) {
    const name = input.name;
    const errorBox = $("params").querySelector('[data-error-for="' + CSS.escape(name) + '"]');
    errorBox.textContent = "";
    const type = input.dataset.type;
    if (type === "bool") { out[name] = input.checked; continue; }
    const raw = input.value.trim();
    if (raw === "") {
      if (input.dataset.required === "yes") { errorBox.textContent = name + " is required"; throw new Error("parameter " + name + " is required"); }
      continue;
    }
    if (type === "string") { out[name] = input.value; continue; }
    const n = Number(raw);
    if (!Number.isFinite(n) || (type === "i64" && !Number.isInteger(n))) {
      const msg = name + " must be " + (type === "i64" ? "an integer" : "a number");
      errorBox.textContent = msg;
      throw new Error("parameter " + msg);
    }
    out[name] = n;
  }
  return out;
}

function readDocument() {
  const check = $("document-check");
  try {
    const doc = JSON.parse($("document").value || "{}");
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new Error("a document must be a JSON object");
    check.textContent = "";
    return doc;
  } catch (e) {
    check.textContent = "document: " + e.message;
    throw new Error("the document is not valid JSON: " + e.message);
  }
}

function udfPath() {
  const [name] = state.selected.split("@");
  return "/api/v1/udfs/" + encodeURIComponent(name) + "/test";
}

function testBody(extra) {
  const version = state.selected.split("@")[1];
  return Object.assign({ version, document: readDocument(), parameters: readParams() }, extra);
}

// ---- run, with the trace of host calls ---------------------------------------------------

async function run() {
  const body = testBody({ trace: true });
  $("run-output").hidden = true;
  const r = await api("POST", udfPath(), body);
  const result = $("result");
  result.textContent = JSON.stringify(r.result);
  result.className = "result " + (r.result === true ? "true" : r.result === false ? "false" : "");
  $("result-time").textContent = r.execution_time_ms.toFixed(3) + " ms";
  $("logs").textContent = (r.logs || []).join("\n") || "(none)";
  const rows = $("trace").querySelector("tbody");
  rows.replaceChildren();
  (r.trace || []).forEach((c, i) => rows.append(el("tr", {},
    el("td", { text: String(i + 1) }), el("td", {}, el("code", { text: c.function })),
    el("td", {}, el("code", { text: c.arguments })), el("td", {}, el("code", { text: c.result })),
    el("td", { text: c.meaning || "" }))));
  if (!(r.trace || []).length) rows.append(el("tr", {}, el("td", { colspan: "5", class: "muted", text: "no host calls" })));
  $("run-output").hidden = false;
}

// ---- bench: N runs, percentiles, an SVG histogram ----------------------------------------

async function bench() {
  const runs = Number($("bench-runs").value);
  if (!Number.isInteger(runs) || runs < 1 || runs > 10000) throw new Error("runs must be an integer from 1 to 10000");
  const r = await api("POST", udfPath(), testBody({ runs }));
  const b = r.bench;
  $("bench-summary").textContent = b.runs + " runs: p50 " + b.p50_us.toFixed(1) + " µs, p95 " + b.p95_us.toFixed(1)
    + " µs, p99 " + b.p99_us.toFixed(1) + " µs (min " + b.min_us.toFixed(1) + ", max " + b.max_us.toFixed(1) + ")";
  drawHistogram($("histogram"), b.latencies_us);
  $("bench-output").hidden = false;
}

function drawHistogram(svg, values) {
  const ns = "http://www.w3.org/2000/svg";
  svg.replaceChildren();
  const width = 640, height = 200, pad = 28, bins = 40;
  const sorted = values.slice().sort((a, b) => a - b);
  // the slowest 5% (first calls, a collection) would squash the rest: the last bar collects them
  const lo = sorted[0], hi = sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)];
  const span = Math.max(hi - lo, 1e-9);
  const counts = new Array(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor(((v - lo) / span) * (bins - 1)))]++;
  const max = Math.max(...counts);
  const bw = (width - 2 * pad) / bins;
  counts.forEach((c, i) => {
    const h = max ? (c / max) * (height - 2 * pad) : 0;
    const rect = document.createElementNS(ns, "rect");
    rect.setAttribute("class", "bar");
    rect.setAttribute("x", String(pad + i * bw));
    rect.setAttribute("y", String(height - pad - h));
    rect.setAttribute("width", String(Math.max(1, bw - 1)));
    rect.setAttribute("height", String(h));
    const title = document.createElementNS(ns, "title");
    title.textContent = c + " runs";
    rect.append(title);
    svg.append(rect);
  });
  const label = (x, text, anchor) => {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", String(x));
    t.setAttribute("y", String(height - 8));
    t.setAttribute("text-anchor", anchor);
    t.textContent = text;
    svg.append(t);
  };
  label(pad, lo.toFixed(1) + " µs", "start");
  label(width - pad, hi.toFixed(1) + " µs+", "end");
}

// ---- documents from an index, and the query tab ------------------------------------------

async function loadIndexes() {
  const data = await api("GET", "/api/v1/indexes");
  const names = (data.indexes || []).map((i) => i.index);
  for (const id of ["doc-index", "query-index"]) {
    const sel = $(id);
    const keep = id === "doc-index" ? [sel.options[0]] : [];
    sel.replaceChildren(...keep, ...names.map((n) => el("option", { value: n, text: n })));
  }
}

async function pickIndex() {
  const index = $("doc-index").value;
  const pick = $("doc-pick");
  if (!index) { pick.hidden = true; return; }
  const data = await api("GET", "/api/v1/indexes/" + encodeURIComponent(index) + "/documents?size=50");
  state.indexDocs = data.documents;
  pick.replaceChildren(el("option", { value: "", text: data.total + " documents: pick one…" }),
    ...data.documents.map((d, i) => el("option", { value: String(i), text: d._id || JSON.stringify(d).slice(0, 60) })));
  pick.hidden = false;
}

function pickDocument() {
  const i = $("doc-pick").value;
  if (i !== "") $("document").value = JSON.stringify(state.indexDocs[Number(i)], null, 2);
}

function fillQuery() {
  if (!state.selected) throw new Error("pick a UDF first");
  const [name, version] = state.selected.split("@");
  const q = { bool: { must: [{ match_all: {} }], filter: [{ wasm_udf: { name, version, parameters: readParams() } }] } };
  $("query").value = JSON.stringify(q, null, 2);
}

async function search() {
  let query;
  try { query = JSON.parse($("query").value); } catch (e) { throw new Error("the query is not valid JSON: " + e.message); }
  const index = $("query-index").value;
  if (!index) throw new Error("no index to search: load documents with 'quidudf serve --docs FILE' or POST /api/v1/indexes/NAME/documents");
  const r = await api("POST", "/api/v1/query", { index, query, size: Number($("query-size").value) });
  $("query-summary").textContent = r.total + " hits in " + r.took_ms.toFixed(2) + " ms";
  const rows = $("hits").querySelector("tbody");
  rows.replaceChildren(...r.hits.map((h) => el("tr", {}, el("td", { text: String(h._id ?? "") }),
    el("td", { text: h._score === undefined || h._score === null ? "" : String(h._score) }),
    el("td", {}, el("code", { text: JSON.stringify(h._source) })))));
  $("query-output").hidden = false;
}

// ---- upload ------------------------------------------------------------------------------

function readFile(file, asBinary) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(new Error("cannot read " + file.name));
    if (asBinary) reader.readAsDataURL(file); else reader.readAsText(file);
  });
}

async function upload() {
  const file = $("upload-file").files[0];
  if (!file) throw new Error("choose a .wasm, .wat or .py file");
  let manifest;
  try { manifest = JSON.parse($("upload-manifest").value); } catch (e) { throw new Error("the manifest is not valid JSON: " + e.message); }
  const ext = file.name.split(".").pop().toLowerCase();
  if (ext === "wasm") {
    const url = await readFile(file, true);
    manifest.wasm_base64 = url.slice(url.indexOf(",") + 1);
  } else if (ext === "wat" || ext === "py") {
    manifest.language = ext === "py" ? "python" : "wat";
    manifest.source = await readFile(file, false);
  } else {
    throw new Error("a module is a .wasm file, or .wat or .py source");
  }
  const r = await api("POST", "/api/v1/udfs", manifest);
  $("upload-result").textContent = "registered " + r.name + "@" + r.version + " (" + r.digest + ")";
  await loadUdfs();
  await refreshHealth();
}

async function refreshHealth() {
  const h = await api("GET", "/health");
  $("health").textContent = "server ok · " + h.udfs + (h.udfs === 1 ? " UDF" : " UDFs");
}

// ---- wiring ------------------------------------------------------------------------------

function showTab(name) {
  for (const b of document.querySelectorAll("[role=tab]")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const p of document.querySelectorAll(".panel")) p.hidden = p.dataset.panel !== name;
}

document.addEventListener("DOMContentLoaded", () => {
  $("token").value = sessionStorage.getItem("quidudf-token") || "";
  $("token").addEventListener("change", () => {
    const t = $("token").value.trim();
    if (t) sessionStorage.setItem("quidudf-token", t); else sessionStorage.removeItem("quidudf-token");
  });
  for (const b of document.querySelectorAll("[role=tab]")) b.addEventListener("click", () => showTab(b.dataset.tab));
  $("search").addEventListener("input", renderUdfs);
  $("run").addEventListener("click", () => guarded(run));
  $("bench").addEventListener("click", () => guarded(bench));
  $("doc-index").addEventListener("change", () => guarded(pickIndex));
  $("doc-pick").addEventListener("change", pickDocument);
  $("query-fill").addEventListener("click", () => guarded(async () => fillQuery()));
  $("query-run").addEventListener("click", () => guarded(search));
  $("upload").addEventListener("click", () => guarded(upload));
  guarded(async () => {
    await refreshHealth();
    await loadUdfs();
    await loadIndexes();
  });
});
