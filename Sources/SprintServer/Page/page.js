// The meeting page. Every word comes from the server (/api/words and the worded views); this
// script only lays them out. Built with DOM calls and textContent: nothing from a scenario is
// ever parsed as HTML.
"use strict";

const state = {
  lang: document.documentElement.lang || "de",
  csrf: document.querySelector('meta[name="sprintplan-csrf"]').content,
  token: new URLSearchParams(location.search).get("token"),
  words: {}, scenario: null, changes: empty(), undo: [], base: null, result: null, job: null, scores: null,
  weights: {}, sensitivity: null,
};

function empty() { return { pins: [], forbids: [], unavailable: [], sets: [] }; }
function w(key) { return state.words[key] || key; }
function $(id) { return document.getElementById(id); }
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

async function api(path, options = {}) {
  const headers = { "Accept": "application/json", "X-Sprintplan-CSRF": state.csrf };
  if (state.token) headers["X-Sprintplan-Token"] = state.token;
  if (options.body) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method: options.method || "GET", headers,
    body: options.body ? JSON.stringify(options.body) : undefined });
  const type = response.headers.get("Content-Type") || "";
  const data = type.includes("json") ? await response.json() : await response.text();
  return { status: response.status, data };
}

function showErrors(data) {
  const box = $("errors");
  if (!data || !data.errors) { box.hidden = true; return; }
  box.textContent = data.errors.map(e => e.text + (e.path ? " (" + e.path + ")" : "")).join("\n");
  box.hidden = false;
}

// MARK: - Start

async function start() {
  $("language").value = state.lang;
  $("language").addEventListener("change", async () => { state.lang = $("language").value; await loadWords(); render(); });
  for (const tab of document.querySelectorAll("[role=tab]")) {
    tab.addEventListener("click", () => show(tab.dataset.view));
    tab.addEventListener("keydown", event => {
      const tabs = [...document.querySelectorAll("[role=tab]")], index = tabs.indexOf(tab);
      const next = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (next) { const target = tabs[(index + next + tabs.length) % tabs.length]; target.focus(); show(target.dataset.view); }
    });
  }
  $("undo").addEventListener("click", () => { if (state.undo.length) { state.changes = state.undo.pop(); replan(); } });
  $("reset").addEventListener("click", () => { state.undo.push(state.changes); state.changes = empty(); replan(); });
  $("cancel").addEventListener("click", cancel);
  $("scenario").addEventListener("change", () => openScenario($("scenario").value));
  $("cell-form").addEventListener("submit", cellAction);
  $("explain-measure").addEventListener("submit", e => { e.preventDefault(); explain({ measure: $("explain-measure-id").value }); });
  $("explain-team").addEventListener("submit", e => {
    e.preventDefault(); explain({ team: $("explain-team-id").value, quarter: $("explain-quarter").value }); });
  $("save-whatif").addEventListener("submit", saveWhatIf);
  $("compare").addEventListener("submit", compare);
  $("record").addEventListener("submit", record);
  $("ranking-zielbild").addEventListener("change", renderRanking);
  $("reset-weights").addEventListener("click", () => { state.weights = {}; renderRanking(); });
  await loadWords();
  show("overview");
  const list = await api("/api/scenarios");
  for (const entry of list.data.scenarios) {
    $("scenario").append(el("option", { value: entry.name, text: entry.name + (entry.title ? " — " + entry.title : "") }));
    $("compare-with").append(el("option", { value: entry.name, text: entry.name }));
  }
  setInterval(health, 2000);
  health();
  if (list.data.scenarios.length) await openScenario(list.data.scenarios[0].name);
}

async function loadWords() {
  state.words = (await api("/api/words?lang=" + state.lang)).data;
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-word]")) node.textContent = w(node.dataset.word);
  document.title = w("title");
  $("title").textContent = w("title");
}

function show(view) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const selected = tab.dataset.view === view;
    tab.setAttribute("aria-selected", selected);
    tab.tabIndex = selected ? 0 : -1;
    $("view-" + tab.dataset.view).hidden = !selected;
  }
  if (view === "ranking") loadScores();
  if (view === "decide") loadHistory();
}

