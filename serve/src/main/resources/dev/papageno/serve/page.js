// The review page. Everything from the draft or the report is put in the page as text
// (textContent, createTextNode, attribute values): nothing pasted is ever read as markup.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const draft = $("draft");
  let fileName = "draft";
  let findings = [];

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      e.setAttribute(k, v);
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function choice() {
    const body = { text: draft.value, format: $("format").value, name: fileName };
    if ($("profile").value) body.profile = $("profile").value;
    if ($("region").value) body.region = $("region").value;
    return body;
  }

  async function post(path, body) {
    const r = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!r.ok) {
      let message = "the check failed (" + r.status + ")";
      try { message = (await r.json()).error; } catch (e) { /* keep the status */ }
      throw new Error(message);
    }
    return r;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function verdict(summary) {
    const v = $("verdict");
    v.className = "";
    const parts = [];
    if (summary.error) parts.push(plural(summary.error, "error"));
    if (summary.warning) parts.push(plural(summary.warning, "warning"));
    if (summary.info) parts.push(plural(summary.info, "note"));
    if (parts.length === 0) {
      v.textContent = "Nothing to fix: this draft follows the guidelines Papageno checks.";
    } else if (summary.error || summary.warning) {
      v.textContent = parts.join(", ") + ": fix before publishing.";
      v.className = summary.error ? "fails" : "warns";
    } else {
      v.textContent = parts.join(", ") + ": worth a look before publishing.";
    }
  }

  // Ranges of the source a reader does not see (markup), and where blocks of text begin and end.
  function layout(text, format) {
    const hidden = [];
    const breaks = new Set();
    const hide = (re, keepBreak) => {
      for (const m of text.matchAll(re)) {
        hidden.push([m.index, m.index + m[0].length]);
        if (keepBreak && keepBreak(m[0])) breaks.add(m.index);
      }
    };
    if (format === "html") {
      hide(/<!--[\s\S]*?-->/g);
      hide(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi);
      hide(/<[^>]*>/g, (t) => /^<\/?(p|div|h[1-6]|li|ul|ol|br|tr|blockquote|section|article)\b/i.test(t));
    } else if (format === "markdown") {
      hide(/<!--[\s\S]*?-->/g);
      hide(/^#{1,6}[ \t]+/gm);
      hide(/\*\*|__|`/g);
      for (const m of text.matchAll(/\[([^\]\n]*)\]\(([^)\n]*)\)/g)) {
        hidden.push([m.index, m.index + 1]);
        const close = m.index + 1 + m[1].length;
        hidden.push([close, m.index + m[0].length]);
      }
    }
    hidden.sort((a, b) => a[0] - b[0]);
    const blocks = [];
    const re = /(?:[^\n]*\S[^\n]*(?:\n|$))+/g;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      let end = start + m[0].length;
      if (text[end - 1] === "\n") end--;
      const first = text.slice(start, end);
      const heading = (format === "markdown" && /^#{1,6}[ \t]/.test(first))
        || (format === "html" && /^\s*<h[1-6]\b/i.test(first));
      blocks.push({ start, end, heading });
      if (m[0].length === 0) re.lastIndex++;
    }
    return { hidden, breaks, blocks };
  }

  function isHidden(hidden, a, b) {
    return hidden.some(([s, e]) => s <= a && b <= e);
  }

  function render(text, format, items) {
    const view = $("view");
    view.replaceChildren();
    const { hidden, breaks, blocks } = layout(text, format);
    const shown = new Set();
    const top = el("p", { class: "document-findings" });
    const spans = items.map((f, i) => ({ i, f, start: f.offset, end: f.offset + f.length }));
    // A finding at the very start with no words of its own is about the draft as a whole.
    spans.filter((s) => s.f.length === 0 && s.f.offset === 0).forEach((s) => {
      top.appendChild(marker(s));
      shown.add(s.i);
    });
    const markers = spans.filter((s) => s.f.length === 0 && s.f.offset > 0);
    const marks = spans.filter((s) => s.f.length > 0);
    for (const block of blocks) {
      const node = el(block.heading ? "h2" : "p");
      const cuts = new Set([block.start, block.end]);
      for (const s of marks) {
        if (s.start > block.start && s.start < block.end) cuts.add(s.start);
        if (s.end > block.start && s.end < block.end) cuts.add(s.end);
      }
      for (const [hs, he] of hidden) {
        if (hs > block.start && hs < block.end) cuts.add(hs);
        if (he > block.start && he < block.end) cuts.add(he);
      }
      for (const s of markers) {
        if (s.start > block.start && s.start < block.end) cuts.add(s.start);
      }
      const points = [...cuts].sort((a, b) => a - b);
      for (let k = 0; k + 1 < points.length; k++) {
        const a = points[k];
        const b = points[k + 1];
        for (const s of markers) {
          if (s.start === a && !shown.has(s.i)) {
            node.appendChild(marker(s));
            shown.add(s.i);
          }
        }
        if (isHidden(hidden, a, b)) {
          if (breaks.has(a) && node.childNodes.length > 0) node.appendChild(document.createTextNode("\n"));
          continue;
        }
        const covering = marks.filter((s) => s.start <= a && b <= s.end);
        const piece = text.slice(a, b);
        if (covering.length === 0) {
          node.appendChild(document.createTextNode(piece));
          continue;
        }
        const first = covering[0];
        const m = el("mark", {
          "data-rule": first.f.rule,
          "data-findings": covering.map((s) => s.i).join(" "),
          class: first.f.severity,
          tabindex: "0",
          title: first.f.message,
        }, piece);
        m.addEventListener("click", () => focusCard(first.i));
        m.addEventListener("keydown", (e) => {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); focusCard(first.i); }
        });
        node.appendChild(m);
        covering.forEach((s) => shown.add(s.i));
      }
      view.appendChild(node);
    }
    for (const s of spans) {
      if (!shown.has(s.i)) top.appendChild(marker(s));
    }
    if (top.childNodes.length > 0) view.prepend(top);
  }

  function marker(s) {
    const m = el("button", {
      type: "button",
      class: "marker " + s.f.severity,
      "data-rule": s.f.rule,
      "data-findings": String(s.i),
      "aria-label": "About the whole draft: " + s.f.message,
    }, "whole draft: " + s.f.rule);
    m.addEventListener("click", () => focusCard(s.i));
    return m;
  }

  function focusCard(i) {
    document.querySelectorAll(".current").forEach((e) => e.classList.remove("current"));
    const card = $("finding-" + i);
    if (!card) return;
    card.classList.add("current");
    document.querySelectorAll('[data-findings]').forEach((m) => {
      if (m.getAttribute("data-findings").split(" ").includes(String(i))) m.classList.add("current");
    });
    card.focus();
    card.scrollIntoView({ block: "nearest" });
  }

  function card(f, i) {
    const li = el("li", { id: "finding-" + i, class: f.severity, tabindex: "-1", "data-rule": f.rule });
    li.appendChild(el("h3", {}, f.message));
    li.appendChild(el("div", { class: "where" },
      "Line " + f.line + " · " + f.severity + " · " + f.rule));
    const dl = el("dl");
    if (f.text) {
      dl.appendChild(el("dt", {}, "In the draft"));
      dl.appendChild(el("dd", { class: "quote" }, "“" + f.text + "”"));
    }
    if (f.rationale) {
      dl.appendChild(el("dt", {}, "Why it matters"));
      dl.appendChild(el("dd", { class: "why" }, f.rationale));
    }
    if (f.suggestions && f.suggestions.length > 0) {
      dl.appendChild(el("dt", {}, "What to write instead"));
      const dd = el("dd", { class: "instead" });
      const ul = el("ul");
      f.suggestions.forEach((s) => ul.appendChild(el("li", {}, s)));
      dd.appendChild(ul);
      dl.appendChild(dd);
    }
    if (f.sources && f.sources.length > 0) {
      dl.appendChild(el("dt", {}, "Sources"));
      const dd = el("dd", { class: "sources" });
      f.sources.forEach((src, k) => {
        if (k > 0) dd.appendChild(document.createTextNode(" · "));
        if (/^https?:\/\//.test(src)) {
          dd.appendChild(el("a", { href: src, rel: "noopener noreferrer", target: "_blank" }, src));
        } else {
          dd.appendChild(document.createTextNode(src));
        }
      });
      dl.appendChild(dd);
    }
    li.appendChild(dl);
    if (f.fix) {
      const b = el("button", { type: "button", class: "apply" },
        f.fix.replacement ? "Use “" + f.fix.replacement + "”" : "Remove these words");
      b.addEventListener("click", () => applyOne(f.fix));
      li.appendChild(b);
    }
    return li;
  }

  async function check() {
    const note = $("note");
    note.textContent = "Checking…";
    try {
      const body = choice();
      const report = await (await post("/api/check", body)).json();
      const file = report.files[0];
      if (file.error) {
        note.textContent = "This draft cannot be checked: " + file.error;
        return;
      }
      findings = file.findings;
      render(body.text, body.format, findings);
      const cards = $("cards");
      cards.replaceChildren(...findings.map(card));
      $("results").hidden = false;
      $("fix-all").disabled = !findings.some((f) => f.fix);
      verdict(report.summary);
      note.textContent = "";
      document.body.dataset.checks = String(Number(document.body.dataset.checks || 0) + 1);
    } catch (e) {
      note.textContent = String(e.message || e);
    }
  }

  function applyOne(fix) {
    const t = draft.value;
    draft.value = t.slice(0, fix.offset) + fix.replacement + t.slice(fix.offset + fix.length);
    $("note").textContent = "Wording changed. Checking again…";
    check();
  }

  async function fixAll() {
    try {
      draft.value = await (await post("/api/fix", choice())).text();
      $("note").textContent = "Every suggested wording is in. Checking again…";
      check();
    } catch (e) {
      $("note").textContent = String(e.message || e);
    }
  }

  async function open(file) {
    fileName = file.name;
    const lower = file.name.toLowerCase();
    if (lower.endsWith(".docx")) {
      const form = new FormData();
      form.append("file", file, file.name);
      const r = await fetch("/api/text", { method: "POST", body: form });
      if (!r.ok) {
        $("note").textContent = (await r.json()).error;
        return;
      }
      draft.value = await r.text();
      $("format").value = "text";
    } else {
      draft.value = await file.text();
      $("format").value = /\.(md|markdown|mdx)$/.test(lower) ? "markdown"
        : /\.html?$/.test(lower) ? "html" : "text";
    }
    $("note").textContent = "Opened " + file.name + ".";
    check();
  }

  function downloadName() {
    const base = fileName.replace(/\.docx$/i, ".txt");
    return base === "draft" ? "draft.txt" : base;
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("check").addEventListener("click", check);
    $("fix-all").addEventListener("click", fixAll);
    $("copy").addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(draft.value);
        $("note").textContent = "The text is copied.";
      } catch (e) {
        draft.select();
        $("note").textContent = "Press Ctrl+C (or ⌘C) to copy the selected text.";
      }
    });
    $("download").addEventListener("click", () => {
      const a = el("a", { download: downloadName() });
      a.href = URL.createObjectURL(new Blob([draft.value], { type: "text/plain;charset=utf-8" }));
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
    $("file").addEventListener("change", (e) => { if (e.target.files[0]) open(e.target.files[0]); });
    draft.addEventListener("dragover", (e) => { e.preventDefault(); draft.classList.add("dropping"); });
    draft.addEventListener("dragleave", () => draft.classList.remove("dropping"));
    draft.addEventListener("drop", (e) => {
      e.preventDefault();
      draft.classList.remove("dropping");
      if (e.dataTransfer.files[0]) open(e.dataTransfer.files[0]);
    });
    draft.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
    });
  });
})();
