// The kiosk page: one static HTML shell, its stylesheet and script, served by the terminal
// itself (no CDN: the kiosk may be offline; CSP 'self'). The script draws each view it gets
// over the WebSocket with textContent only, never as markup, so whatever a screen says (an
// operator id, a host's message) reaches the glass as text. Touch first: large buttons, an
// on-screen keypad; a hardware keyboard works too (digits, Enter, Esc, Backspace).

export const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
<title>posrt</title>
<link rel="stylesheet" href="/display.css">
<script src="/display.js" defer></script>
</head>
<body data-tone="neutral">
<header>
  <span id="link" data-state="connecting" aria-live="polite"></span>
  <span class="toggles">
    <button type="button" id="toggle-language" data-pref="language"></button>
    <button type="button" id="toggle-large" data-pref="largeType" aria-pressed="false"></button>
    <button type="button" id="toggle-voice" data-pref="voice" aria-pressed="false"></button>
  </span>
</header>
<main>
  <section id="message" aria-live="assertive">
    <h1 id="title"></h1>
    <div id="lines"></div>
    <div id="field" hidden><span id="field-label"></span><output id="field-value"></output></div>
  </section>
  <figure id="qr" hidden></figure>
  <section id="keypad" hidden>
    <button type="button" data-key="digit" data-digits="1">1</button>
    <button type="button" data-key="digit" data-digits="2">2</button>
    <button type="button" data-key="digit" data-digits="3">3</button>
    <button type="button" data-key="back" id="key-back"></button>
    <button type="button" data-key="digit" data-digits="4">4</button>
    <button type="button" data-key="digit" data-digits="5">5</button>
    <button type="button" data-key="digit" data-digits="6">6</button>
    <button type="button" data-key="clear" id="key-clear"></button>
    <button type="button" data-key="digit" data-digits="7">7</button>
    <button type="button" data-key="digit" data-digits="8">8</button>
    <button type="button" data-key="digit" data-digits="9">9</button>
    <button type="button" data-key="enter" id="key-enter"></button>
    <button type="button" data-key="digit" data-digits="00" id="key-00">00</button>
    <button type="button" data-key="digit" data-digits="0" id="key-0">0</button>
  </section>
</main>
<footer id="buttons"></footer>
<div id="lost" role="alert" hidden></div>
</body>
</html>
`;

export const STYLESHEET = `
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html, body { height: 100%; margin: 0; }
body { font: 20px/1.35 system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; color: #14202e; background: #eef2f6;
  display: grid; grid-template-rows: auto minmax(6em, 1fr) auto; -webkit-user-select: none; user-select: none; touch-action: manipulation; }