async function health() {
  const answer = await api("/api/health").catch(() => null);
  $("health").textContent = answer && answer.status === 200 ? "● " + w("health") : "○";
}

async function openScenario(name) {
  state.scenario = name; state.changes = empty(); state.undo = []; state.base = null; state.scores = null;
  state.sensitivity = null; state.weights = {};
  $("scenario").value = name;
  $("paper-link").href = "/api/scenarios/" + encodeURIComponent(name) + "/paper?lang=" + state.lang
    + (state.token ? "&token=" + encodeURIComponent(state.token) : "");
  await replan();
}

// MARK: - Re-planning

function isEmpty(changes) { return Object.values(changes).every(list => list.length === 0); }

async function replan() {
  await abortJob();
  showErrors(null);
  renderChanges();
  const answer = await api("/api/scenarios/" + encodeURIComponent(state.scenario) + "/plans?lang=" + state.lang,
    { method: "POST", body: { changes: state.changes } });
  if (answer.status !== 202) { showErrors(answer.data); if (state.undo.length) state.changes = state.undo.pop(); renderChanges(); return; }
  state.job = answer.data.id;
  $("cancel").hidden = false;
  await poll(answer.data);
}

async function poll(job) {
  while (job.state === "queued" || job.state === "running") {
    const p = job.progress;
    $("progress").textContent = job.state === "queued" ? w("waiting")
      : w("solving") + " " + p.nodes + " " + w("nodes") + (p.incumbent != null ? ", " + w("bestValue") + " " + p.incumbent.toFixed(2) : "");
    await new Promise(resolve => setTimeout(resolve, 250));
    if (state.job !== job.id) return;
    job = (await api("/api/jobs/" + job.id + "?lang=" + state.lang)).data;
  }
  state.job = null;
  $("cancel").hidden = true;
  $("progress").textContent = job.state === "cancelled" ? w("cancelled") : "";
  if (job.state === "failed") { showErrors(job.errors); return; }
  if (job.state !== "done") return;
  state.result = job.result;
  if (isEmpty(job.result.changes)) state.base = job.result;
  render();
}

// Stops the running re-plan; the person's cancel also takes its change back.
async function abortJob() {
  if (!state.job) return false;
  const id = state.job;
  state.job = null;
  await api("/api/jobs/" + id, { method: "DELETE" });
  $("cancel").hidden = true;
  $("progress").textContent = w("cancelled");
  return true;
}

async function cancel() {
  if (await abortJob() && state.undo.length) { state.changes = state.undo.pop(); renderChanges(); }
}

function change(kind, text) {
  state.undo.push(JSON.parse(JSON.stringify(state.changes)));
  state.changes[kind] = state.changes[kind].filter(t => t !== text).concat([text]);
  replan();
}

function renderChanges() {
  const list = clear($("changes"));
  const kinds = { pins: "pinned", forbids: "forbidden", unavailable: "unavailableShort", sets: "setValue" };
  for (const [kind, label] of Object.entries(kinds)) for (const text of state.changes[kind]) {
    list.append(el("li", {}, w(label) + " " + text + " ", el("button", { "aria-label": w("removeChange") + " " + text, text: "×",
      onclick: () => { state.undo.push(JSON.parse(JSON.stringify(state.changes)));
        state.changes[kind] = state.changes[kind].filter(t => t !== text); replan(); } })));
  }
  if (!list.children.length) list.append(el("li", { text: w("noWhatIf") }));
  $("undo").disabled = state.undo.length === 0;
}

// MARK: - Overview and roadmap

