#!/usr/bin/env node
'use strict';
/**
 * npm start: builds and serves the task pane over HTTPS on localhost:3000 in the background,
 * waits until it answers, then sideloads it into Excel desktop (Windows, macOS, with the optional
 * office-addin-debugging) or says how to sideload it into Excel on the web (Linux and anywhere
 * else). `npm stop` undoes it. The server's output goes to node_modules/.cache/ips-planner/dev-server.log.
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const https = require('https');
const path = require('path');
const state = require('./dev-state');

const START_TIMEOUT_MS = 180_000;

function log(line = '') {
  process.stdout.write(`${line}\n`);
}

/** Resolves true once GET url answers 200 (any certificate: ours may not be trusted yet). */
function answers(url) {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

function tail(file, lines = 25) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function startServer() {
  const previous = state.readState();
  if (previous && state.isRunning(previous.pid)) {
    log(`The dev server is already running (pid ${previous.pid}) at ${state.URL}. Run npm stop first to restart it.`);
    return previous;
  }
  if (await answers(`${state.URL}/taskpane.html`)) {
    throw new Error(
      `Something else already serves ${state.URL}: stop it, or run npm stop if it is an earlier npm start.`,
    );
  }
  fs.mkdirSync(path.dirname(state.LOG_FILE), { recursive: true });
  const out = fs.openSync(state.LOG_FILE, 'w');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [state.ROOT] });
  // Detached, in its own process group, so it outlives this script and npm stop can end it whole.
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: state.ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    windowsHide: true,
  });
  child.unref();
  const record = { pid: child.pid, url: state.URL, startedAt: new Date().toISOString(), sideloaded: false };
  state.writeState(record);
  log(`Building and serving the task pane (pid ${child.pid}; log: ${path.relative(state.ROOT, state.LOG_FILE)}) …`);

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!state.isRunning(child.pid)) {
      state.clearState();
      throw new Error(`The dev server stopped while starting. Its log:\n${tail(state.LOG_FILE)}`);
    }
    if (await answers(`${state.URL}/taskpane.html`)) return record;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(
    `The dev server did not answer within ${START_TIMEOUT_MS / 1000} s (it is still running; npm stop ends it). Its log:\n${tail(state.LOG_FILE)}`,
  );
}

function certificateNote() {
  const line = tail(state.LOG_FILE, 400)
    .split('\n')
    .find((l) => l.startsWith('[ips-planner] HTTPS:'));
  return line ? line.replace('[ips-planner] ', '') : null;
}

function sideloadDesktop(record) {
  const cli = state.debuggingCli();
  if (!cli) {
    log('To sideload into Excel desktop automatically, install the optional tool once and run npm start again:');
    log('  npm install --no-save office-addin-debugging@7.0.0');
    log('Or sideload by hand: see "The add-in" in README.md.');
    return;
  }
  log('Sideloading into Excel desktop (office-addin-debugging) …');
  const result = spawnSync(
    process.execPath,
    [cli, 'start', state.MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', String(state.PORT), '--no-debug'],
    {
      cwd: state.ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status === 0) {
    state.writeState({ ...record, sideloaded: true });
    log('Excel opens with the add-in: Home tab → Plan IPS.');
  } else {
    log(
      `office-addin-debugging failed (exit ${result.status}). The server still runs; sideload by hand (README.md, "The add-in").`,
    );
  }
}

function explainWeb() {
  log('');
  log('Excel desktop is not available here: use Excel on the web.');
  log('  1. Open your browser at ' + `${state.URL}/taskpane.html` + ' once and accept the certificate warning');
  log('     (unless the developer certificate is trusted), so Excel can load the pane.');
  log('  2. Open a workbook on https://www.office.com (Excel on the web).');
  log('  3. Home → Add-ins (or Insert → Add-ins) → More add-ins → My Add-ins → Upload My Add-in,');
  log(`     and choose ${state.MANIFEST}`);
  log('  4. The "Plan IPS" button appears on the Home tab.');
  log('');
  log(`The task pane also runs on its own in a browser: ${state.URL}/taskpane.html`);
  log('(standalone: built-in or CSV figures, and the plan downloads as an .xlsx workbook).');
}

async function main() {
  const record = await startServer();
  log(`Serving ${state.URL}/taskpane.html and ${state.URL}/manifest.xml`);
  const note = certificateNote();
  if (note) log(note);
  if (process.platform === 'win32' || process.platform === 'darwin') sideloadDesktop(record);
  else explainWeb();
  log('');
  log(
    'npm stop ends the server' +
      (process.platform === 'win32' || process.platform === 'darwin' ? ' and removes the sideloaded add-in.' : '.'),
  );
}

main().catch((err) => {
  process.stderr.write(`npm start failed: ${err instanceof Error ? err.message : err}\n`);
  process.exit(1);
});
