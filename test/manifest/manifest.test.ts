/** @jest-environment jsdom */
/**
 * Checks manifest.xml offline, the way Office would reject it: parsed by a real XML parser
 * (jsdom's DOMParser), then the rules an Excel add-in must follow. Also checks the production URL
 * substitution that `npm run build` applies to dist/manifest.xml.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEV_URL, normaliseAddinUrl, substituteAddinUrl } from '../../scripts/manifest-url';

const ROOT = path.resolve(__dirname, '../..');
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

const all = (doc: Document | Element, name: string) => Array.from(doc.getElementsByTagNameNS('*', name));
const one = (doc: Document | Element, name: string) => {
  const found = all(doc, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const text = (doc: Document | Element, name: string) => one(doc, name).textContent?.trim() ?? '';
/** The direct child of that name (the base manifest and VersionOverrides reuse names like Hosts). */
const child = (el: Element, name: string) => {
  const found = Array.from(el.children).filter((c) => c.localName === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${el.localName}>, found ${found.length}`);
  return found[0];
};

/** Every URL in attributes or text. */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName('*'))) {
    for (const attr of Array.from(el.attributes)) if (/^\w+:\/\//.test(attr.value)) found.push(attr.value);
    for (const child of Array.from(el.childNodes))
      if (child.nodeType === 3 && /^\s*\w+:\/\//.test(child.nodeValue ?? '')) found.push(child.nodeValue!.trim());
  }
  return found;
}

function checkManifest(xml: string) {
  const doc = parse(xml);
  const root = doc.documentElement;
  expect(root.localName).toBe('OfficeApp');
  expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
  expect(text(root, 'Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(text(root, 'Version')).toMatch(/^\d+(\.\d+){1,3}$/);

  const hosts = Array.from(child(root, 'Hosts').children);
  expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
  expect(child(root, 'Permissions').textContent).toBe('ReadWriteDocument');
  expect(child(child(root, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue')).toMatch(
    /\/taskpane\.html$/,
  );
  const overrideHosts = all(child(child(root, 'VersionOverrides'), 'Hosts'), 'Host').map((h) =>
    h.getAttributeNS(XSI, 'type'),
  );
  expect(overrideHosts).toEqual(['Workbook']);

  const requirements = child(root, 'Requirements');
  const sets = all(requirements, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
  expect(sets).toEqual([['ExcelApi', '1.7']]);

  // The ribbon: a button on the Home tab that shows the task pane.
  const home = all(root, 'OfficeTab').find((t) => t.getAttribute('id') === 'TabHome');
  expect(home).toBeDefined();
  const button = all(home!, 'Control').find((c) => c.getAttributeNS(XSI, 'type') === 'Button');
  expect(all(button!, 'Action')[0].getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');

  // Every resid points at a resource of a fitting kind; every resource is used.
  const resources = new Map<string, string>();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const el of Array.from(doc.getElementsByTagNameNS(BT, kind)[0]?.children ?? [])) {
      const id = el.getAttribute('id')!;
      expect(resources.has(id)).toBe(false);
      expect(id.length).toBeLessThanOrEqual(32); // Office's limit on resource ids
      resources.set(id, kind);
    }
  }
  const referenced = Array.from(doc.getElementsByTagName('*')).filter((el) => el.hasAttribute('resid'));
  expect(referenced.length).toBeGreaterThan(0);
  for (const el of referenced) {
    const resid = el.getAttribute('resid')!;
    expect({ resid, defined: resources.has(resid) }).toEqual({ resid, defined: true });
    const expectedKind =
      el.localName === 'Image'
        ? 'Images'
        : ['SourceLocation', 'LearnMoreUrl'].includes(el.localName)
          ? 'Urls'
          : el.localName === 'Description'
            ? 'LongStrings'
            : 'ShortStrings';
    expect({ resid, kind: resources.get(resid) }).toEqual({ resid, kind: expectedKind });
  }
  const used = new Set(referenced.map((el) => el.getAttribute('resid')));
  expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);

  // Icons in the sizes Office asks for.
  const imageSizes = all(button!, 'Image').map((i) => i.getAttribute('size'));
  expect(imageSizes).toEqual(['16', '32', '80']);

  const found = urls(doc).filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org/'));
  expect(found.length).toBeGreaterThan(5);
  for (const u of found) expect(u).toMatch(/^https:\/\//);
  expect(new Set(found.map((u) => new URL(u).host)).size).toBe(1);
  return { doc, urls: found };
}

describe('manifest.xml', () => {
  it('is a valid Excel task pane manifest served from the dev server', () => {
    const { urls: found } = checkManifest(source);
    for (const u of found) expect(u.startsWith(`${DEV_URL}/`)).toBe(true);
  });

  it('points at icons that exist as PNGs of their size', () => {
    const { urls: found } = checkManifest(source);
    const icons = found.filter((u) => u.endsWith('.png'));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const u of icons) {
      const file = path.join(ROOT, new URL(u).pathname);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(u)![1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, `assets/icon-${size}.png`))).toBe(true);
  });

  it('points at pages the build produces', () => {
    const { urls: found } = checkManifest(source);
    const pages = new Set(found.filter((u) => u.endsWith('.html')).map((u) => new URL(u).pathname));
    expect([...pages].sort()).toEqual(['/support.html', '/taskpane.html']);
    expect(fs.existsSync(path.join(ROOT, 'src/taskpane/taskpane.html'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'src/taskpane/support.html'))).toBe(true);
  });
});

describe('production URL (ADDIN_URL)', () => {
  it('rewrites every URL and keeps the manifest valid', () => {
    const built = substituteAddinUrl(source, 'https://example.org/ips/');
    const { urls: found } = checkManifest(built);
    expect(found).toContain('https://example.org/ips/taskpane.html');
    for (const u of found) expect(u.startsWith('https://example.org/ips/')).toBe(true);
    expect(built).not.toContain(`${DEV_URL}/`);
  });

  it('works at a site root too', () => {
    const { urls: found } = checkManifest(substituteAddinUrl(source, 'https://addins.example.org'));
    expect(found).toContain('https://addins.example.org/assets/icon-32.png');
  });

  it('refuses URLs Office would not load', () => {
    expect(() => normaliseAddinUrl('http://example.org')).toThrow(/https/);
    expect(() => normaliseAddinUrl('example.org')).toThrow(/not a URL/);
    expect(() => normaliseAddinUrl('https://example.org/?a=1')).toThrow(/query/);
    expect(normaliseAddinUrl('https://Example.org/ips//')).toBe('https://example.org/ips');
  });

  it('escapes characters that would break the XML', () => {
    const built = substituteAddinUrl(source, 'https://example.org/a&b');
    expect(() => parse(built)).not.toThrow();
    expect(parse(built).getElementsByTagName('SourceLocation')[0].getAttribute('DefaultValue')).toBe(
      'https://example.org/a&b/taskpane.html',
    );
  });

  it('is what the built dist/manifest.xml holds, when a build has run with ADDIN_URL', () => {
    const dist = path.join(ROOT, 'dist/manifest.xml');
    if (!fs.existsSync(dist)) return; // the build is checked by `npm run build`; this test stays offline and fast
    const built = fs.readFileSync(dist, 'utf8');
    checkManifest(built);
  });
});
