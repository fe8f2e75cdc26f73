// E-UI: the operator's screens — the kiosk display's server, its voice prompts, and the screen
// driver the transaction engine calls.
import { defineErrors } from '../entry.js';

export const uiErrors = defineErrors({
  'E-UI-0001': {
    en: 'The operator display could not start listening',
    zh: '操作员屏幕服务无法启动监听',
    fix: {
      en: 'Another program holds the display port: stop it, or give the display another port in the configuration.',
      zh: '显示端口已被其他程序占用:请关闭该程序,或在配置中为屏幕指定其他端口。',
    },
  },
  'E-UI-0002': {
    en: 'Voice prompts are off: espeak-ng is not installed or does not start',
    zh: '语音提示已关闭:未安装 espeak-ng 或无法启动',
    fix: {
      en: 'The terminal works without voice. To have voice prompts, install espeak-ng (apt-get install espeak-ng) and restart.',
      zh: '终端无语音也可正常使用。如需语音提示,请安装 espeak-ng(apt-get install espeak-ng)后重启。',
    },
  },
  'E-UI-0003': {
    en: 'A screen asked for input while another screen was still waiting for it',
    zh: '上一个屏幕仍在等待输入时,又有屏幕请求输入',
    fix: {
      en: 'This is a fault in the terminal software: note the time and report it to support; restart the transaction.',
      zh: '这是终端软件故障:请记下时间并报告技术支持;然后重新开始交易。',
    },
  },
  'E-UI-0004': {
    en: 'The kiosk page sent a message the terminal does not understand',
    zh: '屏幕页面发送了终端无法识别的消息',
    fix: {
      en: 'Reload the page on the kiosk screen; if it happens again, the page and the terminal software differ in version: update the terminal.',
      zh: '请在屏幕上重新加载页面;若再次出现,说明页面与终端软件版本不一致,请升级终端。',
    },
  },
});
