// E-CHAN-02xx: what the terminal does with the backend's remote commands and firmware offers
// (src/channel/command-runner.ts, terminal-lock.ts, firmware-download.ts). Context holds ids,
// actions, indexes, paths and system error names, never a key, signature or payload.
import { defineErrors } from '../entry.js';

const storage = {
  en: 'Check that the terminal\'s channel state directory exists on a mounted, writable file system with free space; the error names the path and the system error.',
  zh: '请检查终端的通道状态目录是否位于已挂载、可写且有剩余空间的文件系统上;错误信息中注明了路径和系统错误。',
};

export const channelCommandErrors = defineErrors({
  'E-CHAN-0201': {
    en: 'Terminal is locked by the operations centre; no transaction is taken',
    zh: '终端已被运行中心锁定,暂停受理交易',
    fix: {
      en: 'Ask the operations centre why (the screen shows the reason it gave) and to send an unlock command when the terminal may trade again.',
      zh: '请联系运行中心了解原因(屏幕显示其给出的原因),并在可以恢复交易时由运行中心下发解锁命令。',
    },
  },
  'E-CHAN-0202': {
    en: 'Terminal lock state could not be read or written',
    zh: '无法读取或写入终端锁定状态',
    fix: storage,
  },
  'E-CHAN-0203': {
    en: 'Remote command not supported by this terminal; nothing was done',
    zh: '本终端不支持该远程命令,未执行任何操作',
    fix: {
      en: 'The terminal\'s build has no handler for this action (the error names it): send the command to a terminal that supports it, or update the terminal\'s software.',
      zh: '终端软件中没有该操作的处理程序(错误信息中注明了操作名称):请向支持该命令的终端下发,或升级终端软件。',
    },
  },
  'E-CHAN-0204': {
    en: 'Firmware to install is not downloaded and verified on this terminal',
    zh: '要安装的固件尚未在本终端下载并校验完成',
    fix: {
      en: 'Offer the firmware to the terminal first and wait until the operations centre shows every chunk downloaded, then send the install command again.',
      zh: '请先向终端下发固件,待运行中心显示全部分块已下载后,再重新下发安装命令。',
    },
  },
  'E-CHAN-0205': {
    en: 'Firmware download files could not be read or written',
    zh: '无法读取或写入固件下载文件',
    fix: storage,
  },
  'E-CHAN-0206': {
    en: 'Firmware download abandoned: a chunk kept failing its check',
    zh: '固件下载已中止:某一分块多次校验失败',
    fix: {
      en: 'The image the backend serves differs from the one its offer signed (the error names the chunk): publish the firmware again at the backend; the terminal starts over when it receives the new offer.',
      zh: '后台提供的镜像与其签名的下发信息不一致(错误信息中注明了分块序号):请在后台重新发布该固件;终端收到新的下发信息后会重新下载。',
    },
  },
  'E-CHAN-0207': {
    en: 'Firmware installer refused or failed to install the verified image',
    zh: '固件安装程序拒绝或未能安装已校验的镜像',
    fix: {
      en: 'The terminal keeps its running firmware. See the terminal\'s log for the installer\'s reason, then send the install command again or offer another image.',
      zh: '终端继续使用当前固件。请查看终端日志中安装程序给出的原因,然后重新下发安装命令或下发其他镜像。',
    },
  },
  'E-CHAN-0208': {
    en: 'Remote command failed on the terminal',
    zh: '远程命令在终端上执行失败',
    fix: {
      en: 'The part of the terminal that runs this action stopped with an error: send the command again; if it fails again, upload the terminal\'s logs and look at that time.',
      zh: '终端上执行该操作的部件出错:请重新下发命令;若再次失败,请上传终端日志并查看该时间段的记录。',
    },
  },
});
