/** Ends like a sentence ([.!?…] then closing quotes or brackets): read from the end, not searched for (a pattern anchored at the end is tried at every full stop). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && ENDERS.includes(text[i]!);
}
const CLOSERS = `"'”’)]`;
const ENDERS = '.!?…';
