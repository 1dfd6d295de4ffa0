'use strict';
/**
 * What `npm start` did, so `npm stop` can undo exactly that: the dev server's pid and whether the
 * add-in was sideloaded. Kept under node_modules/.cache (git-ignored, per checkout).
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const STATE_DIR = path.join(ROOT, 'node_modules', '.cache', 'ips-planner');
const STATE_FILE = path.join(STATE_DIR, 'dev-server.json');
const LOG_FILE = path.join(STATE_DIR, 'dev-server.log');
const PORT = 3000;
const URL = `https://localhost:${PORT}`;
const MANIFEST = path.join(ROOT, 'manifest.xml');

function readState() {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return null;
  }
}

function writeState(state) {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

function clearState() {
  fs.rmSync(STATE_FILE, { force: true });
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** office-addin-debugging's CLI, when the optional dependency installed (it does not on Linux). */
function debuggingCli() {
  try {
    const pkgPath = require.resolve('office-addin-debugging/package.json', { paths: [ROOT] });
    const pkg = require(pkgPath);
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin && Object.values(pkg.bin)[0];
    return bin ? path.join(path.dirname(pkgPath), bin) : null;
  } catch {
    return null;
  }
}

module.exports = {
  ROOT,
  STATE_FILE,
  LOG_FILE,
  PORT,
  URL,
  MANIFEST,
  readState,
  writeState,
  clearState,
  isRunning,
  debuggingCli,
};
