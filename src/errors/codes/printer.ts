// E-PRINTER: the ESC/POS receipt printer driver (src/devices/printer) over USB, serial and TCP.
// Context names paths, job ids, byte counts and status bytes only, never receipt text.
import { defineErrors } from '../entry.js';

const reprint = {
  en: 'Check the receipt that came out; print it again (the terminal keeps the job) and hand the customer the complete copy.',
  zh: '请检查已打印的小票;重新打印(终端保留了该打印任务),并将完整的小票交给顾客。',
};

export const printerErrors = defineErrors({
  'E-PRINTER-0001': {
    en: 'Printer is not answering',
    zh: '打印机无响应',
    fix: { en: 'Check the printer power and cable (or network); the terminal reconnects when it answers again.', zh: '请检查打印机电源和连接线(或网络);恢复响应后终端会自动重新连接。' },
  },
  'E-PRINTER-0002': {
    en: 'Printer connection could not be opened',
    zh: '无法连接打印机',
    fix: { en: 'Check the printer address or port in the configuration, that it is switched on, and that no other program holds it.', zh: '请核对配置中的打印机地址或端口,确认打印机已开机且未被其他程序占用。' },
  },
  'E-PRINTER-0003': {
    en: 'Printer connection was lost during printing',
    zh: '打印过程中与打印机的连接中断',
    fix: reprint,
  },
  'E-PRINTER-0004': {
    en: 'Printer is out of paper',
    zh: '打印机缺纸',
    fix: { en: 'Load a new paper roll and close the cover, then print again.', zh: '请装入新纸卷并合上盖子,然后重新打印。' },
  },
  'E-PRINTER-0005': {
    en: 'Printer cover is open',
    zh: '打印机盖未关闭',
    fix: { en: 'Close the printer cover, then print again.', zh: '请合上打印机盖,然后重新打印。' },
  },
  'E-PRINTER-0006': {
    en: 'Printer is offline because of an error',
    zh: '打印机因故障处于离线状态',
    fix: { en: 'Clear the paper jam or cutter error and switch the printer off and on; if it keeps happening, replace it.', zh: '请清除卡纸或切刀故障,并重启打印机;如反复出现,请更换打印机。' },
  },
  'E-PRINTER-0007': {
    en: 'Printer sent data the terminal does not understand',
    zh: '打印机返回了无法识别的数据',
    fix: { en: 'Check that the device on this port is an ESC/POS receipt printer; restart it if it is.', zh: '请确认该端口上的设备是 ESC/POS 小票打印机;如是,请重启打印机。' },
  },
  'E-PRINTER-0008': {
    en: 'Printer did not confirm that the receipt was printed',
    zh: '打印机未确认小票已打印完成',
    fix: reprint,
  },
  'E-PRINTER-0009': {
    en: 'USB is not available on this system',
    zh: '本系统无法使用 USB',
    fix: { en: 'Nothing to do when the printer is on serial or the network; otherwise check that /sys/bus/usb is mounted and the USB library loads.', zh: '如打印机使用串口或网络连接,则无需处理;否则请检查 /sys/bus/usb 是否已挂载、USB 库能否加载。' },
  },
  'E-PRINTER-0010': {
    en: 'Receipt content cannot be printed',
    zh: '小票内容无法打印',
    fix: { en: 'Fix the receipt layout named in the error (QR or barcode data, logo image, or a card number that is not masked).', zh: '请修正错误中指出的小票内容(二维码或条码数据、标志图片,或未遮蔽的卡号)。' },
  },
  'E-PRINTER-0011': {
    en: 'This receipt is already being printed',
    zh: '该小票正在打印中',
    fix: { en: 'Wait for the print in progress to finish before printing the same receipt again.', zh: '请等待当前打印完成后再重新打印该小票。' },
  },
  'E-PRINTER-0012': {
    en: 'Printer paper is running low',
    zh: '打印纸即将用完',
    fix: { en: 'Have a new paper roll ready and change it soon.', zh: '请准备新纸卷并尽快更换。' },
  },
  'E-PRINTER-0013': {
    en: 'USB printer cannot be used',
    zh: '无法使用该 USB 打印机',
    fix: { en: 'Use a bidirectional USB printer (printer class, bulk IN and OUT) and check that no other program or kernel driver holds it.', zh: '请使用支持双向通信的 USB 打印机(打印机类,带批量输入和输出端点),并确认其未被其他程序或内核驱动占用。' },
  },
});
