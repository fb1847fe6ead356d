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

  function verdict(v) {
    const line = $("verdict");
    line.className = v.level === "fails" || v.level === "warns" ? v.level : "";
    line.textContent = v.text;
  }

  // The draft as a reader sees it comes from the server (the view the HTML report shows too): blocks
  // of pieces, each the draft's own text at its place. Here it is only put in, as text, and wired.
  function render(view, items) {
    const target = $("view");
    target.replaceChildren();
    if (view.whole.length > 0) {
      const top = el("p", { class: "document-findings" });
      view.whole.forEach((i) => top.appendChild(marker(i, items[i], "whole draft: " + items[i].rule)));
      target.appendChild(top);
    }
    for (const block of view.blocks) {
      const node = el(block.heading ? "h2" : "p", block.continued ? { class: "continued" } : {});
      for (const piece of block.pieces) {
        if (piece.kind === "text") {
          node.appendChild(document.createTextNode(piece.text));
        } else if (piece.kind === "break") {
          node.appendChild(el("br"));
        } else if (piece.kind === "pin") {
          const i = piece.findings[0];
          node.appendChild(marker(i, items[i], "▸ " + items[i].rule));
        } else {
          const first = piece.findings[0];
          const f = items[first];
          const worst = piece.findings.map((i) => items[i].severity)
            .sort((x, y) => SEVERITY.indexOf(y) - SEVERITY.indexOf(x))[0];
          const m = el("mark", {
            "data-rule": f.rule,
            "data-findings": piece.findings.join(" "),
            class: worst,
            tabindex: "0",
            title: f.message,
          }, piece.text);
          m.addEventListener("click", () => focusCard(first));
          m.addEventListener("keydown", (e) => {
            if (e.key === "Enter" || e.key === " ") { e.preventDefault(); focusCard(first); }
          });
          node.appendChild(m);
        }
      }
      target.appendChild(node);
    }
  }

  const SEVERITY = ["info", "warning", "error"];

  function marker(i, f, label) {
    const m = el("button", {
      type: "button",
      class: "marker " + f.severity,
      "data-rule": f.rule,
      "data-findings": String(i),
      "aria-label": (label.startsWith("whole draft") ? "About the whole draft: " : "Here: ") + f.message,
    }, label);
    m.addEventListener("click", () => focusCard(i));
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

  // Each rule's reasons and sources are said in its first card only.
  function card(f, i, firstOfRule) {
    const first = firstOfRule.has(f.rule) ? firstOfRule.get(f.rule) : null;
    if (first === null) firstOfRule.set(f.rule, i);
    const li = el("li", { id: "finding-" + i, class: f.severity, tabindex: "-1", "data-rule": f.rule });
    li.appendChild(el("h3", {}, f.message));
    li.appendChild(el("div", { class: "where" },
      "Line " + f.line + " · " + f.severity + " · " + f.rule));
    const dl = el("dl");
    if (f.text) {
      dl.appendChild(el("dt", {}, "In the draft"));
      dl.appendChild(el("dd", { class: "quote" }, "“" + f.text + "”"));
    }
    if (f.rationale && first === null) {
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
    if (f.sources && f.sources.length > 0 && first === null) {
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
    if (first !== null && (f.rationale || (f.sources && f.sources.length > 0))) {
      const same = el("p", { class: "same" }, "Why it matters and sources: ");
      const back = el("a", { href: "#finding-" + first }, "same as above");
      back.addEventListener("click", (e) => { e.preventDefault(); focusCard(first); });
      same.appendChild(back);
      same.appendChild(document.createTextNode("."));
      li.appendChild(same);
    }
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
      const answer = await (await post("/api/view", body)).json();
      const file = answer.report.files[0];
      if (file.error) {
        note.textContent = "This draft cannot be checked: " + file.error;
        return;
      }
      findings = file.findings;
      $("view").dataset.format = body.format;
      render(answer.view, findings);
      const cards = $("cards");
      const firstOfRule = new Map();
      cards.replaceChildren(...findings.map((f, i) => card(f, i, firstOfRule)));
      $("results").hidden = false;
      $("fix-all").disabled = !findings.some((f) => f.fix);
      verdict(answer.verdict);
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
