// The workspace page of `partnermap serve`: plain script, no library, nothing fetched from
// anywhere but this server. Every text of the file is written with textContent, never as markup;
// the maps' SVG (from Graphviz) is parsed and stripped of anything active before it is shown.
"use strict";

const page = {
  lang: new URLSearchParams(location.search).get("lang") || document.documentElement.lang || "en",
  words: {},
  state: null,
  names: {},
  zoom: 1,
  selected: null,
  editing: null,
  form: null,
  pageToken: document.querySelector('meta[name="partnermap-page"]').content,
};

const $ = (id) => document.getElementById(id);
// Rows a table shows at most: a national file's tens of thousands stay in the CSV downloads.
const ROWS_SHOWN = 2000;
const w = (key) => page.words[key] || key;
// A word for an id of the file (a type, a role, a language), or the id as written when the tool has none.
const label = (kind, id) => page.words[kind + "." + id] || id;
const sectorName = (id) => ((page.state && page.state.choices.sectorLabels) || {})[id] || id;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// MARK: Talking to the server

function filterQuery() {
  const query = new URLSearchParams();
  for (const name of ["sector", "type", "area", "council", "characteristic", "asOf"]) {
    const value = $("f-" + name).value.trim();
    if (value) query.set(name, value);
  }
  if ($("f-sourcedOnly").checked) query.set("sourcedOnly", "true");
  if ($("f-confirmedOnly").checked) query.set("confirmedOnly", "true");
  query.set("lang", page.lang);
  return query;
}

function url(path, extra) {
  const query = filterQuery();
  for (const [key, value] of Object.entries(extra || {})) query.set(key, value);
  return path + "?" + query.toString();
}

async function get(path, extra) {
  const response = await fetch(url(path, extra), { credentials: "same-origin" });
  const type = response.headers.get("Content-Type") || "";
  const body = type.startsWith("application/json") ? await response.json() : await response.text();
  if (!response.ok) throw Object.assign(new Error(body.error || String(response.status)), { body, status: response.status });
  return body;
}

async function post(path, body) {
  const response = await fetch(path + "?lang=" + encodeURIComponent(page.lang), {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-PartnerMap-Page": page.pageToken },
    body: JSON.stringify(body || {}),
  });
  const answer = await response.json();
  if (!response.ok) throw Object.assign(new Error(answer.error || String(response.status)), { body: answer, status: response.status });
  return answer;
}

function say(text) { $("status").textContent = text || ""; }
function warn(text) {
  const alert = $("alert");
  alert.textContent = text || "";
  alert.hidden = !text;
}

// MARK: Words and state

async function loadWords() {
  page.words = await get("/api/words");
  document.documentElement.lang = page.lang;
  document.title = w("title");
  for (const node of document.querySelectorAll("[data-word]")) node.textContent = w(node.dataset.word);
  $("lang-label").textContent = w("language");
  $("undo").textContent = w("undo");
  $("save").textContent = w("save");
  $("filters-heading").textContent = w("filters");
  $("illustrative-note").textContent = w("illustrativeNote");
  document.querySelector(".skip").textContent = w("tabFindings");
  const view = $("view");
  const selected = view.value || "partnerships";
  view.replaceChildren(
    el("option", { value: "partnerships", text: w("viewPartnerships") }),
    el("option", { value: "funding", text: w("viewFunding") }),
    el("option", { value: "overlap", text: w("viewOverlap") }),
    el("option", { value: "ego", text: w("viewEgo") }),
  );
  view.value = selected;
}

function fillSelect(select, values, labelOf) {
  const current = select.value;
  select.replaceChildren(el("option", { value: "", text: w("all") }), ...values.map((value) => el("option", { value: value.id || value, text: labelOf ? labelOf(value) : value })));
  select.value = values.some((value) => (value.id || value) === current) ? current : "";
}

