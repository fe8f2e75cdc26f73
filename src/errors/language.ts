// The language for messages a person reads: POS_LANG wins, then the locale (zh_* -> zh-CN).
import type { Language } from './pos-error.js';

export function languageFromEnv(env: NodeJS.ProcessEnv = process.env): Language {
  const tag = env.POS_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(tag) ? 'zh-CN' : 'en';
}