function render() {
  renderChanges();
  const result = state.result;
  if (!result) return;
  if (!result.overview) { showErrors({ errors: (result.noPlan || []).map(text => ({ text, path: "" })) }); return; }
  const o = result.overview;
  $("proof").textContent = o.proofText;
  const columns = clear($("recommendation"));
  for (const z of o.zielbilder) {
    const items = el("ul");
    for (const t of z.teams) {
      items.append(el("li", {}, el("strong", { text: t.team + " " + (t.teamName || "") }), " " + t.action
        + (t.measureName ? " (" + t.measureName + ")" : ""), el("div", { class: "reasons", text: t.reasons.join("; ") })));
    }
    columns.append(el("div", { class: "zielbild" }, el("h3", { text: z.id + " " + z.name }), items));
  }
  const caps = clear($("caps"));
  caps.append(el("tr", {}, el("th", { text: w("cap") }), el("th", { text: w("used") }), el("th", { text: w("limit") }), el("th", { text: "" })));
  for (const cap of o.caps) {
    const meter = el("span", { class: "meter" }, el("span"));
    meter.firstChild.style.width = Math.min(100, (cap.share || 0) * 100).toFixed(1) + "%";
    const mark = cap.binding ? "binding" : cap.tightest ? "tightest" : "";
    caps.append(el("tr", { class: mark }, el("td", { text: cap.label + (mark ? " — " + w(mark) : "") }),
      el("td", { text: cap.used }), el("td", { text: cap.cap }), el("td", {}, meter)));
  }
  renderDifference($("difference"));
  renderDifference($("roadmap-difference"));
  renderRoadmap(result.roadmap, result.difference);
  fillExplainChoices(result.roadmap);
}

function renderDifference(box) {
  const d = state.result.difference;
  box.hidden = !d;
  if (!d) return;
  clear(box).append(el("h2", { text: w("difference") }));
  box.append(el("p", {}, el("strong", { text: w("valueDelta") + ": " }), d.valueDeltaText + "   ",
    el("strong", { text: w("moneyDelta") + ": " }), d.totalDelta + "   ", el("strong", { text: w("proof") + ": " }), d.proofText));
  const list = el("ul");
  for (const c of d.changed) {
    list.append(el("li", { text: c.team + " " + c.quarterLabel + ": " + (c.before ? c.before + " " + c.beforeName : w("idle"))
      + " → " + (c.after ? c.after + " " + c.afterName : w("idle")) }));
  }
  if (!d.changed.length) list.append(el("li", { text: w("noChange") }));
  box.append(el("h3", { text: w("teamsChanged") }), list);
  const money = el("ul");
  for (const m of d.money) money.append(el("li", { text: m.quarterLabel + ": " + m.before + " → " + m.after + " (" + m.delta + ")" }));
  box.append(el("h3", { text: w("moneyDelta") }), money);
}

function renderRoadmap(roadmap, difference) {
  const table = clear($("roadmap"));
  const changed = new Set((difference ? difference.changed : []).map(c => c.team + "@" + c.quarter));
  table.append(el("tr", {}, el("th", { text: w("team") }), ...roadmap.quarters.map(q => el("th", { text: q.label }))));
  for (const team of roadmap.teams) {
    const row = el("tr", {}, el("th", { scope: "row", text: team.team + " " + team.name }));
    for (const cell of team.cells) {
      const label = cell.measure ? cell.measure + " " + cell.name + (cell.finishes ? " ✓" : "") : (cell.unavailable ? "× " : "– ") + w("idle");
      const button = el("button", { "data-team": team.team, "data-quarter": cell.quarter, "data-measure": cell.measure || "",
        "aria-label": team.team + " " + cell.quarter + ": " + label + ". " + w("cellActions"), onclick: () => openCell(team, cell) },
        label, cell.prerequisites.length ? el("span", { class: "needs", text: w("prerequisites") + " " + cell.prerequisites.join(", ") }) : null);
      const classes = [cell.zielbild || "", changed.has(team.team + "@" + cell.quarter) ? "changed" : "", cell.unavailable ? "unavailable" : ""];
      row.append(el("td", { class: classes.join(" ").trim() }, button));
    }
    table.append(row);
  }
}

let openedCell = null;
function openCell(team, cell) {
  openedCell = { team: team.team, quarter: cell.quarter, measure: cell.measure };
  $("cell-title").textContent = team.team + " " + team.name + " — " + cell.quarter;
  const select = clear($("cell-measure"));
  for (const m of state.result.roadmap.measures) {
    select.append(el("option", { value: m.id, text: m.id + " " + m.name + (m.prerequisites.length ? " (" + w("prerequisites") + " " + m.prerequisites.join(", ") + ")" : "") }));
  }
  if (cell.measure) select.value = cell.measure;
  $("cell-dialog").showModal();
}