function applyState(state) {
  const first = !page.state;
  const changed = first || state.version !== page.state.version;
  page.state = state;
  $("name").textContent = state.name;
  const unsaved = state.unsaved > 0 ? " · " + state.unsaved + " " + w("unsaved") : "";
  $("file-line").textContent = state.file + " (" + state.format + ")" + unsaved;
  $("undo").disabled = !state.editable || state.unsaved === 0;
  $("save").disabled = !state.editable || state.unsaved === 0;
  $("filter-line").textContent = state.filter ? w("filterOn") + " " + state.filter : w("noFilter");
  $("read-only").hidden = state.editable;
  $("read-only").textContent = state.readOnly ? w("readOnlyNote") + " " + state.readOnly : "";
  $("add-entry").disabled = !state.editable;
  if (state.notice && (!page.lastNotice || page.lastNotice !== state.notice.version)) {
    page.lastNotice = state.notice.version;
    if (!first) say(state.notice.text);
  }
  warn(state.diskProblems ? w("diskProblems") + " " + state.diskProblems.join(" · ") : "");
  if (first || changed) {
    const choices = state.choices;
    fillSelect($("f-sector"), choices.sectors, sectorName);
    fillSelect($("f-type"), choices.types, (type) => label("type", type));
    fillSelect($("f-area"), choices.areas);
    fillSelect($("f-council"), choices.councils, (council) => council.name);
    // The characteristics of the framework the file names; none, and the menu stays hidden.
    fillSelect($("f-characteristic"), choices.characteristics || [], (characteristic) => characteristic.name);
    $("f-characteristic-field").hidden = !(choices.characteristics || []).length;
    if (choices.years.length === 2) {
      $("f-asOf").min = choices.years[0];
      $("f-asOf").max = choices.years[1];
      $("f-asOf").placeholder = choices.years[0] + "–" + choices.years[1];
    }
  }
  return changed;
}

async function refreshState() {
  const state = await get("/api/state");
  return applyState(state);
}

// MARK: The map

function cleanSVG(text) {
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = parsed.documentElement;
  if (svg.nodeName !== "svg") return null;
  for (const bad of svg.querySelectorAll("script, foreignObject, iframe, object, embed")) bad.remove();
  for (const node of svg.querySelectorAll("*")) {
    for (const attribute of Array.from(node.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (name.startsWith("on") || ((name === "href" || name === "xlink:href") && !value.startsWith("#"))) node.removeAttribute(attribute.name);
    }
  }
  return document.importNode(svg, true);
}

async function drawMap() {
  const view = $("view").value;
  let viewParameter = view;
  if (view === "ego") {
    if (!page.selected) { $("map").replaceChildren(el("p", { class: "note", text: w("viewEgo") })); return; }
    viewParameter = "ego:" + page.selected;
  }
  try {
    const text = await get("/api/map", { view: viewParameter, format: "svg" });
    const svg = cleanSVG(text);
    if (!svg) return;
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", w("tabMap") + ": " + (page.state ? page.state.name : ""));
    $("map").replaceChildren(svg);
    zoom(0);
    for (const node of svg.querySelectorAll("g.node")) {
      const title = node.querySelector("title");
      if (!title) continue;
      const id = title.textContent;
      if (!page.names[id]) continue;
      node.setAttribute("tabindex", "0");
      node.setAttribute("role", "button");
      node.setAttribute("aria-label", page.names[id]);
      node.addEventListener("click", () => openCard(id));
      node.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); openCard(id); } });
    }
    highlight($("search").value);
  } catch (error) {
    $("map").replaceChildren(el("p", { class: "note", text: error.message }));
  }
}

// Zoom by the drawing's own size (its viewBox), so the scroll area follows; 0 fits the width.
function zoom(factor) {
  const svg = $("map").querySelector("svg");
  if (!svg || !svg.viewBox || !svg.viewBox.baseVal) return;
  const box = svg.viewBox.baseVal;
  // A hidden map has no width: it is fitted when its tab is shown.
  page.needsFit = factor === 0 && $("map").clientWidth === 0;
  if (page.needsFit) page.zoom = 1;
  else if (factor === 0) page.zoom = Math.min(1.5, Math.max(0.1, ($("map").clientWidth - 24) / box.width));
  else page.zoom = Math.min(8, Math.max(0.1, page.zoom * factor));
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.style.width = Math.round(box.width * page.zoom) + "px";
  svg.style.height = Math.round(box.height * page.zoom) + "px";
}

function highlight(text) {
  const wanted = text.trim().toLowerCase();
  let first = null;
  for (const node of $("map").querySelectorAll("g.node")) {
    const title = node.querySelector("title");
    const id = title ? title.textContent : "";
    const name = (page.names[id] || "").toLowerCase();
    const found = wanted.length > 0 && (name.includes(wanted) || id.toLowerCase() === wanted);
    node.classList.toggle("found", found);
    if (found && !first) first = node;
  }
  if (first) first.scrollIntoView({ block: "center", inline: "center" });
}

