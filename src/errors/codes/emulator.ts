// E-EMU: the device emulators (virtual card, vpcd link). Context names profiles, fields, tags
// and APDU counts only: the virtual card holds test data, but logs must not learn to carry PANs.
import { defineErrors } from '../entry.js';

const profileFix = {
  en: 'Fix the card profile under src/emulators/card/profiles/ (the field is named in the error) and run the card tests.',
  zh: '请修改 src/emulators/card/profiles/ 下的卡片配置(错误中注明了字段),并运行卡片测试。',
};

export const emulatorErrors = defineErrors({
  'E-EMU-0001': {
    en: 'The virtual card left the field during a command',
    zh: '虚拟卡在指令处理中离开了感应区',
    fix: { en: 'Present the card again and restart the transaction.', zh: '请重新出示卡片并重新开始交易。' },
  },
  'E-EMU-0002': {
    en: 'No virtual card profile has this name',
    zh: '没有此名称的虚拟卡配置',
    fix: { en: 'Run "pos emulate card" without --profile to list the profiles, and pick one of them.', zh: '请运行不带 --profile 的 "pos emulate card" 查看配置列表,并从中选择。' },
  },
  'E-EMU-0003': {
    en: 'The virtual card profile is inconsistent',
    zh: '虚拟卡配置前后不一致',
    fix: profileFix,
  },
  'E-EMU-0004': {
    en: 'The virtual card test key file lacks a key the profile names',
    zh: '虚拟卡测试密钥文件缺少配置中指定的密钥',
    fix: {
      en: 'Add the key to src/emulators/card/keys/generate.ts, run it with npx tsx, and commit the new test-keys.json.',
      zh: '请在 src/emulators/card/keys/generate.ts 中加入该密钥,用 npx tsx 运行,并提交新的 test-keys.json。',
    },
  },
  'E-EMU-0005': {
    en: 'No vpcd is listening for the virtual card',
    zh: '没有 vpcd 在等待虚拟卡连接',
    fix: {
      en: 'Start pcscd with vsmartcard-vpcd installed (scripts/setup installs it), or let npm start / npm test start it.',
      zh: '请在安装 vsmartcard-vpcd 后启动 pcscd(scripts/setup 会安装),或由 npm start / npm test 自动启动。',
    },
  },
  'E-EMU-0006': {
    en: 'pcscd did not bring up the virtual card readers',
    zh: 'pcscd 未能启动虚拟读卡器',
    fix: {
      en: 'Run scripts/setup (it installs pcscd and vsmartcard-vpcd), check /etc/reader.conf.d/vpcd, and see the pcscd log named in the error.',
      zh: '请运行 scripts/setup(安装 pcscd 与 vsmartcard-vpcd),检查 /etc/reader.conf.d/vpcd,并查看错误中指出的 pcscd 日志。',
    },
  },
});