function cellAction(event) {
  const action = event.submitter ? event.submitter.value : "close";
  const cell = openedCell, measure = $("cell-measure").value;
  if (!cell || action === "close") return;
  if (action === "pin") change("pins", cell.team + "=" + measure + "@" + cell.quarter);
  if (action === "forbid") change("forbids", cell.team + "=" + measure + "@" + cell.quarter);
  if (action === "unavailable") change("unavailable", cell.team + "@" + cell.quarter);
  if (action === "explain") { show("explain"); explain({ team: cell.team, quarter: cell.quarter }); }
}

// MARK: - Ranking

async function loadScores() {
  if (!state.scenario) return;
  if (!state.scores) {
    state.scores = (await api("/api/scenarios/" + encodeURIComponent(state.scenario) + "/scores")).data;
    const select = clear($("ranking-zielbild"));
    for (const z of state.scores.zielbilder) select.append(el("option", { value: z.id, text: z.id + " " + z.name }));
  }
  renderRanking();
  if (!state.sensitivity) {
    api("/api/scenarios/" + encodeURIComponent(state.scenario) + "/sensitivity").then(answer => {
      state.sensitivity = answer.data; renderRanking(); });
  }
}

function renderRanking() {
  if (!state.scores) return;
  const z = state.scores.zielbilder.find(z => z.id === $("ranking-zielbild").value) || state.scores.zielbilder[0];
  const criteria = z.ranked.length ? z.ranked[0].contributions.map(c => c.criterion) : [];
  const weights = state.weights[z.id] || (state.weights[z.id] = Object.fromEntries(z.ranked.length
    ? z.ranked[0].contributions.map(c => [c.criterion, Math.round(c.weightShare * 100)]) : []));
  const box = clear($("weights"));
  box.append(el("legend", { text: w("weights") }));
  for (const criterion of criteria) {
    const id = "weight-" + criterion, output = el("output", { for: id, text: String(weights[criterion]) });
    const slider = el("input", { type: "range", min: "0", max: "40", step: "1", id, value: String(weights[criterion]),
      oninput: event => { weights[criterion] = Number(event.target.value); output.textContent = event.target.value; drawRanking(z, weights); } });
    box.append(el("label", { for: id }, el("span", { text: criterion }), slider, output));
  }
  drawRanking(z, weights);
}

// The weighted sum again with the sliders' weights: normalised rating × weight / sum of weights.
function drawRanking(z, weights) {
  const total = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
  const rows = z.ranked.map(m => ({ m, score: m.contributions.reduce((s, c) => s + c.normalised * (weights[c.criterion] || 0), 0) / total }));
  rows.sort((a, b) => b.score - a.score || a.m.measure.localeCompare(b.m.measure));
  const stability = state.sensitivity ? (state.sensitivity.zielbilder.find(s => s.id === z.id) || { acceptability: [] }).acceptability : [];
  const table = clear($("ranking"));
  table.append(el("tr", {}, el("th", { text: w("rank") }), el("th", { text: w("measure") }), el("th", { text: w("score") }),
    el("th", { text: w("topProbability") }), el("th", { text: w("rankRange") })));
  rows.forEach((row, index) => {
    const s = stability.find(e => e.measure === row.m.measure);
    const moved = index + 1 !== row.m.rank ? " (" + row.m.rank + ")" : "";
    table.append(el("tr", {}, el("td", { text: (index + 1) + moved }), el("td", { text: row.m.measure + " " + row.m.name }),
      el("td", { text: row.score.toFixed(3), title: row.m.contributions.map(c => c.criterion + " " + c.value.toFixed(3)).join(", ") }),
      el("td", { text: s ? (s.topProbability * 100).toFixed(0) + " %" : "…" }), el("td", { text: s ? s.bestRank + "–" + s.worstRank : "…" })));
  });
}

// MARK: - Explain

function fillExplainChoices(roadmap) {
  const measures = clear($("explain-measure-id")), teams = clear($("explain-team-id")), quarters = clear($("explain-quarter"));
  for (const m of roadmap.measures) measures.append(el("option", { value: m.id, text: m.id + " " + m.name }));
  for (const t of roadmap.teams) teams.append(el("option", { value: t.team, text: t.team + " " + t.name }));
  for (const q of roadmap.quarters) quarters.append(el("option", { value: q.id, text: q.label }));
}

