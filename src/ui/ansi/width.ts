// Terminal columns a string takes: East Asian wide and fullwidth characters (UAX #11 W and F:
// CJK ideographs, kana, Hangul, CJK punctuation, fullwidth forms) take two, combining marks
// none, the rest one. Enough for zh-CN and en screens; not a full UAX #11 table.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0;
  for (const [from, to] of WIDE) if (codePoint >= from && codePoint <= to) return 2;
  return 1;
}

export function displayWidth(text: string): number {
  let n = 0;
  for (const c of text) n += charWidth(c.codePointAt(0)!);
  return n;
}

/** Breaks text into lines of at most `columns` columns: at spaces where it can, anywhere in a
 *  run of Chinese (which has no spaces), and mid-word only when a word is longer than a line. */
export function wrap(text: string, columns: number): string[] {
  const out: string[] = [];
  let line = '';
  let width = 0;
  for (const word of text.split(/(?<= )/)) {
    const w = displayWidth(word);
    if (width + displayWidth(word.trimEnd()) <= columns) {
      line += word;
      width += w;
      continue;
    }
    if (line !== '') out.push(line.trimEnd());
    line = '';
    width = 0;
    for (const c of word) {
      const cw = charWidth(c.codePointAt(0)!);
      if (width + cw > columns && c !== ' ') {
        out.push(line.trimEnd());
        line = '';
        width = 0;
      }
      line += c;
      width += cw;
    }
  }
  if (line.trimEnd() !== '' || out.length === 0) out.push(line.trimEnd());
  return out;
}
