'use strict';
/**
 * HTTPS for the dev server. Office only loads add-ins over HTTPS, and Excel desktop only trusts a
 * certificate whose CA is installed: office-addin-dev-certs makes and installs one (Windows, macOS).
 * On Linux installing needs sudo into the system store, which a build must not do behind the user's
 * back, so there the certificates are only generated (no sudo) and the user is told how to trust
 * them. When even that fails, webpack-dev-server's own self-signed certificate is used.
 * IPS_SELF_SIGNED=1 forces that last choice.
 */
const fs = require('fs');

const SELF_SIGNED_NOTE =
  "using webpack-dev-server's self-signed certificate: your browser will warn once; accept it at https://localhost:3000";

function readCerts(paths) {
  return {
    ca: fs.readFileSync(paths.caCertificatePath),
    cert: fs.readFileSync(paths.localhostCertificatePath),
    key: fs.readFileSync(paths.localhostKeyPath),
  };
}

/** True when the localhost certificate exists and is valid for at least another day. */
function usable(paths) {
  try {
    const { X509Certificate } = require('crypto');
    const cert = new X509Certificate(fs.readFileSync(paths.localhostCertificatePath));
    return (
      fs.existsSync(paths.localhostKeyPath) &&
      fs.existsSync(paths.caCertificatePath) &&
      Date.parse(cert.validTo) > Date.now() + 86_400_000
    );
  } catch {
    return false;
  }
}

/** `{ server, note }` for webpack-dev-server's `server` option. Never throws. */
async function devServerHttps() {
  if (process.env.IPS_SELF_SIGNED === '1') return { server: { type: 'https' }, note: SELF_SIGNED_NOTE };
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    return { server: { type: 'https' }, note: `office-addin-dev-certs is not installed; ${SELF_SIGNED_NOTE}` };
  }
  const paths = require('office-addin-dev-certs/lib/defaults');
  try {
    if (process.platform === 'win32' || process.platform === 'darwin') {
      // Generates and installs the CA in the user's store (Windows may show a confirmation dialog).
      const options = await devCerts.getHttpsServerOptions();
      return {
        server: { type: 'https', options },
        note: `using the Office Add-in developer certificate (${paths.certificateDirectory})`,
      };
    }
    if (!usable(paths)) {
      if (fs.existsSync(paths.caCertificatePath)) {
        return {
          server: { type: 'https' },
          note: `the developer certificates in ${paths.certificateDirectory} are incomplete or expired (run: npx office-addin-dev-certs uninstall); ${SELF_SIGNED_NOTE}`,
        };
      }
      await devCerts.generateCertificates();
    }
    return {
      server: { type: 'https', options: readCerts(paths) },
      note:
        `using the Office Add-in developer certificate from ${paths.certificateDirectory} (not installed: that needs sudo). ` +
        `Your browser will warn once; accept it, or trust ${paths.caCertificatePath} (npx office-addin-dev-certs install asks for sudo).`,
    };
  } catch (err) {
    return {
      server: { type: 'https' },
      note: `developer certificates unavailable (${err instanceof Error ? err.message.split('\n')[0] : err}); ${SELF_SIGNED_NOTE}`,
    };
  }
}

module.exports = { devServerHttps };