async function drawOrganisations() {
  const data = await get("/api/organisations");
  page.names = {};
  for (const organisation of data.organisations) page.names[organisation.id] = organisation.name;
  page.otherNames = data.names || {};
  // Above ROWS_SHOWN organisations, those that broker most (as the map draws them).
  const shown = data.organisations.length <= ROWS_SHOWN ? data.organisations : data.organisations.slice().sort((a, b) => (b.betweenness || 0) - (a.betweenness || 0)).slice(0, ROWS_SHOWN);
  $("org-table-note").hidden = shown.length === data.organisations.length;
  $("org-table-note").textContent = w("rowsShown").replace("{shown}", number(shown.length)).replace("{total}", number(data.organisations.length));
  $("org-names").replaceChildren(...shown.map((organisation) => el("option", { value: organisation.name })));
  const table = $("org-table");
  table.tHead.replaceChildren(el("tr", {}, ...["name", "type", "sectors", "area", "ties", "betweenness"].map((key) => el("th", { scope: "col", text: w(key) }))));
  table.tBodies[0].replaceChildren(
    ...shown.map((organisation) =>
      el("tr", {},
        el("td", {}, nameButton(organisation.id, organisation.name), organisation.illustrative ? tag(true) : null),
        el("td", { text: organisation.typeName }),
        el("td", { text: organisation.sectors.map(sectorName).join(", ") }),
        el("td", { text: organisation.area || "" }),
        el("td", { class: "number", text: String(organisation.ties) }),
        el("td", { class: "number", text: organisation.betweenness === null ? "" : number(organisation.betweenness) }),
      ),
    ),
  );
}

function nameButton(id, name) {
  return el("button", { type: "button", class: "link", text: name || page.names[id] || id, onclick: () => openCard(id) });
}

function tag(illustrative) {
  return el("span", { class: "tag " + (illustrative ? "illustrative" : "sourced"), text: w(illustrative ? "illustrative" : "sourced") });
}

function number(value, places) {
  if (value === null || value === undefined) return "";
  return new Intl.NumberFormat(page.lang === "fr" ? "fr-CA" : "en-CA", { maximumFractionDigits: places === undefined ? 3 : places }).format(value);
}

// MARK: The card

async function openCard(id) {
  page.selected = id;
  const card = $("card");
  try {
    const data = await get("/api/card", { id });
    const list = (heading, items, line) => items.length === 0 ? null : el("section", {}, el("h3", { text: heading }), el("ul", {}, ...items.map((item) => el("li", {}, ...line(item)))));
    const editButton = (section, position) => position === null || !page.state.editable ? null : el("button", { type: "button", class: "link", text: " " + w("edit"), onclick: () => startEdit(section, position) });
    const standing = data.standing || {};
    card.replaceChildren(...[
      el("button", { type: "button", id: "card-close", text: w("close"), onclick: closeCard }),
      el("h2", { id: "card-name", text: data.name }),
      el("p", {}, data.typeName + (data.sectors.length ? " · " + data.sectors.map(sectorName).join(", ") : "") + (data.area ? " · " + data.area : "") + (data.recipientTypeName ? " · " + data.recipientTypeName : ""), tag(data.illustrative), editButton("organisations", data.position)),
      data.placeText ? el("p", { class: "place", text: data.placeText }) : null,
      data.notes ? el("p", { class: "note", text: data.notes }) : null,
      el("section", {}, el("h3", { text: w("standing") }), el("ul", {},
        el("li", { text: w("degree") + ": " + (standing.degree || 0) }),
        standing.betweenness !== undefined && standing.betweenness !== null ? el("li", { text: w("betweenness") + ": " + number(standing.betweenness) }) : null,
        standing.constraint !== undefined && standing.constraint !== null ? el("li", { text: w("constraint") + ": " + number(standing.constraint) }) : null,
        standing.cutPoint ? el("li", { text: w("cutPoint") }) : null)),
      list(w("partnerships"), data.partnerships, (tie) => [w("with") + " ", ...tie.with.map((other) => nameButton(other.id, other.name)), tie.type ? " (" + (tie.typeName || tie.type) + ")" : "", tag(tie.illustrative), editButton("partnerships", tie.position)]),
      list(w("seats"), data.seats, (seat) => [nameButton(seat.organisation.id, seat.organisation.name), " → ", nameButton(seat.body.id, seat.body.name), " (" + label("role", seat.role) + ")", tag(seat.illustrative), editButton("memberships", seat.position)]),
      list(w("projects"), data.projects, (project) => [project.name + (project.lead ? " (" + w("lead") + ")" : ""), tag(project.illustrative), editButton("projects", project.position)]),
      list(w("funding"), data.funding, (flow) => [nameButton(flow.from.id, flow.from.name), " → ", nameButton(flow.to.id, flow.to.name), ": " + flow.amountText + (flow.year ? " (" + flow.year + ")" : ""), tag(flow.illustrative), editButton("funding", flow.position)]),
      data.survey ? el("section", {}, el("h3", { text: w("survey") }), el("ul", {},
        el("li", { text: w("respondedCol") + ": " + w(data.survey.responded ? "yes" : "no") }),
        data.survey.trustReceived !== undefined ? el("li", { text: w("trustReceived") + ": " + number(data.survey.trustReceived, 2) }) : null,
        data.survey.valueReceived !== undefined ? el("li", { text: w("valueReceived") + ": " + number(data.survey.valueReceived, 2) }) : null)) : null,
    ].filter((part) => part !== null));
    card.hidden = false;
    card.focus();
    if ($("view").value === "ego") { drawMap(); drawExports(); }
  } catch (error) {
    say(error.message);
  }
}

