// E-SCAN: barcode / QR scanners (serial with a CR/LF terminator, keyboard wedge).
import { defineErrors } from '../entry.js';

export const scannerErrors = defineErrors({
  'E-SCAN-0001': {
    en: 'Scanner port could not be opened',
    zh: '无法打开扫码器端口',
    fix: {
      en: 'Check that the scanner is connected and that no other program holds its port.',
      zh: '请确认扫码器已连接,且端口未被其他程序占用。',
    },
  },
  'E-SCAN-0002': {
    en: 'Scanner was disconnected',
    zh: '扫码器已断开连接',
    fix: {
      en: 'Reconnect the scanner cable; the terminal finds it again by itself.',
      zh: '请重新连接扫码器线缆;终端会自动重新识别。',
    },
  },
  'E-SCAN-0003': {
    en: 'Scanner sent unreadable data',
    zh: '扫码器发送了无法识别的数据',
    fix: {
      en: 'Scan the code again; if it keeps happening, check the scanner\'s baud rate and that it ends each code with CR or LF.',
      zh: '请重新扫码;如反复出现,请检查扫码器的波特率设置,以及每个码是否以 CR 或 LF 结尾。',
    },
  },
  'E-SCAN-0004': {
    en: 'Scanned code is longer than a payment code can be',
    zh: '扫描的码超出付款码的最大长度',
    fix: {
      en: 'Ask the customer to show the payment code again; codes from other apps are not accepted.',
      zh: '请让顾客重新出示付款码;不接受其他应用的二维码。',
    },
  },
  'E-SCAN-0005': {
    en: 'Keyboard scanner input device could not be read',
    zh: '无法读取键盘式扫码器的输入设备',
    fix: {
      en: 'Check the /dev/input/event path in the configuration and that the runtime may read it (group input).',
      zh: '请检查配置中的 /dev/input/event 路径,并确认运行程序有读取权限(input 用户组)。',
    },
  },
});
