/**
 * The report's style and its one script. Both are inlined (a report is one file that works from
 * a CI artifact or a disk) and allowed by their hashes in the page's Content-Security-Policy;
 * no template text or data is ever put in them.
 */

export const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --panel: #f4f5f7; --link: #0b4fb3;
  --error: #a4001d; --warning: #7a4a00; --ins: #dcf3e1; --ins-ink: #0b3d17; --del: #fbe1e0; --del-ink: #6a0c0c; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); background: #fff; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, iframe:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
header.page, footer.page { background: var(--panel); padding: 1rem 2rem; border-bottom: 1px solid var(--line); }
footer.page { border-top: 1px solid var(--line); border-bottom: 0; color: var(--muted); font-size: .9rem; }
header.page h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
header.page p { margin: 0; color: var(--muted); }
nav.contents { padding: .5rem 2rem; border-bottom: 1px solid var(--line); }
nav.contents ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0; padding: 0; }
main { padding: 0 2rem 2rem; max-width: 80rem; }
h2 { margin-top: 2rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { margin-top: 1.5rem; }
code, pre, .hash { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.hash { font-size: 1.1rem; word-break: break-all; background: var(--panel); padding: .5rem .75rem; border: 1px solid var(--line); display: inline-block; }
.notice { border-left: 4px solid var(--warning); background: #fff8e6; padding: .75rem 1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.level-error, .level-warning { white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-weight: 600; gap: .25rem; }
.filters label.check { flex-direction: row; align-items: center; font-weight: normal; }
.filters input[type=search], .filters select { font: inherit; padding: .35rem .5rem; border: 1px solid #767676; border-radius: 4px; min-width: 14rem; }
article.template { border-top: 3px solid var(--line); margin-top: 2.5rem; }
.level-error { color: var(--error); font-weight: 600; }
.level-warning { color: var(--warning); font-weight: 600; }
.example { margin: 1rem 0 1.5rem; }
.example h5 { margin: 0 0 .25rem; font-size: 1rem; }
.phone { background: #eef0f3; border-radius: 1rem; padding: 1rem; max-width: 24rem; }
.bubble { background: #fff; border: 1px solid var(--line); border-radius: 1rem 1rem 1rem .25rem; padding: .6rem .8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .9rem; margin: .35rem 0; }
.email { border: 1px solid var(--line); max-width: 40rem; }
.email .subject { background: var(--panel); padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
.email iframe { display: block; width: 100%; height: 16rem; border: 0; resize: vertical; overflow: auto; }
.lock { background: #20242b; border-radius: 1rem; padding: 1rem; max-width: 24rem; }
.notification { background: #f1f2f4; border-radius: .75rem; padding: .6rem .8rem; color: var(--ink); }
.notification .title { font-weight: 600; }
.full { white-space: pre-wrap; border-left: 3px solid var(--line); padding-left: .75rem; }
.error-text { color: var(--error); }
pre.diff { border: 1px solid var(--line); background: #fafafa; padding: .5rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.diff .line { display: block; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; }
del { background: var(--del); color: var(--del-ink); }
pre.diff .skipped { color: var(--muted); font-style: italic; }
p.diff-text { white-space: pre-wrap; border: 1px solid var(--line); padding: .5rem; }
@media print {
  .skip, nav.contents, .filters { display: none !important; }
  main { padding: 0; max-width: none; }
  header.page, footer.page { background: none; padding: 0 0 .5rem; }
  a { color: inherit; text-decoration: none; }
  article.template, .example, tr, pre.diff { break-inside: avoid; }
  article.template { break-before: page; }
  .email iframe { height: 24rem; resize: none; }
}
`;

/** A frame shows a sanitized email; this is its only style (no script runs in it: the sandbox allows none). */
export const EMAIL_STYLE = "body { margin: .75rem; font: 15px/1.5 system-ui, sans-serif; color: #1b1b1b; } a { color: #0b4fb3; } img { max-width: 100%; }";

/**
 * Filters the template index as the reviewer types: by words (id, locale, channel, category,
 * audience, sender, file), channel, and whether a template has findings or waivers. Without
 * scripts every template is shown, and the filters stay hidden.
 */
export const SCRIPT = `
(() => {
  const form = document.getElementById("filters");
  const words = document.getElementById("filter-words");
  const channel = document.getElementById("filter-channel");
  const flagged = document.getElementById("filter-flagged");
  const status = document.getElementById("filter-status");
  const rows = Array.from(document.querySelectorAll("tr[data-template]"));
  const update = () => {
    const wanted = words.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const match = wanted.every((word) => row.dataset.search.includes(word))
        && (channel.value === "" || row.dataset.channel === channel.value)
        && (!flagged.checked || row.dataset.flagged === "true");
      row.hidden = !match;
      const section = document.getElementById(row.dataset.template);
      if (section) section.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = status.dataset.text.replace("{shown}", String(shown)).replace("{total}", String(rows.length));
  };
  form.addEventListener("input", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  update();
})();
`;
