/**
 * Where the value of a top-level field sits in the text of one JSON object, so that a new value can be
 * spliced in and every other byte of the record stays as it was (number spelling, key order, escapes).
 * The record must already be known to be valid JSON. With duplicate keys the last wins, as in JSON.parse.
 */
export function fieldSpan(json: string, field: string): { start: number; end: number } | null {
  let i = skipSpace(json, 0);
  if (json[i] !== '{') return null;
  i++;
  let found: { start: number; end: number } | null = null;
  for (;;) {
    i = skipSpace(json, i);
    if (json[i] === '}' || i >= json.length) return found;
    const keyEnd = skipString(json, i);
    const key = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, keyEnd) + 1; // the colon
    const start = skipSpace(json, i);
    const end = skipValue(json, start);
    if (key === field) found = { start, end };
    i = skipSpace(json, end);
    if (json[i] === ',') i++;
  }
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  return i;
}

/** From an opening quote to just past the closing one. */
function skipString(s: string, i: number): number {
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5c) k++;
    else if (c === 0x22) return k + 1;
  }
  return s.length;
}

function skipValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return skipString(s, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let k = i; k < s.length; k++) {
      const d = s[k];
      if (d === '"') k = skipString(s, k) - 1;
      else if (d === '{' || d === '[') depth++;
      else if ((d === '}' || d === ']') && --depth === 0) return k + 1;
    }
    return s.length;
  }
  let k = i;
  while (k < s.length && s[k] !== ',' && s[k] !== '}' && s[k] !== ' ' && s[k] !== '\t' && s[k] !== '\n' && s[k] !== '\r') k++;
  return k;
}
