// E-ESCPOS: the virtual printer's ESC/POS parser and its transports (src/emulators/printer).
// Context names command bytes, offsets and lengths, never the text being printed.
import { defineErrors } from '../entry.js';

const fixSender = {
  en: 'Fix the program that sent the bytes; the error names the command and its offset in the stream.',
  zh: '请修正发送数据的程序;错误中注明了指令及其在数据流中的位置。',
};

export const escposErrors = defineErrors({
  'E-ESCPOS-0001': { en: 'Unknown ESC/POS command', zh: '未知的 ESC/POS 指令', fix: fixSender },
  'E-ESCPOS-0002': { en: 'ESC/POS command parameter out of range', zh: 'ESC/POS 指令参数超出范围', fix: fixSender },
  'E-ESCPOS-0003': { en: 'Invalid GB18030 character in Chinese (Kanji) mode', zh: '汉字模式下的 GB18030 字符无效', fix: fixSender },
  'E-ESCPOS-0004': { en: 'The stream ended inside an ESC/POS command', zh: '数据流在 ESC/POS 指令中间结束', fix: fixSender },
  'E-ESCPOS-0005': {
    en: 'Virtual printer could not start',
    zh: '虚拟打印机无法启动',
    fix: { en: 'Pick a free TCP port (or 0 for any) or an existing pty path, and check that the CJK font is installed (scripts/setup).', zh: '请选择空闲的 TCP 端口(或 0 表示任意端口)或已存在的 pty 路径,并确认已安装中文字体(scripts/setup)。' },
  },
});