async function explain(question) {
  const box = clear($("explanation"));
  box.append(el("p", { text: w("loading") }));
  const answer = await api("/api/scenarios/" + encodeURIComponent(state.scenario) + "/explanations?lang=" + state.lang,
    { method: "POST", body: Object.assign({ changes: state.changes }, question) });
  if (answer.status !== 202) { clear(box); showErrors(answer.data); return; }
  let job = answer.data;
  while (job.state === "queued" || job.state === "running") {
    await new Promise(resolve => setTimeout(resolve, 300));
    job = (await api("/api/jobs/" + job.id + "?lang=" + state.lang)).data;
  }
  clear(box);
  if (job.state !== "done") { showErrors(job.errors); return; }
  const title = question.measure ? w("whyNotMeasure") + " " + question.measure : w("whyTeam") + " " + question.team + " " + question.quarter;
  box.append(el("h2", { text: title }), el("ul", {}, ...job.result.lines.map(line => el("li", { text: line }))));
}

// MARK: - Scenarios

async function saveWhatIf(event) {
  event.preventDefault();
  const answer = await api("/api/scenarios/" + encodeURIComponent(state.scenario) + "/whatifs",
    { method: "POST", body: { file: $("whatif-file").value, changes: state.changes } });
  if (answer.status !== 201) { showErrors(answer.data); return; }
  showErrors(null);
  $("save-result").textContent = w("saved") + ": " + answer.data.file;
  for (const select of [$("scenario"), $("compare-with")]) select.append(el("option", { value: answer.data.file, text: answer.data.file }));
}

async function compare(event) {
  event.preventDefault();
  const other = $("compare-with").value;
  const answer = await api("/api/scenarios/" + encodeURIComponent(state.scenario) + "/compare?with=" + encodeURIComponent(other));
  if (answer.status !== 200) { showErrors(answer.data); return; }
  const table = clear($("comparison"));
  table.append(el("caption", { text: w("inputDifferences") + ": " + state.scenario + " → " + other }));
  table.append(el("tr", {}, el("th", { text: "" }), el("th", { text: state.scenario }), el("th", { text: other })));
  for (const c of answer.data.inputs) table.append(el("tr", {}, el("td", { text: c.path }), el("td", { text: c.before ?? "–" }), el("td", { text: c.after ?? "–" })));
  if (!answer.data.inputs.length) table.append(el("tr", {}, el("td", { text: w("noChange") })));
}

// MARK: - Decide

async function record(event) {
  event.preventDefault();
  const result = $("record-result");
  if (!isEmpty(state.changes)) { result.textContent = w("recordNeedsSave"); result.className = "warn"; return; }
  result.textContent = w("solving");
  result.className = "";
  const answer = await api("/api/scenarios/" + encodeURIComponent(state.scenario) + "/decisions",
    { method: "POST", body: { decidedBy: $("decided-by").value || null, note: $("note").value || null } });
  if (answer.status === 201) {
    result.textContent = w("recorded") + ": " + answer.data.file;
    result.className = "ok";
  } else {
    const details = answer.data.errors.map(e => e.message).join("; ");
    const recorded = answer.status === 409 && answer.data.errors.some(e => e.code === "recorded-already");
    result.textContent = recorded ? w("conflict") + ": " + w("recordedMeanwhile") + " (" + details + ")" : details;
    result.className = "warn";
  }
  loadHistory();
}

async function loadHistory() {
  const answer = await api("/api/history");
  const table = clear($("history"));
  if (answer.status !== 200) { showErrors(answer.data); return; }
  if (!answer.data.quarters.length) { table.append(el("tr", {}, el("td", { text: w("noHistory") }))); return; }
  table.append(el("tr", {}, el("th", { text: w("quarter") }), el("th", { text: w("status") }), el("th", { text: w("decidedBy") }),
    el("th", { text: w("note") }), el("th", { text: w("recommended") })));
  for (const q of answer.data.quarters) {
    table.append(el("tr", {}, el("td", { text: q.quarter }), el("td", { text: q.status }), el("td", { text: q.decidedBy || "–" }),
      el("td", { text: q.note || "–" }), el("td", { text: q.teams.map(t => t.team + " " + (t.recommended || "–")).join(", ") })));
  }
}

start();
