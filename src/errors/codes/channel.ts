// E-CHAN: the management channel's contract and device identity (src/protos, src/channel).
// Context holds paths, modes, lengths, sequence numbers, versions and ids, never a key, token,
// signature or payload.
import { defineErrors } from '../entry.js';

const forged = {
  en: 'Nothing was used. If it repeats, the message was altered on the way or did not come from this terminal\'s backend: check the network path and the backend the terminal is configured for; the operations centre sees the refusal in the command result.',
  zh: '该消息未被使用。若反复出现,说明消息在传输中被篡改,或并非来自本终端的后台:请检查网络链路和终端配置的后台地址;运行中心可在命令结果中看到此拒绝。',
};

const reprovision = {
  en: 'Remove the identity directory and provision the terminal again (tsx scripts/provision.ts --dir DIR --backend-key HEX), then enrol it with a new token.',
  zh: '请删除身份目录后重新初始化终端(tsx scripts/provision.ts --dir 目录 --backend-key 公钥),然后用新的初始化令牌重新注册。',
};

export const channelErrors = defineErrors({
  'E-CHAN-0001': {
    en: 'A value does not fit the 64-bit protobuf field it is meant for',
    zh: '数值超出 64 位 protobuf 字段的范围',
    fix: {
      en: 'This is a program error: the value (an amount, time or counter) must be checked before it is put into a channel message. Report it with the context.',
      zh: '这是程序错误:金额、时间或计数在写入通道消息前必须先校验范围。请附上错误上下文报告此问题。',
    },
  },
  'E-CHAN-0002': {
    en: 'Device key file is not private to posrt (other users may read or change it); it was not loaded',
    zh: '设备密钥文件并非 posrt 独有(其他用户可读取或修改),已拒绝加载',
    fix: {
      en: 'The key may have leaked: re-provision the terminal. To keep the key, make the file a regular file owned by the posrt user with mode 0600 (chmod 600), as the error\'s path and mode show.',
      zh: '密钥可能已泄露:请重新初始化终端。如需保留该密钥,请确保该文件为 posrt 用户拥有的普通文件且权限为 0600(chmod 600),路径和权限见错误信息。',
    },
  },
  'E-CHAN-0003': {
    en: 'Terminal is not provisioned: no device key in the identity directory',
    zh: '终端尚未初始化:身份目录中没有设备密钥',
    fix: {
      en: 'Provision the terminal (tsx scripts/provision.ts --dir DIR) or point the configuration at the directory that holds its identity.',
      zh: '请初始化终端(tsx scripts/provision.ts --dir 目录),或将配置指向保存终端身份的目录。',
    },
  },
  'E-CHAN-0004': {
    en: 'Device key file is damaged (wrong length, or its two halves disagree)',
    zh: '设备密钥文件已损坏(长度错误或公私钥不匹配)',
    fix: reprovision,
  },
  'E-CHAN-0005': {
    en: 'No usable pinned backend key (missing or the wrong length)',
    zh: '没有可用的后台公钥(缺失或长度错误)',
    fix: reprovision,
  },
  'E-CHAN-0006': {
    en: 'Signature does not verify: the message was altered or forged; refused',
    zh: '签名验证失败:消息被篡改或伪造,已拒绝',
    fix: forged,
  },
  'E-CHAN-0007': {
    en: 'Message signed by a key other than the pinned backend key; refused',
    zh: '消息并非由已绑定的后台密钥签名,已拒绝',
    fix: {
      en: 'The terminal talks to another backend than the one it was provisioned for, or the backend changed its key. Point the terminal at its own backend, or re-provision it for the new one.',
      zh: '终端连接的后台不是初始化时绑定的后台,或后台更换了密钥。请将终端指向其所属后台,或针对新后台重新初始化。',
    },
  },
  'E-CHAN-0008': {
    en: 'Signed message is of another type than the field that carried it; refused',
    zh: '签名消息的类型与承载字段不符,已拒绝',
    fix: forged,
  },
  'E-CHAN-0009': {
    en: 'Replayed message: its sequence number was already received in this session',
    zh: '重放的消息:本会话已收到过该序号',
    fix: {
      en: 'The session is ended and opened again; unacknowledged messages are sent again. If it repeats, something on the network path replays traffic: check it.',
      zh: '会话将被关闭并重新建立,未确认的消息会重新发送。若反复出现,说明网络链路上有设备在重放数据,请检查。',
    },
  },
  'E-CHAN-0010': {
    en: 'Message out of order: a sequence number was skipped in this session',
    zh: '消息顺序错误:本会话中有序号被跳过',
    fix: {
      en: 'The session is ended and opened again; unacknowledged messages are sent again. If it repeats, the peer or the network path loses or reorders messages: check the backend\'s log for the same session.',
      zh: '会话将被关闭并重新建立,未确认的消息会重新发送。若反复出现,说明对端或网络链路丢失或打乱了消息:请查看后台中同一会话的日志。',
    },
  },
  'E-CHAN-0011': {
    en: 'Signed message has expired; refused',
    zh: '签名消息已过期,已拒绝',
    fix: {
      en: 'Send the command or offer again from the operations centre. If fresh ones expire too, the terminal\'s clock is wrong: check its time source.',
      zh: '请在运行中心重新下发该命令或升级包。若新下发的也过期,说明终端时钟不准,请检查其时间源。',
    },
  },
  'E-CHAN-0012': {
    en: 'Signed message is not valid yet (issued in the future); refused',
    zh: '签名消息尚未生效(签发时间在未来),已拒绝',
    fix: {
      en: 'The terminal\'s clock is behind the backend\'s by more than the allowed skew: check the terminal\'s time source, then send the command again.',
      zh: '终端时钟比后台慢,超出允许的偏差:请检查终端时间源,然后重新下发命令。',
    },
  },
  'E-CHAN-0013': {
    en: 'Signed message is for another terminal or model; refused',
    zh: '签名消息属于其他终端或型号,已拒绝',
    fix: {
      en: 'The backend sent this terminal something meant for another (the error names the serial or model expected): check the fleet registry in the operations centre.',
      zh: '后台把属于其他终端的内容发给了本终端(错误中注明了期望的序列号或型号):请检查运行中心的终端登记信息。',
    },
  },
  'E-CHAN-0014': {
    en: 'Remote command already executed (its id was seen before); refused',
    zh: '远程命令已执行过(该命令 ID 已出现),已拒绝',
    fix: {
      en: 'Nothing to do if the command was sent twice on purpose; to run it again, issue a new command (it gets a new id). Otherwise the command was replayed: check the network path.',
      zh: '若是有意重复下发则无需处理;如需再次执行,请下发新的命令(会生成新的 ID)。否则说明命令被重放,请检查网络链路。',
    },
  },
  'E-CHAN-0015': {
    en: 'Parameter set is not newer than the one in use; refused',
    zh: '参数版本不高于当前使用的版本,已拒绝',
    fix: {
      en: 'The terminal keeps its current parameters. To change them, publish a new version in the operations centre (versions only go up).',
      zh: '终端将继续使用当前参数。如需更改,请在运行中心发布新版本(版本号只能递增)。',
    },
  },
  'E-CHAN-0016': {
    en: 'Terminal is already provisioned: a device key exists and was left as it is',
    zh: '终端已初始化:设备密钥已存在,未做改动',
    fix: {
      en: 'Nothing to do to keep this identity. To give the terminal a new one, remove its identity directory first (the backend must then enrol it again).',
      zh: '如保留当前身份则无需处理。如需新身份,请先删除身份目录(之后需在后台重新注册该终端)。',
    },
  },
  'E-CHAN-0017': {
    en: 'Signed message is malformed (cannot be decoded, or its fields disagree); refused',
    zh: '签名消息格式错误(无法解码或字段互相矛盾),已拒绝',
    fix: forged,
  },
  'E-CHAN-0018': {
    en: 'Firmware chunk does not match the signed offer; discarded',
    zh: '固件分块与已签名的升级信息不符,已丢弃',
    fix: {
      en: 'The chunk is asked for again. If it keeps failing, the image on the backend differs from the one it offered: publish the offer again.',
      zh: '将重新请求该分块。若持续失败,说明后台的固件文件与其发布的升级信息不一致:请重新发布升级。',
    },
  },
  'E-CHAN-0019': {
    en: 'A different backend key is already pinned; the pinned key was left as it is',
    zh: '已绑定了另一个后台公钥,未做改动',
    fix: {
      en: 'A terminal trusts one backend key for its life: to move it to another backend, re-provision it.',
      zh: '终端在整个生命周期内只信任一个后台公钥:如需迁移到其他后台,请重新初始化终端。',
    },
  },
  'E-CHAN-0020': {
    en: 'Identity directory or pinned key file can be changed by other users; not loaded',
    zh: '身份目录或后台公钥文件可被其他用户修改,已拒绝加载',
    fix: {
      en: 'Make the directory (mode 0700) and the files owned by the posrt user and writable by it alone (chmod go-w), as the error\'s path and mode show, or re-provision the terminal.',
      zh: '请将目录(权限 0700)及其中文件设为 posrt 用户所有且仅其可写(chmod go-w),路径和权限见错误信息;或重新初始化终端。',
    },
  },
  'E-CHAN-0021': {
    en: 'Identity file could not be read or written',
    zh: '无法读写身份文件',
    fix: {
      en: 'Check that the identity directory exists on a mounted, writable file system with free space; the error names the path and the system error.',
      zh: '请确认身份目录所在文件系统已挂载、可写且有剩余空间;错误中注明了路径和系统错误。',
    },
  },
});
