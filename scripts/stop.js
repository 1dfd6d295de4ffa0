#!/usr/bin/env node
'use strict';
/**
 * npm stop: undoes npm start. Removes the sideloaded add-in (when start sideloaded it) and ends
 * the dev server recorded in the pid file — that process group only, never anything by name.
 */
const { spawnSync } = require('child_process');
const state = require('./dev-state');

function log(line) {
  process.stdout.write(`${line}\n`);
}

function unsideload() {
  const cli = state.debuggingCli();
  if (!cli) {
    log('office-addin-debugging is not installed: nothing to unregister.');
    return;
  }
  log('Removing the sideloaded add-in (office-addin-debugging stop) …');
  spawnSync(process.execPath, [cli, 'stop', state.MANIFEST, 'desktop'], { cwd: state.ROOT, stdio: 'inherit' });
}

async function stopServer(pid) {
  if (!state.isRunning(pid)) {
    log(`The dev server (pid ${pid}) had already stopped.`);
    return;
  }
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
  } else {
    // start.js made it a process-group leader: -pid ends webpack and anything it spawned.
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      process.kill(pid, 'SIGTERM');
    }
    for (let i = 0; i < 50 && state.isRunning(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (state.isRunning(pid)) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        process.kill(pid, 'SIGKILL');
      }
    }
  }
  log(`Stopped the dev server (pid ${pid}).`);
}

async function main() {
  const record = state.readState();
  if (!record) {
    log('Nothing to stop: npm start has not started a dev server from this checkout.');
    return;
  }
  if (record.sideloaded) unsideload();
  await stopServer(record.pid);
  state.clearState();
}

main().catch((err) => {
  process.stderr.write(`npm stop failed: ${err instanceof Error ? err.message : err}\n`);
  process.exit(1);
});