function closeCard() {
  $("card").hidden = true;
}

// MARK: Findings

function table(caption, headings, rows) {
  return el("table", {},
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {}, ...headings.map((heading) => el("th", { scope: "col", text: heading })))),
    el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((cell) => cell instanceof Node ? el("td", {}, cell) : el("td", { class: typeof cell === "number" ? "number" : null, text: typeof cell === "number" ? number(cell) : String(cell === null || cell === undefined ? "" : cell) }))))));
}

function names(ids) {
  const span = el("span");
  ids.forEach((id, index) => { if (index > 0) span.append(", "); span.append(page.names[id] ? nameButton(id) : document.createTextNode((page.otherNames || {})[id] || id)); });
  return span;
}

function withTag(text, illustrative) {
  return el("span", {}, text, illustrative === undefined ? null : tag(illustrative));
}

async function drawFindings() {
  const findings = $("findings");
  findings.replaceChildren(el("p", { class: "note", text: w("loading") }));
  const state = page.state;
  const asks = [get("/api/summary"), get("/api/gaps"), get("/api/centrality"), get("/api/overlap"), get("/api/recommend")];
  asks.push(state.survey ? get("/api/survey").catch(() => null) : Promise.resolve(null));
  asks.push(state.compare ? get("/api/compare").catch(() => null) : Promise.resolve(null));
  const [summary, gaps, centrality, overlap, recommend, survey, compare] = await Promise.all(asks);
  const parts = [];
  const facts = [["organisations", summary.organisations], ["projects", summary.projects], ["partnerships", summary.partnerships], ["memberships", summary.memberships], ["fundingFlows", summary.fundingFlows], ["components", summary.components], ["density", summary.density], ["isolated", (summary.isolated || []).length]];
  parts.push(el("h2", { text: w("summary") }), el("dl", { class: "summary" }, ...facts.map(([key, value]) => el("div", {}, el("dt", { text: w(key) }), el("dd", { text: number(value) })))));
  parts.push(table(w("gaps"), [w("kind"), w("finding"), w("nextStep")], gaps.gaps.map((gap) => [w("gap." + gap.kind), el("span", {}, withTag(gap.message, gap.illustrative), el("br"), names(gap.subjects || [])), gap.nextStep || ""])));
  const nodes = centrality.nodes.slice().sort((a, b) => (b.betweenness || 0) - (a.betweenness || 0)).slice(0, 15);
  parts.push(table(w("centrality"), [w("name"), w("degree"), w("betweenness"), w("closeness"), w("constraint")], nodes.map((node) => [el("span", {}, nameButton(node.id, node.name), node.illustrative === undefined ? null : tag(node.illustrative)), node.degree, node.betweenness, node.closeness, node.constraint])));
  if (centrality.notes && centrality.notes.length) parts.push(el("p", { class: "note", text: centrality.notes.join(" ") }));
  parts.push(table(w("overlap"), [w("projects"), w("class"), w("score"), w("action")], overlap.pairs.map((pair) => [withTag(pair.projects.map((id) => (page.otherNames || {})[id] || id).join(" · "), pair.illustrative), w("pair." + pair.class), pair.score, pair.action || ""])));
  parts.push(table(w("recommend"), [w("organisations"), w("reason"), w("score")], recommend.recommendations.map((item) => [names(item.organisations), withTag(item.reason, item.illustrative), item.score])));
  if (survey) {
    parts.push(table(w("survey"), [w("name"), w("respondedCol"), w("trustReceived"), w("valueReceived")], survey.organisations.map((item) => [names([item.id]), w(item.responded ? "yes" : "no"), item.trustReceived, item.valueReceived])));
  }
  if (compare) {
    const measures = Object.entries(compare.measures).map(([key, value]) => [key, value.old, value.new]);
    parts.push(table(w("compare"), ["", w("before"), w("now")], measures));
    const lists = [["+ " + w("organisations"), compare.organisations.joined], ["− " + w("organisations"), compare.organisations.left], ["+ " + w("partnerships"), compare.ties.gained.map((pair) => pair.join(" — "))], ["− " + w("partnerships"), compare.ties.lost.map((pair) => pair.join(" — "))]];
    parts.push(el("ul", {}, ...lists.map(([label, items]) => el("li", { text: label + ": " + (items.length ? items.join(", ") : w("none")) }))));
  }
  findings.replaceChildren(...parts);
}