header { display: flex; align-items: center; gap: .6em; padding: .3em .8em; background: #1d3557; color: #fff; font-size: .8em; }
#link::before { content: "●"; margin-right: .3em; } #link[data-state="open"]::before { color: #7bd88f; } #link[data-state="connecting"]::before { color: #f4b942; }
.toggles { margin-left: auto; display: flex; gap: .4em; }
.toggles button { font: inherit; color: #fff; background: transparent; border: 2px solid #9fb3c8; border-radius: .4em; padding: .25em .7em; min-height: 2.2em; }
.toggles button[aria-pressed="true"] { background: #fff; color: #1d3557; border-color: #fff; }
main { display: grid; grid-template-columns: 1fr; align-content: start; gap: 1em; padding: 1em 1.2em; min-height: 0; overflow: auto; }
body.with-keypad main { grid-template-columns: 1fr minmax(14em, 40%); }
#message { border-left: .5em solid #52606d; padding: .2em 0 .2em .8em; overflow: auto; }
body[data-tone="success"] #message { border-color: #16803c; } body[data-tone="error"] #message { border-color: #c0392b; }
body[data-tone="warning"] #message { border-color: #d68910; } body[data-tone="busy"] #message { border-color: #2e6fb7; }
h1 { font-size: 1.9em; margin: 0 0 .35em; line-height: 1.2; }
body[data-tone="success"] h1 { color: #16803c; } body[data-tone="error"] h1 { color: #b03a2e; }
#lines p { margin: .25em 0; }
.amount { font-size: 2em; font-weight: 700; font-variant-numeric: tabular-nums; }
.code { font: 700 1.6em/1.3 ui-monospace, "DejaVu Sans Mono", monospace; color: #b03a2e; }
.hint { color: #3d4f63; background: #fff6dd; border-radius: .3em; padding: .35em .6em; }
.ok::before { content: "✔ "; color: #16803c; } .fault { color: #b03a2e; font-weight: 600; } .fault::before { content: "✖ "; }
#field { margin-top: .8em; } #field-label { display: block; color: #3d4f63; }
#field-value { display: block; min-height: 1.6em; font-size: 2.2em; font-weight: 700; letter-spacing: .05em; background: #fff; border: 2px solid #9fb3c8; border-radius: .3em; padding: .1em .4em; font-variant-numeric: tabular-nums; }
/* 1 2 3 ⌫ / 4 5 6 Clear / 7 8 9 Enter / 00 0 Enter: Enter tall at the right, as on a PIN pad. */
#keypad { display: grid; grid-template-columns: repeat(4, 1fr); gap: .45em; align-content: start; }
#key-0 { grid-column: span 2; } #key-00[hidden] + #key-0 { grid-column: span 3; }
#keypad button, #buttons button { font: inherit; font-size: 1.5em; font-weight: 600; min-height: 2.4em; border-radius: .35em; border: 2px solid #9fb3c8; background: #fff; color: #14202e; }
#keypad button:active, #buttons button:active { background: #d9e2ec; }
/* Green Enter and yellow Clear, as on the PIN pad ("press the green key"). */
#keypad #key-enter { grid-column: 4; grid-row: 3 / span 2; background: #16803c; border-color: #16803c; color: #fff; }
#keypad #key-clear { background: #f7dc6f; border-color: #d4ac0d; }
#keypad #key-clear, #keypad #key-enter { font-size: 1.1em; }
#buttons { display: flex; flex-wrap: wrap; gap: .6em; padding: .8em 1.2em 1em; max-height: 70vh; overflow: auto; }
#buttons button { flex: 1 1 8em; }
#buttons button[data-role="primary"] { background: #1d3557; border-color: #1d3557; color: #fff; }
#buttons button[data-role="cancel"] { background: #fff; border-color: #c0392b; color: #b03a2e; }
body.menu #buttons { display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); }
body.menu #buttons button { font-size: 1.25em; min-height: 2.8em; }
/* A list of transactions: one full-width row each, read left to right like a slip. */
body[data-screen="transaction-list"] #buttons { display: grid; grid-template-columns: repeat(auto-fit, minmax(11em, 1fr)); }
body[data-screen="transaction-list"] #buttons button[data-role="secondary"] { grid-column: 1 / -1; font-size: 1.15em; text-align: left; padding: 0 .8em; min-height: 2.4em; }
.nowrap { white-space: nowrap; }
/* A code for the customer's wallet: black on white with its quiet zone in every mode (a
   scanner wants dark modules on light), as large as the screen leaves beside the amount. */
body.with-qr main, body.large.with-qr main { grid-template-columns: 1fr auto; align-items: start; }
#qr { margin: 0; } #qr svg { display: block; }
@media (orientation: portrait) { body.with-keypad main { grid-template-columns: 1fr; } }
/* Large type, high contrast: white and yellow on black, everything half as large again. */
body.large { font-size: 30px; background: #000; color: #fff; }
body.large header { background: #000; border-bottom: 3px solid #fff; }
body.large h1 { color: #ffeb3b; } body.large #message { border-left-width: .35em; }
body.large[data-tone="success"] h1 { color: #7dff9b; } body.large[data-tone="error"] h1, body.large .code, body.large .fault { color: #ff8a80; }
body.large .hint { background: #000; color: #ffeb3b; border: 2px solid #ffeb3b; }
body.large #field-label { color: #fff; }
body.large #field-value, body.large #keypad button, body.large #buttons button { background: #000; color: #fff; border: 3px solid #fff; }
body.large #keypad #key-enter { background: #1b5e20; border-color: #7dff9b; }
body.large #keypad #key-clear { background: #000; color: #ffeb3b; border-color: #ffeb3b; }
body.large #keypad button { min-height: 2em; }
/* Half as large again still fits a 600-pixel-high screen: less air between the lines. */
body.large main { padding: .5em 1em; gap: .5em; } body.large h1 { margin-bottom: .15em; } body.large #lines p { margin: .1em 0; }
body.large #buttons { padding: .4em 1em .5em; } body.large #buttons button { min-height: 2em; }
body.large.menu #buttons { grid-template-columns: 1fr 1fr; }
body.large #buttons button[data-role="primary"] { background: #ffeb3b; color: #000; border-color: #ffeb3b; }
body.large #buttons button[data-role="cancel"] { border-color: #ff8a80; color: #ff8a80; }
body.large main, body.large.with-keypad main { grid-template-columns: 1fr; }
/* The terminal is gone (restarting, crashed): the last screen stays, greyed, and takes no touch. */
#lost { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; padding: 1em;
  background: rgba(20, 32, 46, .78); color: #fff; font-size: 1.6em; font-weight: 700; text-align: center; }
`;

export const SCRIPT = `'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  let socket = null;
  let view = null;
  const send = (message) => { if (socket && socket.readyState === 1) socket.send(JSON.stringify(message)); };
  const key = (k) => send({ type: 'key', key: k });

  function draw(v) {
    view = v;
    document.documentElement.lang = v.prefs.language;
    document.body.dataset.tone = v.tone;
    document.body.dataset.screen = v.id;
    document.body.classList.toggle('large', v.prefs.largeType);
    document.body.classList.toggle('with-keypad', v.keypad !== null);
    document.body.classList.toggle('menu', v.buttons.length > 3);
    document.body.classList.toggle('with-qr', v.qr !== null);
    $('title').textContent = v.title;
    $('lines').replaceChildren(...v.lines.map((line) => {
      const p = document.createElement('p');
      p.className = line.style;
      // An error code (E-PRINTER-0012) is never broken at its hyphens; the rest wraps freely.
      line.text.split(/(E-[A-Z0-9]+-[0-9]{4})/).forEach((part, i) => {
        if (i % 2 === 0) return p.append(part);
        const code = p.appendChild(document.createElement('span'));
        code.className = 'nowrap';
        code.textContent = part;
      });
      return p;
    }));
    drawQr(v.qr);
    $('field').hidden = v.keypad === null;
    $('keypad').hidden = v.keypad === null;
    if (v.keypad !== null) {
      $('field-label').textContent = v.keypad.label;
      $('field-value').textContent = v.keypad.shown;
      $('field-value').dataset.kind = v.keypad.kind;
      $('key-00').hidden = v.keypad.kind !== 'amount';
    }
    $('key-enter').textContent = v.labels.enter;
    $('key-clear').textContent = v.labels.clear;
    $('key-back').textContent = v.labels.back;
    $('toggle-language').textContent = v.labels.language;
    $('toggle-large').textContent = v.labels.largeType;
    $('toggle-voice').textContent = v.labels.voice;
    $('lost').textContent = v.labels.reconnecting;
    $('toggle-large').setAttribute('aria-pressed', String(v.prefs.largeType));
    $('toggle-voice').setAttribute('aria-pressed', String(v.prefs.voice));
    $('buttons').replaceChildren(...v.buttons.map((b) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.button = b.id;
      button.dataset.role = b.role;
      button.textContent = b.label;
      return button;
    }));
  }

  // One SVG path of unit squares, the 4-module quiet zone around it (ISO/IEC 18004 §9.1), a
  // whole number of pixels to a module so every module is the same size for the wallet's camera.
  const SVG = 'http://www.w3.org/2000/svg';
  function drawQr(rows) {
    const figure = $('qr');
    figure.hidden = rows === null;
    if (rows === null) return figure.replaceChildren();
    const side = rows.length + 8;
    let d = '';
    rows.forEach((row, y) => { for (let x = 0; x < row.length; x++) if (row[x] === '1') d += 'M' + (x + 4) + ' ' + (y + 4) + 'h1v1h-1z'; });
    const svg = document.createElementNS(SVG, 'svg');
    const px = Math.max(1, Math.floor(Math.min(innerHeight * 0.6, innerWidth * 0.46) / side));
    svg.setAttribute('viewBox', '0 0 ' + side + ' ' + side);
    svg.setAttribute('width', String(side * px));
    svg.setAttribute('height', String(side * px));
    svg.setAttribute('shape-rendering', 'crispEdges');
    svg.setAttribute('role', 'img');
    const light = svg.appendChild(document.createElementNS(SVG, 'rect'));
    light.setAttribute('width', String(side));
    light.setAttribute('height', String(side));
    light.setAttribute('fill', '#fff');
    const dark = svg.appendChild(document.createElementNS(SVG, 'path'));
    dark.setAttribute('d', d);
    dark.setAttribute('fill', '#000');
    figure.replaceChildren(svg);
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    if (!target || !view) return;
    if (target.dataset.button) return key({ kind: 'button', id: target.dataset.button });
    if (target.dataset.key === 'digit') return key({ kind: 'digit', digits: target.dataset.digits });
    if (target.dataset.key) return key({ kind: target.dataset.key });
    const pref = target.dataset.pref;
    if (pref === 'language') send({ type: 'prefs', prefs: { language: view.prefs.language === 'en' ? 'zh-CN' : 'en' } });
    else if (pref) send({ type: 'prefs', prefs: { [pref]: !view.prefs[pref] } });
  });

  document.addEventListener('keydown', (event) => {
    if (/^[0-9]$/.test(event.key)) key({ kind: 'digit', digits: event.key });
    else if (event.key === 'Enter') key({ kind: 'enter' });
    else if (event.key === 'Escape') key({ kind: 'cancel' });
    else if (event.key === 'Backspace') key({ kind: 'back' });
    else if (event.key === 'Delete') key({ kind: 'clear' });
    else return;
    event.preventDefault();
  });

  function connect() {
    const link = $('link');
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    socket.addEventListener('open', () => {
      link.dataset.state = 'open';
      $('lost').hidden = true;
    });
    socket.addEventListener('message', (event) => draw(JSON.parse(event.data).view));
    socket.addEventListener('close', () => {
      link.dataset.state = 'connecting';
      $('lost').hidden = view === null;
      setTimeout(connect, 1000);
    });
  }
  connect();
})();
`;
