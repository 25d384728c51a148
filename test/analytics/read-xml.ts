// A strict little XML reader for the GraphML test: elements, attributes and
// text, entities decoded; throws on anything malformed (unbalanced tags, a
// bare "&" or "<", duplicate attributes). Enough to check what we write.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (s.includes('<')) throw new Error(`bare "<" in ${JSON.stringify(s)}`);
  return s.replace(/&([^;]*);?/g, (m, name: string) => {
    const v = ENTITIES[name];
    if (v === undefined || !m.endsWith(';')) throw new Error(`bad entity ${m}`);
    return v;
  });
}

export function readXml(xml: string): XmlElement {
  let i = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    stack.at(-1)!.text += decode(text);
    if (lt === -1) break;
    const gt = body.indexOf('>', lt);
    if (gt === -1) throw new Error('unterminated tag');
    const tag = body.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (open === undefined || open.name !== tag.slice(1).trim()) throw new Error(`unbalanced </${tag.slice(1)}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const m = /^([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*\/?$/.exec(tag);
    if (m === null) throw new Error(`malformed tag <${tag}>`);
    const attributes: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      const name = a[1]!;
      if (name in attributes) throw new Error(`duplicate attribute ${name}`);
      attributes[name] = decode(a[2]!);
    }
    const el: XmlElement = { name: m[1]!, attributes, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('not a single root element');
  return root.children[0]!;
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => findAll(c, name))];
}
