/**
 * Request size. Excel on the web rejects a request whose payload exceeds 5 MB ("Resource limits and
 * performance optimization for Office Add-ins": RequestPayloadSizeLimitExceeded). We keep each request
 * under 4 MB, which leaves room for what our estimate does not see (object paths, action envelopes).
 */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** What one queued action costs besides its argument: object path and action JSON. Deliberately generous. */
export const ACTION_OVERHEAD_BYTES = 200;

/** Bytes of `value` once serialised as JSON in UTF-8 (non-ASCII counted as up to 3 bytes). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let extra = 0;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) extra += 2;
  return json.length + extra;
}
