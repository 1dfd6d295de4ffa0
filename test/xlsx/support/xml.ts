/**
 * Just enough XML for checking an .xlsx's parts: a tree of elements (each with the line it starts on),
 * Markup Compatibility's ignorable content taken out (ECMA-376 Part 3, as Excel does before it reads a
 * part), and the tree written back one element to a line, so xmllint's line numbers point at an element.
 * The parts come from our own writers; xmllint judges their well-formedness, this only reads them.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
}
export type XmlNode = XmlElement | string;

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_, hex: string, dec: string, named: string) =>
    named ? NAMED[named] : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );
}

/** The document's root element. Throws, with the line, on a tag that does not close as it opened. */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [{ name: '#document', attrs: {}, children: [], line: 1 }];
  let line = 1;
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(text))) {
    const [token, cdata, close, name, attrText, selfClose, chars, stray] = m;
    const top = stack[stack.length - 1];
    if (stray) throw new Error(`line ${line}: a "<" that starts no tag`);
    if (chars !== undefined || cdata !== undefined)
      top.children.push(chars !== undefined ? decodeEntities(chars) : cdata);
    else if (name && close) {
      if (top.name !== name) throw new Error(`line ${line}: </${name}> closes <${top.name}>`);
      stack.pop();
    } else if (name) {
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(ATTR)) attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
      const element: XmlElement = { name, attrs, children: [], line };
      top.children.push(element);
      if (!selfClose) stack.push(element);
    }
    for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  const root = stack[0].children.find((c): c is XmlElement => typeof c !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);
export const elements = (el: XmlElement) => el.children.filter((c): c is XmlElement => typeof c !== 'string');

/** The child elements of `el` called `name` (local name, any prefix). */
export const childrenNamed = (el: XmlElement, name: string) => elements(el).filter((c) => localName(c.name) === name);
export const childNamed = (el: XmlElement, name: string) => childrenNamed(el, name)[0] as XmlElement | undefined;

/** Every element under `el` (itself included) called `name`, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (localName(el.name) === name) out.push(el);
  for (const c of elements(el)) descendants(c, name, out);
  return out;
}

/** The text of an element and everything in it. */
export const textOf = (el: XmlElement): string =>
  el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The element as a consumer that understands no extension sees it (ECMA-376 Part 3): attributes and
 * elements in the namespaces listed in mc:Ignorable go, mc:Ignorable itself goes, and an
 * mc:AlternateContent is replaced by its mc:Fallback. A prefix used but not declared ignorable stays, so
 * the schema then refuses it, as Excel would.
 */
export function withoutIgnorable(el: XmlElement, scope = { mc: 'mc', ignorable: new Set<string>() }): XmlElement {
  for (const a in el.attrs) if (a.startsWith('xmlns:') && el.attrs[a] === MC) scope = { ...scope, mc: a.slice(6) };
  const listed = el.attrs[`${scope.mc}:Ignorable`];
  if (listed) scope = { ...scope, ignorable: new Set([...scope.ignorable, ...listed.split(/\s+/).filter(Boolean)]) };
  const { mc, ignorable } = scope;
  const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');
  const attrs: Record<string, string> = {};
  for (const a in el.attrs) if (a !== `${mc}:Ignorable` && !ignorable.has(prefixOf(a))) attrs[a] = el.attrs[a];
  const children: XmlNode[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') children.push(c);
    else if (c.name === `${mc}:AlternateContent`) {
      const fallback = childNamed(c, 'Fallback');
      if (fallback) children.push(...elements(fallback).map((f) => withoutIgnorable(f, scope)));
    } else if (!ignorable.has(prefixOf(c.name))) children.push(withoutIgnorable(c, scope));
  }
  return { ...el, attrs, children };
}

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"\n\r\t]/;
const escapeText = (s: string) =>
  TEXT_SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
const escapeAttr = (s: string) =>
  ATTR_SPECIAL.test(s)
    ? escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
    : s;

export function openingTag(el: XmlElement): string {
  let tag = `<${el.name}`;
  for (const a in el.attrs) tag += ` ${a}="${escapeAttr(el.attrs[a])}"`;
  return `${tag}>`;
}

/**
 * The element written back with each element that follows another element (or opens its parent) on a
 * line of its own: whitespace between elements means nothing to the schema, and text is left as it was.
 * Returns the text and, by line number (1-based; line 1 is the declaration), the element each line opens.
 */
export function writeOneElementPerLine(root: XmlElement): { text: string; lineElements: (XmlElement | undefined)[] } {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  const lineElements: (XmlElement | undefined)[] = [undefined, undefined, root];
  const write = (el: XmlElement, newLine: boolean) => {
    if (newLine) {
      out.push('\n');
      lineElements.push(el);
    }
    out.push(openingTag(el));
    let afterText = false;
    for (const c of el.children) {
      if (typeof c === 'string') {
        out.push(escapeText(c));
        afterText = true;
      } else {
        write(c, !afterText);
        afterText = false;
      }
    }
    out.push(`</${el.name}>`);
  };
  write(root, false);
  return { text: out.join(''), lineElements };
}
