// E-BOOT: npm start and npm run demo (src/main.ts, src/demo.ts, src/boot): the processes the
// terminal starts beside itself, first enrolment, and the demo's checks. Context holds process
// names, paths, URLs and codes, never card data.
import { defineErrors } from '../entry.js';

export const bootErrors = defineErrors({
  'E-BOOT-0001': {
    en: 'A process the terminal starts did not come up',
    zh: '终端启动的进程未能运行',
    fix: {
      en: 'Run bash scripts/setup (it installs socat, pcscd and the emulators’ packages) and start again; the error names the process and how it ended, and what it said itself: the embedded backend’s code and message in the error (childCode, childMessage), an emulator’s on stderr above.',
      zh: '请运行 bash scripts/setup(安装 socat、pcscd 及模拟器所需软件包)后重新启动;错误中注明了进程及其结束方式及其自身所报内容:内置后台的错误码和信息在错误中(childCode、childMessage),模拟器的在上方的标准错误输出中。',
    },
  },
  'E-BOOT-0002': {
    en: 'The terminal could not enrol with the backend',
    zh: '终端无法在后台注册',
    fix: {
      en: 'Check the backend address and the one-time token in the terminal config file (backend.token) and that the backend is running; delete the state directory’s device.key only to enrol as a new terminal.',
      zh: '请检查终端配置文件中的后台地址和一次性令牌(backend.token),并确认后台正在运行;仅在需要作为新终端注册时才删除状态目录中的 device.key。',
    },
  },
  'E-BOOT-0003': {
    en: 'The demo sale did not end approved',
    zh: '演示交易未获批准',
    fix: {
      en: 'Read the outcome and code in the summary; run npm start and make the same sale on the web display to see each screen.',
      zh: '请查看摘要中的结果和错误码;运行 npm start 并在网页显示屏上完成同一笔交易,逐屏查看。',
    },
  },
  'E-BOOT-0004': {
    en: 'The demo transaction did not reach the operations centre',
    zh: '演示交易未到达运营中心',
    fix: {
      en: 'Check the backend’s log on stderr and the link state on the idle screen; the journal keeps the row and the outbox sends it when the link is back.',
      zh: '请查看标准错误输出中的后台日志及待机屏幕上的链路状态;日志保留该交易,链路恢复后发件箱会重新发送。',
    },
  },
});
