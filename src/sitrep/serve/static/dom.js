// DOM helpers for sitrep's web map. Untrusted strings only ever become text nodes
// (textContent), never markup; links are made only from http(s) URLs.

export const COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
export const OTHER_COLOR = "#7f7f7f";

export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "className") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "style") Object.assign(node.style, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) append(node, child);
  return node;
}
export function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(node, c));
  else if (child instanceof Node) node.appendChild(child);
  else node.appendChild(document.createTextNode(String(child)));
}
export function safeUrl(value) {
  if (typeof value !== "string" || !value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (err) {
    if (err instanceof TypeError) return null;
    throw err;
  }
}
export function link(url, label) {
  const href = safeUrl(url);
  if (!href) return label ? el("span", { text: label }) : null;
  return el("a", { href, target: "_blank", rel: "noopener noreferrer", text: label || href });
}
export function colorOf(type) { return COLORS[type] || OTHER_COLOR; }

export async function getJSON(path, params) {
  const query = params && params.toString();
  const response = await fetch(query ? `${path}?${query}` : path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || `HTTP ${response.status}`);
  return body;
}
