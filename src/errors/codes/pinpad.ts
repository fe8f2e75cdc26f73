// E-PINPAD: the serial PIN pad, its link (docs/protocols/pinpad.md) and its commands.
import { defineErrors } from '../entry.js';

export const pinpadErrors = defineErrors({
  'E-PINPAD-0001': {
    en: 'PIN pad is not answering',
    zh: '密码键盘无响应',
    fix: {
      en: 'Check the PIN pad cable and power; the terminal reconnects when it answers again.',
      zh: '请检查密码键盘的连接线和电源;恢复响应后终端会自动重新连接。',
    },
  },
  'E-PINPAD-0002': {
    en: 'PIN pad did not finish the command in time',
    zh: '密码键盘未能及时完成操作',
    fix: {
      en: 'Start the step again; if it keeps happening, restart the PIN pad.',
      zh: '请重新操作;如反复出现,请重启密码键盘。',
    },
  },
  'E-PINPAD-0003': {
    en: 'PIN pad port could not be opened',
    zh: '无法打开密码键盘端口',
    fix: {
      en: 'Check that the PIN pad is connected and that no other program holds its port.',
      zh: '请确认密码键盘已连接,且端口未被其他程序占用。',
    },
  },
  'E-PINPAD-0004': {
    en: 'PIN pad was disconnected during the operation',
    zh: '操作过程中密码键盘已断开',
    fix: {
      en: 'Reconnect the PIN pad and start the transaction again.',
      zh: '请重新连接密码键盘,然后重新开始交易。',
    },
  },
  'E-PINPAD-0005': {
    en: 'PIN pad refused the command',
    zh: '密码键盘拒绝执行该指令',
    fix: {
      en: 'Check the PIN pad model and firmware against the terminal configuration.',
      zh: '请核对密码键盘型号、固件与终端配置是否一致。',
    },
  },
  'E-PINPAD-0006': {
    en: 'PIN pad sent a malformed answer',
    zh: '密码键盘返回的数据格式错误',
    fix: {
      en: 'Restart the PIN pad; if it keeps happening, replace it.',
      zh: '请重启密码键盘;如反复出现,请更换设备。',
    },
  },
  'E-PINPAD-0007': {
    en: 'PIN pad has no key loaded for this slot',
    zh: '密码键盘该槽位未装载密钥',
    fix: {
      en: 'Load the PIN encryption key (remote key download or key injection), then try again.',
      zh: '请先装载 PIN 加密密钥(远程下载或密钥注入),然后重试。',
    },
  },
  'E-PINPAD-0008': {
    en: 'PIN pad refused the key',
    zh: '密码键盘拒绝装载该密钥',
    fix: {
      en: 'Check the key block, its protection key and the key check value, then load it again.',
      zh: '请核对密钥块、保护密钥和校验值,然后重新装载。',
    },
  },
  'E-PINPAD-0009': {
    en: 'PIN pad is busy with another operation',
    zh: '密码键盘正在执行其他操作',
    fix: {
      en: 'Wait for the current operation to end or cancel it, then try again.',
      zh: '请等待当前操作结束或取消后再试。',
    },
  },
  'E-PINPAD-0010': {
    en: 'Card could not be reached during PIN verification',
    zh: 'PIN 校验过程中无法与卡片通信',
    fix: {
      en: 'Keep the card inserted and start the transaction again.',
      zh: '请保持卡片插入,然后重新开始交易。',
    },
  },
  'E-PINPAD-0011': {
    en: 'PIN pad emulator key configuration is invalid',
    zh: '密码键盘模拟器的密钥配置无效',
    fix: {
      en: 'Check the key file given to the emulator: each slot needs an algorithm (tdes or aes), its initial key and KSN in hex of the right lengths.',
      zh: '请检查提供给模拟器的密钥文件:每个槽位需要算法(tdes 或 aes)以及长度正确的十六进制初始密钥和 KSN。',
    },
  },
  'E-PINPAD-0012': {
    en: 'PIN entry settings are not valid for the PIN pad',
    zh: '密码输入参数不适用于密码键盘',
    fix: {
      en: 'Check the field named in the error: amount up to 12 digits, a 3-digit currency code, key slot 0-255, PIN length within 4-12, a positive entry time.',
      zh: '请检查错误中指出的字段:金额最多 12 位,币种代码 3 位数字,密钥槽位 0-255,PIN 长度在 4-12 位之间,输入时限为正数。',
    },
  },
});
