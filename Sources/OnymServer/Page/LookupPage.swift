/// The page `onym serve` answers `/` with: plain HTML, CSS and JavaScript in one string,
/// no build step and nothing fetched from elsewhere. Two tabs: look a name up as you type
/// (cards with every language's preferred form, a copy button, the other forms' statuses,
/// notes); check a pasted text (findings highlighted in place, one click to fix). It talks
/// to the server's own API: `/v1/lookup` and LanguageTool's `/v2/check`, whose offsets are
/// JavaScript's (UTF-16).
enum LookupPage {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Onym — names</title>
<style>
:root { --fg: #1b1b1f; --muted: #5b5b66; --line: #d7d7de; --accent: #1f5fbf; --bad: #b3261e; --warn: #8a5a00; --bg: #fff; --card: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 1rem 1.25rem 0; }
h1 { font-size: 1.25rem; margin: 0 0 .75rem; }
main { padding: 0 1.25rem 2rem; max-width: 60rem; }
[role=tablist] { display: flex; gap: .25rem; border-bottom: 1px solid var(--line); }
[role=tab] { font: inherit; padding: .5rem 1rem; border: 1px solid transparent; border-bottom: none; background: none; cursor: pointer; border-radius: .4rem .4rem 0 0; }
[role=tab][aria-selected=true] { border-color: var(--line); background: var(--bg); margin-bottom: -1px; font-weight: 600; }
[role=tab]:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, mark:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
[role=tabpanel] { padding-top: 1rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input[type=search], textarea, select { width: 100%; font: inherit; padding: .5rem .6rem; border: 1px solid var(--line); border-radius: .4rem; }
textarea { min-height: 10rem; }
.row { display: flex; gap: .75rem; align-items: end; flex-wrap: wrap; }
.row > div { flex: 1 1 14rem; }
.cards { list-style: none; padding: 0; display: grid; gap: .75rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; }
.card h2 { font-size: 1.05rem; margin: 0 0 .25rem; }
.how { color: var(--muted); font-size: .9rem; margin: 0 0 .5rem; }
.forms { display: grid; grid-template-columns: auto 1fr; gap: .25rem .75rem; margin: 0; }
.forms dt { font-weight: 600; color: var(--muted); }
.forms dd { margin: 0; display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; }
.preferred { font-weight: 600; }
.label { font-size: .8rem; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; color: var(--muted); }
.label.variant, .label.forbidden { color: var(--bad); border-color: var(--bad); }
button.copy, button.fix { font: inherit; font-size: .85rem; padding: .1rem .5rem; border: 1px solid var(--accent); color: var(--accent); background: var(--bg); border-radius: .3rem; cursor: pointer; }
button.primary { font: inherit; padding: .5rem 1rem; border: none; background: var(--accent); color: #fff; border-radius: .4rem; cursor: pointer; }
.note { color: var(--muted); font-size: .9rem; margin: .25rem 0 0; }
#checked { white-space: pre-wrap; border: 1px solid var(--line); border-radius: .4rem; padding: .6rem; min-height: 3rem; }
mark { background: #fff1c2; border-bottom: 2px solid var(--warn); cursor: pointer; }
mark.error { background: #fde2e0; border-bottom-color: var(--bad); }
#findings { padding-left: 1.25rem; }
#findings li { margin: .35rem 0; }
.status { color: var(--muted); min-height: 1.5rem; }
@media (max-width: 32rem) { .forms { grid-template-columns: 1fr; } main, header { padding-left: .75rem; padding-right: .75rem; } }
</style>
</head>
<body>
<header>
<h1>Onym — the house's names</h1>
<div role="tablist" aria-label="What to do">
  <button role="tab" id="tab-lookup" aria-controls="panel-lookup" aria-selected="true">Look up a name</button>
  <button role="tab" id="tab-check" aria-controls="panel-check" aria-selected="false" tabindex="-1">Check a text</button>
</div>
</header>
<main>
<section role="tabpanel" id="panel-lookup" aria-labelledby="tab-lookup">
  <div class="row">
    <div><label for="q">Name, in any language or script</label>
      <input type="search" id="q" autocomplete="off" spellcheck="false" placeholder="Kiev, Türkye, Зеленский…"></div>
    <div style="flex: 0 1 8rem"><label for="lang">Its language</label>
      <input type="search" id="lang" value="en" autocomplete="off" spellcheck="false"></div>
  </div>
  <p class="status" id="lookup-status" role="status" aria-live="polite"></p>
  <ul class="cards" id="cards" aria-label="Concepts found"></ul>
</section>
<section role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden>
  <div class="row">
    <div><label for="text">Text to check</label><textarea id="text" spellcheck="false"></textarea></div>
  </div>
  <div class="row" style="margin-top:.5rem">
    <div style="flex: 0 1 8rem"><label for="text-lang">Language</label><input type="search" id="text-lang" value="en" autocomplete="off"></div>
    <div style="flex: 0 0 auto"><button class="primary" id="check">Check</button></div>
  </div>
  <p class="status" id="check-status" role="status" aria-live="polite"></p>
  <div id="checked" aria-label="The text with its findings marked"></div>
  <ol id="findings" aria-label="Findings"></ol>
</section>
</main>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
const tabs = [$("tab-lookup"), $("tab-check")];
function select(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", on); t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  }
  tab.focus();
}
for (const t of tabs) {
  t.addEventListener("click", () => select(t));
  t.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(t);
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") { select(tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length]); e.preventDefault(); }
  });
}
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) { if (k === "text") e.textContent = v; else e.setAttribute(k, v); }
  for (const c of children) if (c) e.append(c);
  return e;
}
async function api(url, options) {
  const r = await fetch(url, options);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}
let pending = 0;
async function lookup() {
  const q = $("q").value.trim(), lang = $("lang").value.trim() || "en", n = ++pending;
  const cards = $("cards");
  if (!q) { cards.replaceChildren(); $("lookup-status").textContent = ""; return; }
  try {
    const r = await api(`/v1/lookup?q=${encodeURIComponent(q)}&lang=${encodeURIComponent(lang)}&limit=10`);
    if (n !== pending) return;
    $("lookup-status").textContent = r.matches.length ? `${r.matches.length} found` : `Nothing found for “${q}”.`;
    cards.replaceChildren(...r.matches.map(card));
  } catch (e) { if (n === pending) $("lookup-status").textContent = e.message; }
}
function card(m) {
  const forms = el("dl", { class: "forms" });
  for (const lang of Object.keys(m.terms).sort()) {
    const t = m.terms[lang];
    const dd = el("dd", {}, el("span", { class: "preferred", lang, text: t.preferred }),
      el("button", { class: "copy", type: "button", "aria-label": `Copy ${t.preferred}`, text: "Copy" }));
    dd.querySelector("button").addEventListener("click", (e) => { navigator.clipboard && navigator.clipboard.writeText(t.preferred); e.target.textContent = "Copied"; });
    // A dated form shows its period ("since 2019-08-14, AP").
    const when = (form, status) => {
      const p = (t.periods || []).find((p) => p.form === form && p.status === status);
      if (!p) return "";
      const days = p.since && p.until ? `${p.since} to ${p.until}` : p.since ? `since ${p.since}` : p.until ? `until ${p.until}` : "";
      return " · " + [days, p.authority].filter(Boolean).join(", ");
    };
    if (when(t.preferred, "preferred")) dd.append(el("span", { class: "label preferred", lang, text: `${t.preferred}${when(t.preferred, "preferred")}` }));
    for (const [status, list, key] of [["admitted", t.admitted, "admitted"], ["variant", t.variants, "deprecated"], ["forbidden", t.forbidden, "forbidden"], ["formerly", t.formerly || [], "preferred"]])
      for (const f of list) dd.append(el("span", { class: `label ${status}`, lang, text: `${f} · ${status}${when(f, key)}` }));
    if (t.note) dd.append(el("span", { class: "note", text: t.note }));
    forms.append(el("dt", { text: lang }), dd);
  }
  const li = el("li", { class: "card" },
    el("h2", { text: `${m.concept} (${m.kind})` }),
    el("p", { class: "how", text: `“${m.matched}” is ${m.status === "preferred" ? "the preferred" : "a " + m.status} ${m.lang} form (${m.how})` }),
    forms);
  li.dataset.concept = m.concept;
  return li;
}
let timer;
$("q").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
$("lang").addEventListener("change", lookup);

let matches = [];
async function check() {
  const text = $("text").value, lang = $("text-lang").value.trim() || "en";
  try {
    const body = new URLSearchParams({ text, language: lang });
    const r = await api("/v2/check", { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    matches = r.matches;
    show(text);
  } catch (e) { $("check-status").textContent = e.message; }
}
function show(text) {
  const checked = $("checked"), list = $("findings");
  checked.replaceChildren(); list.replaceChildren();
  let at = 0;
  matches.forEach((m, i) => {
    checked.append(text.slice(at, m.offset));
    const mark = el("mark", { tabindex: "0", title: m.message, "aria-describedby": `finding-${i}`, text: text.substr(m.offset, m.length) });
    if (["ONYM_FORBIDDEN", "ONYM_CONFUSABLE"].includes(m.rule.id)) mark.classList.add("error");
    mark.addEventListener("click", () => fix(i));
    mark.addEventListener("keydown", (e) => { if (e.key === "Enter") fix(i); });
    checked.append(mark);
    at = m.offset + m.length;
    const li = el("li", { id: `finding-${i}`, text: m.message + " " });
    if (m.replacements.length) {
      const b = el("button", { class: "fix", type: "button", text: `Fix: ${m.replacements[0].value}` });
      b.addEventListener("click", () => fix(i));
      li.append(b);
    }
    list.append(li);
  });
  checked.append(text.slice(at));
  $("check-status").textContent = matches.length ? `${matches.length} finding${matches.length === 1 ? "" : "s"}` : "No findings.";
}
function fix(i) {
  const m = matches[i];
  if (!m.replacements.length) return;
  const text = $("text").value;
  $("text").value = text.slice(0, m.offset) + m.replacements[0].value + text.slice(m.offset + m.length);
  check();
}
$("check").addEventListener("click", check);
</script>
</body>
</html>
"""#
}
