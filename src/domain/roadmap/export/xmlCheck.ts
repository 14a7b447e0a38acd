// A strict little XML well-formedness checker for tests (Node has no DOMParser):
// balanced tags, quoted attributes, no raw '<' or stray '&' in text or values.
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function checkText(text: string, where: string) {
  if (text.replace(ENTITY, '').includes('&')) throw new Error(`stray & in ${where}: ${text.slice(0, 80)}`);
  if (text.includes('<')) throw new Error(`raw < in ${where}`);
}

/** Throws with a reason when `xml` is not well-formed; returns the element names in document order. */
export function checkWellFormedXml(xml: string): string[] {
  const names: string[] = [];
  const stack: string[] = [];
  let i = 0;
  let rootClosed = false;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt === -1 ? xml.slice(i) : xml.slice(i, lt);
    checkText(text, 'text');
    if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      i = xml.indexOf('?>', lt) + 2;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt) + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error('unterminated tag');
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
      if (stack.length === 0) rootClosed = true;
    } else {
      if (rootClosed) throw new Error('second root element');
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const match = /^([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"]*")*)\s*$/.exec(body);
      if (!match) throw new Error(`malformed tag <${tag.slice(0, 80)}>`);
      for (const attr of match[2]!.matchAll(/="([^"]*)"/g)) checkText(attr[1]!, `attribute of <${match[1]}>`);
      const attrNames = [...match[2]!.matchAll(/([A-Za-z_][\w:.-]*)="/g)].map((m) => m[1]);
      if (new Set(attrNames).size !== attrNames.length) throw new Error(`duplicate attribute in <${match[1]}>`);
      names.push(match[1]!);
      if (!selfClosing) stack.push(match[1]!);
      else if (stack.length === 0) rootClosed = true;
    }
    i = gt + 1;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]}>`);
  return names;
}
