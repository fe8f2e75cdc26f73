// The page's stylesheet and script, served by the backend itself (the centre may have no
// internet, and a CSP of 'self' keeps anything else out). The script polls /api/terminals
// every 2 s and writes the server's own display text into the live cells as text, never as
// markup; a terminal that joins or leaves the fleet reloads the page.

export const STYLESHEET = `
body { font: 14px/1.4 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 0; color: #1d2733; background: #f4f6f8; }
header { display: flex; gap: 1.5em; align-items: baseline; padding: .6em 1.2em; background: #1d3557; color: #fff; }
header h1 { font-size: 1.2em; margin: 0; } header a { color: #fff; } .lang a, .lang strong { margin-right: .6em; }
.live { margin-left: auto; font-size: .85em; opacity: .8; }
main { padding: .5em 1.2em 2em; } h2 { font-size: 1.05em; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; background: #fff; min-width: 40%; } th, td { border: 1px solid #d5dbe1; padding: .3em .6em; text-align: left; vertical-align: top; }
thead th { background: #e8edf2; } .num { text-align: right; font-variant-numeric: tabular-nums; }
td[data-state="online"] { color: #116b2e; font-weight: 600; } td[data-state="offline"] { color: #fff; background: #c0392b; font-weight: 600; }
td[data-state="never-seen"] { color: #6b7785; } tr[data-open="true"] td:first-child { color: #c0392b; font-weight: 600; }
tr[data-state="DEVICE_STATE_FAILED"] td, tr[data-state="DEVICE_STATE_DEGRADED"] td { background: #fdecea; }
.note { color: #52606d; max-width: 60em; } .health { margin: 0 0 .4em; }
h3 { font-size: .95em; margin: 1em 0 .3em; } h4 { font-size: .9em; margin: .6em 0 .3em; }
.settlement { border-left: 4px solid #116b2e; padding-left: .8em; margin: .8em 0; } .settlement[data-balanced="false"] { border-color: #c0392b; }
.settlement[data-balanced="true"] .reconciliation { color: #116b2e; } .settlement[data-balanced="false"] .reconciliation { color: #c0392b; }
tr[data-differs="true"] td, .mismatches td, tr[data-match="amount-mismatch"] td, tr[data-match="original-not-found"] td { background: #fdecea; }
`;

export const SCRIPT = `'use strict';
(() => {
  const lang = document.body.dataset.lang;
  async function refresh() {
    const res = await fetch('/api/terminals?lang=' + encodeURIComponent(lang), { cache: 'no-store' });
    if (!res.ok) return;
    const data = await res.json();
    const fleet = document.getElementById('fleet');
    if (fleet && fleet.dataset.count !== String(data.terminals.length)) return location.reload();
    for (const t of data.terminals) {
      for (const el of document.querySelectorAll('[data-live]')) {
        if (el.dataset.live !== t.serial) continue;
        el.textContent = t.text[el.dataset.field];
        if (el.dataset.field === 'status') el.dataset.state = t.liveness;
      }
    }
    for (const body of document.querySelectorAll('tbody[data-alerts]')) {
      const mine = data.alerts.filter((a) => body.dataset.alerts === '' || a.serial === body.dataset.alerts);
      const rows = mine.map((a) => {
        const tr = document.createElement('tr');
        tr.dataset.open = String(a.open);
        for (const v of [a.text.alert, a.serial, a.text.raisedAt, a.text.clearedAt]) tr.appendChild(document.createElement('td')).textContent = v;
        return tr;
      });
      if (rows.length === 0) {
        const td = document.createElement('tr').appendChild(document.createElement('td'));
        td.colSpan = 4;
        td.textContent = body.dataset.empty;
        rows.push(td.parentNode);
      }
      body.replaceChildren(...rows);
    }
  }
  setInterval(() => refresh().catch(() => {}), 2000);
})();
`;
