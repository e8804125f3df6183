// timelinejs-check.mjs loads one TimelineJS export of annals into
// TimelineJS (from npm, served from node_modules) in headless Chromium and
// checks what a reader would see: the timeline loads without a script
// error, one slide per event is built, slides at the start, the middle and
// the very end render their headline where it can be seen, and the time
// navigator's markers and groups fit inside the navigator at the bottom of
// the page (issue 16: 1,439 groups once made it 43,206 px tall, and slides
// past about number 3,000 were blank). It fails where it should: news-1997
// uncapped (--max-events -1, 9,333 slides) needs 35.7 s of main-thread CPU
// and its last five slides are blank (the headline laid out but not
// painted); 35 one-event groups push the navigator to 1,886 px of 800.
//
// Usage: node timelinejs-check.mjs EXPORT.json [SCREENSHOT_PREFIX]
// Environment: TLJS_DIR (the @knight-lab/timelinejs package directory),
// PLAYWRIGHT_CORE (playwright-core's directory), CHROMIUM (the browser).
// No request leaves 127.0.0.1: any other is aborted and fails the check.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const [file, shotPrefix] = process.argv.slice(2);
if (!file) {
  console.error('usage: node timelinejs-check.mjs EXPORT.json [SCREENSHOT_PREFIX]');
  process.exit(2);
}
const tljs = process.env.TLJS_DIR;
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const width = Number(process.env.TLJS_WIDTH || 1280);
const height = Number(process.env.TLJS_HEIGHT || 800);
// A timeline whose renderer needs more CPU than this to load is not one a
// reader waits for (issue 16 measured 17–35 s for 9,383 slides and 5.5 s
// for 2,000). CPU time, not the wall clock, is held to it, since the wall
// clock here stretches with whatever else the machine runs; the wall clock
// only has a bound that catches a hang.
const maxCPUMs = Number(process.env.TLJS_MAX_CPU_MS || 15000);
const maxWallMs = Number(process.env.TLJS_MAX_WALL_MS || 300000);

const data = JSON.parse(fs.readFileSync(file, 'utf8'));
const events = data.events || [];
const hasTitle = !!data.title;
const failures = [];
const fail = (msg) => { failures.push(msg); };

