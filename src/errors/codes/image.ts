// E-IMAGE: runtime images and flashing (src/image, scripts/keygen, build-image, flash). Context
// holds paths, versions, architectures, key ids and sizes, never a private key.
import { defineErrors } from '../entry.js';

const rebuild = {
  en: 'Build the image again with scripts/build-image and flash the new file.',
  zh: '请用 scripts/build-image 重新构建镜像,再烧写新文件。',
};

const runAgain = {
  en: 'The device still boots its previous version. Fix the cause and run scripts/flash again: it completes the job.',
  zh: '设备仍会启动原版本。排除原因后再次运行 scripts/flash 即可完成。',
};

export const imageErrors = defineErrors({
  'E-IMAGE-0001': {
    en: 'Command line not understood',
    zh: '命令行参数无法识别',
    fix: { en: 'Run the script with --help and give the options it lists.', zh: '请用 --help 运行该脚本,按列出的选项填写。' },
  },
  'E-IMAGE-0002': {
    en: 'Key directory unusable: keys missing, unreadable, of the wrong size or open to other users',
    zh: '密钥目录不可用:密钥缺失、无法读取、长度错误或对其他用户开放',
    fix: { en: 'Make keys with scripts/keygen --out DIR (it writes private keys 0600) and pass that directory.', zh: '请用 scripts/keygen --out 目录 生成密钥(私钥权限为 0600),并指定该目录。' },
  },
  'E-IMAGE-0003': {
    en: 'Keys already exist in the output directory; not overwritten',
    zh: '输出目录中已有密钥,未覆盖',
    fix: { en: 'A release key is made once and kept: choose an empty directory, or keep using the existing keys.', zh: '发布密钥只生成一次并妥善保管:请选择空目录,或继续使用现有密钥。' },
  },
  'E-IMAGE-0004': {
    en: 'Not a posrt image, or its header is damaged',
    zh: '不是 posrt 镜像文件,或文件头已损坏',
    fix: rebuild,
  },
  'E-IMAGE-0005': {
    en: 'Image signature does not verify; refused',
    zh: '镜像签名验证失败,已拒绝',
    fix: {
      en: 'The image was altered or signed by another release key than the one this device trusts. Use an image signed with the device’s release key.',
      zh: '镜像被篡改,或由设备所信任发布密钥以外的密钥签名。请使用由该设备发布密钥签名的镜像。',
    },
  },
  'E-IMAGE-0006': {
    en: 'Image built for another architecture than the device’s; refused',
    zh: '镜像的目标架构与设备不符,已拒绝',
    fix: { en: 'Build the image with --arch set to the device’s architecture (x64, arm64 or armv7).', zh: '请用与设备一致的 --arch(x64、arm64 或 armv7)重新构建镜像。' },
  },
  'E-IMAGE-0007': {
    en: 'Image version is older than the device allows (anti-rollback); refused',
    zh: '镜像版本低于设备允许的最低版本(防回滚),已拒绝',
    fix: { en: 'Install a release at or above the version the device names; a downgrade below it would reopen fixed faults.', zh: '请安装不低于设备所列版本的发布包;回退到更低版本会重新引入已修复的问题。' },
  },
  'E-IMAGE-0008': {
    en: 'Image contents do not match the signed manifest (a file or the payload is damaged or truncated)',
    zh: '镜像内容与已签名清单不符(文件或数据已损坏或被截断)',
    fix: rebuild,
  },
  'E-IMAGE-0009': {
    en: 'Manifest malformed or missing fields',
    zh: '镜像清单格式错误或缺少字段',
    fix: rebuild,
  },
  'E-IMAGE-0010': {
    en: 'Not enough free space on the device for the image',
    zh: '设备剩余空间不足以写入镜像',
    fix: { en: 'Free space on the device’s storage (old logs, the journal’s archives), then run scripts/flash again.', zh: '请清理设备存储(旧日志、交易日志归档)后再次运行 scripts/flash。' },
  },
  'E-IMAGE-0011': {
    en: 'Writing to the device failed',
    zh: '写入设备失败',
    fix: runAgain,
  },
  'E-IMAGE-0012': {
    en: 'Connection to the device failed or was lost',
    zh: '与设备的连接失败或中断',
    fix: runAgain,
  },
  'E-IMAGE-0013': {
    en: 'Files on the device do not match the image after copying',
    zh: '复制后设备上的文件与镜像不符',
    fix: runAgain,
  },
  'E-IMAGE-0014': {
    en: 'Target not understood: give ssh://user@host[:port][/root] or dir:/path',
    zh: '目标无法识别:请指定 ssh://用户@主机[:端口][/根目录] 或 dir:/路径',
    fix: { en: 'Check the --target value.', zh: '请检查 --target 参数。' },
  },
  'E-IMAGE-0015': {
    en: 'Building the runtime failed',
    zh: '构建运行时失败',
    fix: { en: 'Run npm ci and npm run build in the checkout and fix what they report, then build the image again.', zh: '请在代码目录运行 npm ci 与 npm run build 并修复所报问题,再重新构建镜像。' },
  },
  'E-IMAGE-0016': {
    en: 'A native addon is built for another architecture than the image’s',
    zh: '原生扩展模块的架构与镜像目标架构不符',
    fix: {
      en: 'Build the production dependencies for the target (a cross toolchain or a build on a device of that architecture), then build the image again.',
      zh: '请为目标架构构建生产依赖(交叉工具链或在同架构设备上构建),再重新构建镜像。',
    },
  },
  'E-IMAGE-0018': {
    en: 'Update rolled back: the new version did not start healthy, the previous one runs again',
    zh: '升级已回滚:新版本未能正常启动,已恢复运行原版本',
    fix: {
      en: 'Read the reason reported with it (the failed health check, or the crash loop), fix the release and offer a new image; the terminal keeps working on the previous version meanwhile.',
      zh: '请查看随之上报的原因(未通过的健康检查或反复崩溃),修复发布包后重新下发镜像;其间终端以原版本继续工作。',
    },
  },
  'E-IMAGE-0017': {
    en: 'Device already provisioned with another backend key; not changed',
    zh: '设备已用其他后台公钥初始化,未作更改',
    fix: { en: 'A device’s pinned backend key changes only by re-provisioning it on purpose: clear its identity directory first.', zh: '设备固定的后台公钥只能通过有意的重新初始化更改:请先清除其身份目录。' },
  },
  'E-IMAGE-0019': {
    en: 'A native addon could not be cross-built for the image’s architecture',
    zh: '无法为镜像目标架构交叉编译原生扩展模块',
    fix: {
      en: 'Install the target’s cross toolchain and libraries (scripts/setup does: g++-aarch64-linux-gnu, g++-arm-linux-gnueabihf, libpcsclite-dev:arm64 and :armhf) and keep Node’s headers beside node (include/node, as the nodejs package installs them), then build the image again.',
      zh: '请安装目标架构的交叉工具链与库(scripts/setup 会安装:g++-aarch64-linux-gnu、g++-arm-linux-gnueabihf、libpcsclite-dev:arm64 与 :armhf)并保留 node 旁的 Node 头文件(include/node,nodejs 软件包会安装),再重新构建镜像。',
    },
  },
  'E-IMAGE-0020': {
    en: 'A platform package fetched for the image does not match the lockfile’s integrity',
    zh: '为镜像获取的平台包与 lockfile 中的完整性校验值不符',
    fix: {
      en: 'Do not ship it: the registry or the cache gave other bytes than package-lock.json names. Remove the cached tarball named with the error and build again; if it persists, check package-lock.json and the registry.',
      zh: '请勿发布:注册表或缓存给出的内容与 package-lock.json 记录的不同。删除错误中所列的缓存包文件后重新构建;若仍出现,请检查 package-lock.json 与注册表。',
    },
  },
});
