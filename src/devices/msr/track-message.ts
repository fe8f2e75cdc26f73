// One swipe message from the reader (src/wire/msr/tracks.ts) → a TrackRead per track. A track
// whose characters are outside its set (what a parity failure the reader missed looks like in
// ASCII) or that the reader marked "E" is E-MSR-0005; a wrong LRC is E-MSR-0004. A message that
// cannot be cut into tracks at all (a start sentinel that is none, no end sentinel, no LRC, a
// track twice) is E-MSR-0003 for the whole swipe. Errors name the track and offset only.
import { PosError } from '../../errors/index.js';
import { Sealed, type TrackRead } from '../../kernel/index.js';
import { characterCode, lrcCharacter, READ_ERROR, TRACK1, TRACK2, type TrackFormat } from '../../wire/msr/tracks.js';

export interface SwipeTracks {
  readonly track1: TrackRead;
  readonly track2: TrackRead;
}

const BLANK: TrackRead = { kind: 'blank' };

export function swipeTracks(message: Uint8Array): SwipeTracks {
  const text = String.fromCharCode(...message);
  const found: { 1?: TrackRead; 2?: TrackRead } = {};
  let at = 0;
  while (at < text.length) {
    const format = text[at] === TRACK1.start ? TRACK1 : text[at] === TRACK2.start ? TRACK2 : null;
    if (!format || found[format.track]) throw new PosError('E-MSR-0003', { offset: at, reason: format ? 'track repeated' : 'start sentinel' });
    const { read, next } = oneTrack(format, text, at);
    found[format.track] = read;
    at = next;
  }
  return { track1: found[1] ?? BLANK, track2: found[2] ?? BLANK };
}

function oneTrack(format: TrackFormat, text: string, start: number): { read: TrackRead; next: number } {
  const end = text.indexOf(format.end, start + 1);
  if (end < 0) throw new PosError('E-MSR-0003', { track: format.track, offset: start, reason: 'end sentinel' });
  const content = text.slice(start + 1, end);
  if (content === READ_ERROR) return { read: { kind: 'error', code: 'E-MSR-0005' }, next: end + 1 };
  // Sentinels, content and LRC together may not pass the track's capacity.
  if (end - start + 2 > format.maxChars) throw new PosError('E-MSR-0003', { track: format.track, offset: start, reason: 'too long' });
  const lrc = text[end + 1];
  if (lrc === undefined) throw new PosError('E-MSR-0003', { track: format.track, offset: end + 1, reason: 'LRC missing' });
  const next = end + 2;
  for (const char of content) {
    if (characterCode(format, char) === null || char === format.start || char === format.end) return { read: { kind: 'error', code: 'E-MSR-0005' }, next };
  }
  if (lrcCharacter(format, text.slice(start, end + 1)) !== lrc) return { read: { kind: 'error', code: 'E-MSR-0004' }, next };
  return { read: { kind: 'read', data: new Sealed(content) }, next };
}
