'use strict';
/**
 * The manifest in the repository serves everything from the dev server. For deployment,
 * `ADDIN_URL=https://example.org/ips npm run build` rewrites every URL in dist/manifest.xml.
 * Office only loads add-ins over HTTPS, so anything else is refused here rather than in Excel.
 */
const DEV_URL = 'https://localhost:3000';

/** The production base URL without a trailing slash; throws on anything Office would reject. */
function normaliseAddinUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL "${url}" is not a URL (expected e.g. https://example.org/ips)`);
  }
  if (parsed.protocol !== 'https:')
    throw new Error(`ADDIN_URL "${url}" must start with https:// (Office loads add-ins over HTTPS only)`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_URL "${url}" must not have a query or a #fragment`);
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

/** The manifest with every dev-server URL replaced by the production base URL. */
function substituteAddinUrl(xml, url) {
  // Escaped for XML: a path may legally hold characters such as "&".
  const base = normaliseAddinUrl(url).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return xml.split(`${DEV_URL}/`).join(`${base}/`).split(`"${DEV_URL}"`).join(`"${base}"`);
}

module.exports = { DEV_URL, normaliseAddinUrl, substituteAddinUrl };
