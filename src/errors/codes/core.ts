// E-CORE: configuration and the command line.
import { defineErrors } from '../entry.js';

export const coreErrors = defineErrors({
  'E-CORE-0001': {
    en: 'Invalid command-line arguments',
    zh: '命令行参数无效',
    fix: { en: 'Run the command with --help to see its usage.', zh: '请使用 --help 查看用法。' },
  },
  'E-CORE-0002': {
    en: 'Invalid hexadecimal input',
    zh: '十六进制输入无效',
    fix: { en: 'Give an even number of hex digits (0-9, A-F).', zh: '请输入偶数个十六进制字符(0-9、A-F)。' },
  },
  'E-CORE-0003': {
    en: 'Invalid configuration',
    zh: '配置无效',
    fix: { en: 'Check the configuration file named in the error.', zh: '请检查错误中指出的配置文件。' },
  },
});
