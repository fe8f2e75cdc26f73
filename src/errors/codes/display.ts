// E-DISPLAY: the customer-facing pole display over serial (Epson DM-D command set).
import { defineErrors } from '../entry.js';

export const displayErrors = defineErrors({
  'E-DISPLAY-0001': {
    en: 'Customer display port could not be opened',
    zh: '无法打开客显端口',
    fix: {
      en: 'Check that the customer display is connected and that no other program holds its port.',
      zh: '请确认客显已连接,且端口未被其他程序占用。',
    },
  },
  'E-DISPLAY-0002': {
    en: 'Customer display was disconnected',
    zh: '客显已断开连接',
    fix: {
      en: 'Reconnect the customer display cable; the terminal finds it again by itself.',
      zh: '请重新连接客显线缆;终端会自动重新识别。',
    },
  },
  'E-DISPLAY-0003': {
    en: 'Text has characters the customer display cannot show',
    zh: '文字中含有客显无法显示的字符',
    fix: {
      en: 'This display shows ASCII only (no Chinese): show the English text on it.',
      zh: '该客显只能显示 ASCII 字符(不能显示中文):请在客显上使用英文文字。',
    },
  },
  'E-DISPLAY-0004': {
    en: 'Text does not fit the customer display',
    zh: '文字超出客显的显示范围',
    fix: {
      en: 'Shorten the text to the display size (2 lines of 20 characters).',
      zh: '请将文字缩短到客显尺寸以内(2 行,每行 20 个字符)。',
    },
  },
  'E-DISPLAY-0005': {
    en: 'The customer display cannot show this kind of screen',
    zh: '客显无法显示此类画面',
    fix: {
      en: 'A character display shows text only: send a QR code or picture to a graphic display.',
      zh: '字符型客显只能显示文字:二维码或图片请发送到图形显示屏。',
    },
  },
});
