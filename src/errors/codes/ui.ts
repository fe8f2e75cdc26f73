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
  'E-UI-0005': {
    en: 'The date typed is not a date',
    zh: '输入的日期无效',
    fix: {
      en: 'Type the year, month and day as 8 digits, e.g. 20261201 for 1 December 2026.',
      zh: '请按年月日输入 8 位数字,例如 2026 年 12 月 1 日输入 20261201。',
    },
  },
  'E-UI-0006': {
    en: 'There is no receipt to reprint yet',
    zh: '暂无可重打的签购单',
    fix: {
      en: 'A receipt can be reprinted once a transaction has been approved on this terminal; find older ones under Transactions.',
      zh: '本终端有交易成功后才能重打签购单;更早的交易请在"交易查询"中查找。',
    },
  },
  'E-UI-0007': {
    en: 'No printer is attached to print this',
    zh: '未连接打印机,无法打印',
    fix: {
      en: 'Connect the printer (the idle screen shows its state) and print again; nothing is lost, the journal keeps the transactions and totals.',
      zh: '请连接打印机(待机界面显示其状态)后重新打印;交易和统计已保存在流水中,不会丢失。',
    },
  },
});
