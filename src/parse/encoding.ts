/**
 * Turning a file's bytes into text, and recognising text that is not a CSV file's. Excel saves
 * "CSV UTF-8" (with a byte order mark), "CSV" in the Windows code page (1252 in Western Europe), and
 * "Unicode Text" as UTF-16 with tabs.
 */

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a byte order mark: most of the first characters have a zero high byte. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

/**
 * A CSV file's text from its bytes: UTF-8 (with or without a byte order mark), UTF-16 either way round
 * (with a byte order mark, or recognisably so), and otherwise Windows-1252, which is what Excel's plain
 * "CSV" format writes on a Western European Windows. Whatever else is wrong with the text (a workbook
 * saved under a .csv name, stray NUL characters) is for readAreasCsv to say.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (hasPrefix(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (hasPrefix(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Why some text cannot be a CSV file's, or null. Text read as UTF-8 from a UTF-16 file (a browser's
 * File.text() does that) is full of NUL characters; an .xlsx workbook is a zip file, starting "PK".
 */
export function textProblem(text: string): string | null {
  if (text.startsWith('PK\u0003\u0004')) {
    return 'this is an Excel workbook (or another zip file), not a CSV file: in Excel, save it as "CSV UTF-8 (Comma delimited)"';
  }
  const nuls = text.slice(0, 1000).split('\u0000').length - 1;
  if (nuls === 0) return null;
  if (nuls * 3 >= Math.min(text.length, 1000)) {
    return 'this file is UTF-16 text (Excel calls it "Unicode Text") but was read as UTF-8: in Excel, save it as "CSV UTF-8 (Comma delimited)"';
  }
  return 'this file holds NUL characters, so it is not a text file: in Excel, save it as "CSV UTF-8 (Comma delimited)"';
}