// MARK: Editing

async function drawEntries() {
  if (!page.form) page.form = await get("/api/form");
  const select = $("edit-section");
  const current = select.value || "organisations";
  select.replaceChildren(...Object.keys(page.form).map((key) => el("option", { value: key, text: page.form[key].label })));
  select.value = current;
  // A section's entries are fetched once per version of the file; the search filters them here.
  const version = page.state ? page.state.version : 0;
  if (!page.entries || page.entries.section !== current || page.entries.version !== version) {
    page.entries = { section: current, version, data: await get("/api/entries", { section: current }) };
  }
  const data = page.entries.data;
  const body = $("entries").tBodies[0];
  $("entries").tHead.replaceChildren(el("tr", {}, el("th", { scope: "col", text: w("name") }), el("th", { scope: "col", text: "" })));
  if (data.entries.length === 0) { body.replaceChildren(el("tr", {}, el("td", { colspan: "2", text: w("noEntries") }))); return; }
  const wanted = $("entry-search").value.trim().toLowerCase();
  const matching = data.entries.filter((entry) => !wanted || entry.label.toLowerCase().includes(wanted));
  const rows = matching.slice(0, ROWS_SHOWN);
  body.replaceChildren(...rows.map((entry) => el("tr", {},
    el("td", { text: entry.label }),
    el("td", {},
      el("button", { type: "button", class: "link", text: w("edit"), disabled: !page.state.editable, "aria-label": w("edit") + ": " + entry.label, onclick: () => startEdit(current, entry.position, entry.fields) }),
      " ",
      el("button", { type: "button", class: "link", text: w("remove"), disabled: !page.state.editable, "aria-label": w("remove") + ": " + entry.label, onclick: () => removeEntry(current, entry.position, entry.label) })))));
  if (rows.length < matching.length) body.append(el("tr", {}, el("td", { colspan: "2", class: "note", text: w("entriesShown").replace("{shown}", number(rows.length)).replace("{total}", number(matching.length)) })));
}

async function startEdit(section, position, fields) {
  selectTab("tab-edit");
  $("edit-section").value = section;
  if (!fields && position !== null && position !== undefined) {
    const data = await get("/api/entries", { section });
    fields = (data.entries[position] || {}).fields || {};
  }
  await drawEntries();
  showForm(section, position === undefined ? null : position, fields || {});
}