// The page builds the timeline from the URL of the export, as an embed
// would, and records when TimelineJS says it is ready.
const page = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/tl/css/timeline.css">
<style>html,body{margin:0;height:100%;} #timeline{width:100%;height:100%;}</style>
</head><body><div id="timeline"></div>
<script src="/tl/js/timeline.js"></script>
<script>
window.__t0 = performance.now();
window.__errors = [];
window.addEventListener('error', e => window.__errors.push(String(e.message)));
window.timeline = new TL.Timeline('timeline', '/export.json', {script_path: location.origin + '/tl/js/', debug: false});
const wait = () => {
  if (window.timeline.ready) { window.__readyMs = performance.now() - window.__t0; return; }
  setTimeout(wait, 20);
};
wait();
</script></body></html>`;

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.eot': 'application/vnd.ms-fontobject' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  let body; let type = 'text/html';
  if (url.pathname === '/' ) {
    body = page;
  } else if (url.pathname === '/export.json') {
    body = fs.readFileSync(file); type = types['.json'];
  } else if (url.pathname.startsWith('/tl/')) {
    const p = path.normalize(path.join(tljs, 'dist', url.pathname.slice(4)));
    if (!p.startsWith(path.join(tljs, 'dist')) || !fs.existsSync(p) || !fs.statSync(p).isFile()) {
      res.writeHead(404); res.end(); return;
    }
    body = fs.readFileSync(p); type = types[path.extname(p)] || 'application/octet-stream';
  } else { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': type }); res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'annals-tljs-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width, height },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const pg = context.pages()[0] || await context.newPage();
  // TimelineJS's stylesheet asks Google Fonts for its typefaces; offline
  // (as here and in CI) the browser falls back to local fonts, as a reader
  // without that network would see it. Those requests are answered 404
  // and counted; any other request off 127.0.0.1 fails the check.
  const offsite = [];
  let fontRequests = 0;
  const isFont = (u) => /^https:\/\/fonts\.(gstatic|googleapis)\.com\//.test(u);
  await pg.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin + '/') || u.startsWith('data:')) return route.continue();
    if (isFont(u)) { fontRequests++; return route.fulfill({ status: 404, body: '' }); }
    offsite.push(u); return route.abort();
  });
  const pageErrors = [];
  pg.on('pageerror', (e) => pageErrors.push(e.message));
  pg.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (isFont((m.location() || {}).url || '')) return;
    pageErrors.push('console: ' + m.text());
  });

  // The renderer's own busy time, which the machine's load stretches less
  // than the wall clock (the check shares 2 cores with other work).
  const cdp = await context.newCDPSession(pg);
  await cdp.send('Performance.enable');
  const wall0 = Date.now();
  await pg.goto(origin + '/', { waitUntil: 'load', timeout: maxWallMs });
  await pg.waitForFunction(() => window.__readyMs !== undefined || window.__errors.length > 0,
    null, { timeout: maxWallMs, polling: 50 });
  const readyMs = await pg.evaluate(() => window.__readyMs);
  // The first paint after ready: what the reader waits for.
  await pg.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const wallMs = Date.now() - wall0;
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  if (process.env.TLJS_METRICS) console.log(JSON.stringify(metrics));
  if (readyMs === undefined) fail('TimelineJS never became ready');

  const info = await pg.evaluate(() => {
    const q = (s) => document.querySelector(s);
    const rect = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: r.height }; };
    const nav = q('.tl-timenav');
    const axis = q('.tl-timeaxis-background') || q('.tl-timeaxis');
    const out = {
      slides: document.querySelectorAll('.tl-slide').length,
      markers: document.querySelectorAll('.tl-timemarker').length,
      groups: document.querySelectorAll('.tl-timegroup').length,
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      message: (q('.tl-message-full') || q('.tl-message') || { textContent: '' }).textContent.trim(),
    };
    if (nav) out.nav = rect(nav);
    if (axis) out.axis = rect(axis);
    // The lowest marker box and the lowest group's top: a marker must sit
    // above the time axis, and every group must at least start above it.
    // (A marker's own element runs down to the axis with its line, so the
    // box it shows is what is measured.)
    let low = 0;
    for (const el of document.querySelectorAll('.tl-timemarker-content-container')) {
      // Only markers in view: TimelineJS lays out those scrolled off the
      // screen lazily, and their boxes can sit anywhere meanwhile.
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= 0 || r.left >= window.innerWidth) continue;
      low = Math.max(low, r.bottom);
    }
    for (const el of document.querySelectorAll('.tl-timegroup')) {
      low = Math.max(low, el.getBoundingClientRect().top);
    }
    out.lowest = low;
    return out;
  });

  const want = events.length + (hasTitle ? 1 : 0);
  if (info.slides !== want) fail(`${info.slides} slides built, want ${want} (${events.length} events${hasTitle ? ' + title' : ''})`);
  if (info.markers !== events.length) fail(`${info.markers} navigator markers, want ${events.length}`);
  if (!info.nav) fail('no time navigator');
  else {
    if (info.nav.bottom > info.innerHeight + 1) fail(`time navigator ends at ${Math.round(info.nav.bottom)} px, below the ${info.innerHeight} px page`);
    const floor = info.axis ? info.axis.top : info.nav.bottom;
    // A marker box dipping a few pixels into the axis band still reads (it
    // happens as TimelineJS packs a busy stretch into its rows); a row
    // that lands on or below the axis labels does not.
    if (info.lowest > floor + 6) fail(`markers or groups reach ${Math.round(info.lowest)} px, past the time axis at ${Math.round(floor)} px (the navigator does not fit)`);
  }
  if (info.scrollHeight > info.innerHeight + 1) fail(`page is ${info.scrollHeight} px tall in a ${info.innerHeight} px window`);
  const cpuMs = Math.round(1000 * (metrics.ThreadTime || 0));
  if (cpuMs > maxCPUMs) fail(`load took ${cpuMs} ms of the renderer's main-thread CPU (> ${maxCPUMs} ms)`);

  // Slides to visit: the title, the first events, the middle, and the last
  // five (where long timelines went blank).
  const n = info.slides;
  const visit = [...new Set([0, 1, 2, Math.floor(n / 2), n - 5, n - 4, n - 3, n - 2, n - 1])]
    .filter((i) => i >= 0 && i < n);
  let checked = 0;
  for (const i of visit) {
    const ev = hasTitle ? (i === 0 ? data.title : events[i - 1]) : events[i];
    const wantHTML = String((ev && ev.text && ev.text.headline) || '');
    const got = await pg.evaluate(async ([i, wantHTML]) => {
      // The headline as the browser reads the export's HTML, spaces folded.
      const fold = (s) => s.replace(/\s+/g, ' ').trim();
      // (A template parses inertly: nothing in the export runs here.)
      const tmp = document.createElement('template');
      tmp.innerHTML = wantHTML;
      const want = fold(tmp.content.textContent);
      window.timeline.goTo(i);
      const slide = window.timeline._storyslider._slides[i];
      const el = slide && slide._el && slide._el.container;
      if (!el) return { missing: true };
      const h = el.querySelector('.tl-headline');
      const text = el.querySelector('.tl-text-content');
      // goTo animates the slider (1 s by default, longer on a busy
      // machine): wait until the headline is on screen, up to 20 s.
      let r = null;
      let painted = false;
      for (const t0 = performance.now(); performance.now() - t0 < 20000;) {
        await new Promise((res) => setTimeout(res, 200));
        r = h ? h.getBoundingClientRect() : null;
        if (!r || r.width <= 0 || r.height <= 0 || r.left < 0 || r.left >= window.innerWidth) continue;
        // Is the headline what is actually on screen at its own centre?
        const at = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
        painted = !!at && (h === at || h.contains(at));
        if (painted) break;
      }
      return {
        headline: h ? fold(h.textContent) : '', want, painted,
        rect: r && { left: r.left, top: r.top, width: r.width, height: r.height },
        textHeight: text ? text.getBoundingClientRect().height : 0,
        current: window.timeline.current_id === slide.data.unique_id,
      };
    }, [i, wantHTML]);
    const where = `slide ${i}/${n - 1}`;
    if (got.missing) { fail(`${where}: not built`); continue; }
    if (!got.current) fail(`${where}: goTo did not make it current`);
    if (got.want && got.headline !== got.want) fail(`${where}: headline ${JSON.stringify(got.headline.slice(0, 80))}, want ${JSON.stringify(got.want.slice(0, 80))}`);
    if (!got.painted) fail(`${where}: headline not on screen (${JSON.stringify(got.rect)})`);
    if (i > 0 && got.textHeight <= 0) fail(`${where}: empty slide text`);
    checked++;
    if (shotPrefix && i === 1) await pg.screenshot({ path: `${shotPrefix}-first.png` });
  }
  if (shotPrefix) { await pg.waitForTimeout(1500); await pg.screenshot({ path: `${shotPrefix}-last.png` }); }
  if (offsite.length) fail(`requests off 127.0.0.1 (aborted): ${[...new Set(offsite)].slice(0, 5).join(' ')}`);
  for (const e of pageErrors) fail(`page error: ${e}`);

  const summary = `${path.basename(file)}: ${events.length} events, ${info.slides} slides, ` +
    `${info.groups} groups; load: ${cpuMs} ms main-thread CPU ` +
    `(${Math.round(1000 * (metrics.ProcessTime || 0))} ms renderer process CPU), wall ` +
    `${readyMs === undefined ? '?' : Math.round(readyMs)} ms from script start to ready, ` +
    `${wallMs} ms from navigation to first paint; navigator ${info.nav ? Math.round(info.nav.height) : 0} px ` +
    `at ${info.nav ? Math.round(info.nav.top) : 0}–${info.nav ? Math.round(info.nav.bottom) : 0} of ${info.innerHeight} px, ` +
    `lowest marker ${Math.round(info.lowest)} px; ${checked} slides visited (${visit.join(', ')}); ` +
    `${fontRequests} web-font requests answered 404 (offline)`;
  console.log('timelinejs-check: ' + summary);
} catch (e) {
  fail(String(e && e.stack || e));
} finally {
  if (context) await context.close().catch(() => {});
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
if (failures.length) {
  for (const f of failures) console.log(`timelinejs-check: FAIL ${path.basename(file)}: ${f}`);
  process.exit(1);
}
console.log(`timelinejs-check: ok ${path.basename(file)}`);
