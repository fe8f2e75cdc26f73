// E-BACKEND-01xx: the backend's remote command queue and firmware distribution
// (src/backend/command-queue.ts, firmware-distribution.ts, the `pos backend-command` and
// `pos backend-firmware` verbs). Context holds serials, ids, paths and sizes, never a key.
import { defineErrors } from '../entry.js';

export const backendCommandErrors = defineErrors({
  'E-BACKEND-0101': {
    en: 'No enrolled terminal has this serial; nothing was queued',
    zh: '没有该序列号的已注册终端,未加入队列',
    fix: {
      en: 'Check the serial against the operations centre\'s fleet list (and that --db names the backend\'s store).',
      zh: '请对照运行中心的终端列表核对序列号(并确认 --db 指向后台的数据库)。',
    },
  },
  'E-BACKEND-0102': {
    en: 'Remote command not understood; nothing was queued',
    zh: '无法识别的远程命令,未加入队列',
    fix: {
      en: 'Name one action: reboot, lock, unlock, upload-logs, run-diagnostics, refresh-parameters or install-firmware (with --firmware-id), and a lifetime of at most 24 hours (--expires-min).',
      zh: '请指定一个操作:reboot、lock、unlock、upload-logs、run-diagnostics、refresh-parameters 或 install-firmware(需 --firmware-id),有效期不超过 24 小时(--expires-min)。',
    },
  },
  'E-BACKEND-0103': {
    en: 'Firmware image cannot be offered (unreadable, empty, too large for the chunk size, or a bad chunk size)',
    zh: '无法下发该固件镜像(无法读取、为空、相对分块大小过大,或分块大小无效)',
    fix: {
      en: 'Check the --image path and --chunk-size (1 KiB to 1 MiB; at most 65,536 chunks per image); the error names what failed.',
      zh: '请检查 --image 路径和 --chunk-size(1 KiB 至 1 MiB;每个镜像最多 65,536 个分块);错误信息中注明了失败原因。',
    },
  },
});