function showForm(section, position, values) {
  const form = $("entry-form");
  const spec = page.form[section];
  page.editing = { section, position, initial: {} };
  const controls = spec.fields.map((field) => {
    const id = "e-" + field.name;
    const value = values[field.name];
    let input;
    if (field.kind === "flag") {
      input = el("input", { id, name: field.name, type: "checkbox" });
      input.checked = value === true;
    } else if (field.kind === "choice") {
      input = el("select", { id, name: field.name }, el("option", { value: "", text: "" }), ...field.choices.map((choice) => el("option", { value: choice, text: label(field.name, choice) })));
      input.value = value || "";
    } else {
      input = el("input", { id, name: field.name, type: "text", placeholder: field.kind === "list" ? w("listHint") : (field.kind === "date" ? "2019-04" : "") });
      input.value = Array.isArray(value) ? value.join(", ") : (value === undefined || value === null ? "" : String(value));
    }
    page.editing.initial[field.name] = fieldValue(field, input);
    const problem = el("span", { class: "problem", id: id + "-problem", "aria-live": "polite" });
    input.setAttribute("aria-describedby", problem.id);
    const caption = el("label", { for: id, text: field.label });
    return el("div", { class: "field" + (field.kind === "flag" ? " check" : "") }, ...(field.kind === "flag" ? [input, caption] : [caption, input]), problem);
  });
  form.replaceChildren(
    el("h2", { text: spec.label + " · " + (position === null ? w("add") : w("edit")) }),
    el("div", { class: "problems", id: "form-problems", role: "alert" }),
    ...controls,
    el("div", { class: "buttons" }, el("button", { type: "submit", class: "primary", text: w("submit") }), el("button", { type: "button", text: w("cancel"), onclick: () => { form.hidden = true; } })),
  );
  form.hidden = false;
  form.querySelector("input, select").focus();
}

function fieldValue(field, input) {
  if (field.kind === "flag") return input.checked;
  const text = input.value.trim();
  if (field.kind === "list") {
    const items = text.split(",").map((item) => item.trim()).filter((item) => item.length > 0);
    return items.length ? items : null;
  }
  return text.length ? text : null;
}

async function submitForm(event) {
  event.preventDefault();
  const { section, position, initial } = page.editing;
  const spec = page.form[section];
  const fields = {};
  for (const field of spec.fields) {
    const value = fieldValue(field, $("e-" + field.name));
    // A new entry gets what was filled in; a changed one, what differs from what it had.
    const filled = value !== null && value !== false;
    if (position === null ? filled : JSON.stringify(value) !== JSON.stringify(initial[field.name])) fields[field.name] = value;
  }
  for (const node of $("entry-form").querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  for (const node of $("entry-form").querySelectorAll(".problem")) node.textContent = "";
  $("form-problems").replaceChildren();
  try {
    await post("/api/edit", { action: position === null ? "add" : "change", section, position: position === null ? undefined : position, fields });
    $("entry-form").hidden = true;
    say(w("changed"));
    await refreshAll();
  } catch (error) {
    showProblems(error);
  }
}

function showProblems(error) {
  const body = error.body || {};
  const loose = [];
  for (const problem of body.problems || []) {
    const input = problem.field ? $("e-" + problem.field) : null;
    if (input) {
      input.setAttribute("aria-invalid", "true");
      $("e-" + problem.field + "-problem").textContent = problem.message;
    } else {
      loose.push(problem.text || problem.message);
    }
  }
  const box = $("form-problems");
  box.replaceChildren(el("p", { text: w("problems") }), ...(loose.length ? [el("ul", {}, ...loose.map((text) => el("li", { text })))] : []));
  if (!body.problems) box.replaceChildren(el("p", { text: error.message }));
}

async function removeEntry(section, position, label) {
  if (!window.confirm(w("removeConfirm") + "\n" + label)) return;
  try {
    await post("/api/edit", { action: "remove", section, position });
    say(w("changed"));
    await refreshAll();
  } catch (error) {
    warn(error.body && error.body.problems ? error.message + ": " + error.body.problems.map((problem) => problem.text).join(" · ") : error.message);
  }
}

// MARK: Exports

// The downloads of what is on screen: the map in its current view, under the filter.
function drawExports() {
  const view = $("view").value === "ego" ? (page.selected ? "ego:" + page.selected : "partnerships") : ($("view").value || "partnerships");
  const links = [
    ["mapSVG", "/api/map", { format: "svg", download: "1", view }],
    ["mapPNG", "/api/map", { format: "png", view }],
    ["mapPDF", "/api/map", { format: "pdf", view }],
    ["mapDOT", "/api/map", { format: "dot", view }],
    ["graphml", "/api/export", { format: "graphml" }],
    ["networkJSON", "/api/export", { format: "json" }],
    ["csvGaps", "/api/export", { format: "csv", table: "gaps" }],
    ["csvCentrality", "/api/export", { format: "csv", table: "centrality" }],
    ["csvOverlap", "/api/export", { format: "csv", table: "overlap" }],
    ["csvRecommend", "/api/export", { format: "csv", table: "recommend" }],
    ["report", "/api/report", {}],
  ];
  if (page.state && page.state.survey) links.push(["csvSurvey", "/api/export", { format: "csv", table: "survey" }]);
  $("export-links").replaceChildren(...links.map(([key, path, extra]) => el("li", {}, el("a", { href: url(path, extra), download: "", text: w(key) }))));
}

// MARK: Tabs and refresh

function selectTab(id) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const selected = tab.id === id;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(tab.getAttribute("aria-controls")).hidden = !selected;
  }
  if (id === "tab-map" && page.needsFit) zoom(0);
}

