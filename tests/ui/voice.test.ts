// Voice prompts with the real espeak-ng (scripts/setup installs it): a prompt in Mandarin
// (voice cmn) and one in English come out as WAV audio; without the program the display stays
// silent and says so once (E-UI-0002), never throwing.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPosError, type PosError } from '../../src/errors/index.js';
import { espeakVoice, ESPEAK_VOICE } from '../../src/ui/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function wavDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'posrt-voice-'));
  dirs.push(d);
  return d;
}

describe('voice prompts', () => {
  it('speaks zh-CN with espeak-ng\'s Mandarin voice and en with its English one', async () => {
    expect(ESPEAK_VOICE).toEqual({ en: 'en', 'zh-CN': 'cmn' });
    const dir = wavDir();
    const problems: PosError[] = [];
    const voice = espeakVoice({ wavDir: dir, onUnavailable: (e) => void problems.push(e) });
    expect(await voice.ready).toBe(true);
    voice.say('请在密码键盘上输入密码', 'zh-CN');
    await voice.idle();
    voice.say('-v Please enter the amount', 'en');
    await voice.idle();
    expect(readdirSync(dir).sort()).toEqual(['prompt-1.wav', 'prompt-2.wav']);
    for (const f of ['prompt-1.wav', 'prompt-2.wav']) {
      const wav = readFileSync(join(dir, f));
      expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(wav.subarray(8, 12).toString('latin1')).toBe('WAVE');
      // About a second of 22 kHz 16-bit audio at least, not an empty header.
      expect(wav.length).toBeGreaterThan(20_000);
    }
    expect(problems).toEqual([]);
  });

  it('drops a prompt a newer one replaced before it began', async () => {
    const dir = wavDir();
    const voice = espeakVoice({ wavDir: dir, onUnavailable: () => {} });
    voice.say('请稍候', 'zh-CN');
    voice.say('交易成功', 'zh-CN');
    await voice.idle();
    expect(readdirSync(dir)).toEqual(['prompt-2.wav']);
  });

  it('stops a prompt a newer screen cut short without calling voice unavailable', async () => {
    const problems: PosError[] = [];
    const voice = espeakVoice({ wavDir: wavDir(), onUnavailable: (e) => void problems.push(e) });
    expect(await voice.ready).toBe(true);
    voice.say('请在密码键盘上输入密码。'.repeat(400), 'zh-CN');
    await new Promise((resolve) => setImmediate(resolve));
    voice.stop();
    await voice.idle();
    expect(problems).toEqual([]);
  });

  it('stays silent without espeak-ng and reports it once as E-UI-0002', async () => {
    const problems: PosError[] = [];
    const voice = espeakVoice({ command: '/nonexistent/espeak-ng', onUnavailable: (e) => void problems.push(e) });
    voice.say('请输入金额', 'zh-CN');
    voice.say('Remove card', 'en');
    expect(await voice.ready).toBe(false);
    await voice.idle();
    expect(problems).toHaveLength(1);
    expect(isPosError(problems[0], 'E-UI-0002')).toBe(true);
    expect(problems[0]!.context).toEqual({ command: '/nonexistent/espeak-ng', reason: 'not found' });
  });
});
