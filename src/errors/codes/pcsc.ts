// E-PCSC: the PC/SC service and its readers.
import { defineErrors } from '../entry.js';

export const pcscErrors = defineErrors({
  'E-PCSC-0001': {
    en: 'Smart card service is not running',
    zh: '智能卡服务未运行',
    fix: {
      en: 'Start the PC/SC service (pcscd); the terminal reconnects by itself once it runs.',
      zh: '请启动 PC/SC 服务(pcscd);服务运行后终端会自动重新连接。',
    },
  },
  'E-PCSC-0002': {
    en: 'Connection to the smart card service was lost',
    zh: '与智能卡服务的连接已中断',
    fix: {
      en: 'Wait while the terminal reconnects; if it does not, restart the PC/SC service (pcscd).',
      zh: '请等待终端自动重连;如未恢复,请重启 PC/SC 服务(pcscd)。',
    },
  },
  'E-PCSC-0003': {
    en: 'Card was removed during the transaction',
    zh: '交易过程中卡片被移除',
    fix: {
      en: 'Present the card again and keep it in place until the terminal says to remove it.',
      zh: '请重新插卡或挥卡,并在终端提示取卡之前保持卡片不动。',
    },
  },
  'E-PCSC-0004': {
    en: 'Card reader was disconnected',
    zh: '读卡器已断开连接',
    fix: {
      en: 'Reconnect the card reader, then start the transaction again.',
      zh: '请重新连接读卡器,然后重新开始交易。',
    },
  },
  'E-PCSC-0005': {
    en: 'Card exchange failed in the reader',
    zh: '读卡器与卡片交换数据失败',
    fix: {
      en: 'Remove the card and present it again; if it keeps failing, try another card or interface.',
      zh: '请取出卡片后重新插卡或挥卡;如果仍然失败,请换卡或换一种读卡方式。',
    },
  },
  'E-PCSC-0006': {
    en: 'Card could not be powered up',
    zh: '无法给卡片上电',
    fix: {
      en: 'Check the card is inserted the right way round and the chip is clean, then try again.',
      zh: '请确认卡片插入方向正确、芯片清洁,然后重试。',
    },
  },
  'E-PCSC-0007': {
    en: 'Card reader is in use by another application',
    zh: '读卡器正被其他应用程序占用',
    fix: {
      en: 'Close the other application using the reader, then retry.',
      zh: '请关闭正在使用读卡器的其他应用程序,然后重试。',
    },
  },
  'E-PCSC-0008': {
    en: 'Card answered without a status word',
    zh: '卡片响应缺少状态字',
    fix: {
      en: 'Remove the card and present it again; if it keeps happening, the card may be faulty.',
      zh: '请取出卡片后重新插卡或挥卡;如果反复出现,卡片可能已损坏。',
    },
  },
});
