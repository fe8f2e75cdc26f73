// The error screen: the code, what went wrong and what to do, from the error catalogue in both
// languages. A code alone tells a cashier nothing (the seeds' "fault code 5606"); the code is
// still shown large, because it is what support asks for on the phone.
import { catalogue, type ErrorCode } from '../../errors/index.js';
import type { Screen } from '../screen.js';
import { both } from '../text.js';
import { OK_BUTTON } from './buttons.js';

export function errorScreen(code: ErrorCode): Screen<{ readonly kind: 'choice' }> {
  const entry = catalogue[code];
  return {
    id: 'error',
    messageId: null,
    title: both((s) => s.error.title),
    lines: [
      { text: both((s) => s.error.code(code)), style: 'code' },
      { text: { en: entry.en, 'zh-CN': entry.zh }, style: 'body' },
      { text: { en: entry.fix.en, 'zh-CN': entry.fix.zh }, style: 'hint' },
    ],
    entry: { kind: 'choice' },
    buttons: [OK_BUTTON],
    tone: 'error',
    voice: { en: entry.en, 'zh-CN': entry.zh },
  };
}