async function refreshAll() {
  try {
    await refreshState();
    await drawOrganisations();
    drawExports();
    await Promise.all([drawMap(), drawFindings(), drawEntries()]);
    warn(page.state.diskProblems ? w("diskProblems") + " " + page.state.diskProblems.join(" · ") : "");
  } catch (error) {
    warn(error.message);
  }
  document.body.dataset.version = page.state ? String(page.state.version) : "";
}

async function poll() {
  try {
    const state = await get("/api/state");
    if (!page.state || state.version !== page.state.version) await refreshAll();
    else applyState(state);
  } catch (error) {
    // The server stopped or the token changed: say so once.
    warn(error.message);
  }
}

async function start() {
  $("lang-select").value = page.lang;
  await loadWords();
  await refreshAll();
  $("filters").addEventListener("change", () => refreshAll());
  $("filters").addEventListener("reset", () => setTimeout(refreshAll, 0));
  $("filters").addEventListener("submit", (event) => { event.preventDefault(); refreshAll(); });
  $("view").addEventListener("change", () => { drawMap(); drawExports(); });
  $("search").addEventListener("input", (event) => highlight(event.target.value));
  $("search").addEventListener("change", (event) => {
    const found = Object.entries(page.names).find(([, name]) => name === event.target.value);
    if (found) openCard(found[0]);
  });
  $("zoom-in").addEventListener("click", () => zoom(1.25));
  $("zoom-out").addEventListener("click", () => zoom(0.8));
  $("zoom-fit").addEventListener("click", () => zoom(0));
  $("lang-select").addEventListener("change", async (event) => {
    page.lang = event.target.value;
    page.form = null;
    page.state = null;  // the menus are filled again, in the new language
    history.replaceState(null, "", "/?lang=" + page.lang);
    await loadWords();
    await refreshAll();
  });
  $("undo").addEventListener("click", async () => { try { await post("/api/undo"); await refreshAll(); } catch (error) { warn(error.message); } });
  $("save").addEventListener("click", async () => {
    try { await post("/api/save"); say(w("saved")); } catch (error) { warn(error.message); }
    await refreshAll();
  });
  $("edit-section").addEventListener("change", () => { $("entry-form").hidden = true; drawEntries(); });
  $("entry-search").addEventListener("input", () => drawEntries());
  $("add-entry").addEventListener("click", () => showForm($("edit-section").value, null, {}));
  $("entry-form").addEventListener("submit", submitForm);
  const tabs = Array.from(document.querySelectorAll("[role=tab]"));
  for (const tab of tabs) {
    tab.addEventListener("click", () => selectTab(tab.id));
    tab.addEventListener("keydown", (event) => {
      const index = tabs.indexOf(tab);
      const next = event.key === "ArrowRight" ? tabs[(index + 1) % tabs.length] : event.key === "ArrowLeft" ? tabs[(index + tabs.length - 1) % tabs.length] : null;
      if (next) { next.focus(); selectTab(next.id); }
    });
  }
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !$("card").hidden) closeCard(); });
  setInterval(poll, 1000);
  document.body.dataset.ready = "true";
}

start();
