// E-CHAN-01xx: the channel's transport on the terminal (src/channel/transport*, session-client):
// the gRPC stream to the backend, its TLS, the session handshake and what the backend answers.
// Context holds addresses, paths, states, codes and lengths, never a key, token or payload.
import { defineErrors } from '../entry.js';

const retried = {
  en: 'Nothing is lost: the terminal keeps every message in its outbox and reconnects on its own, waiting longer each time (at most a few minutes). Check the network and that the backend runs at the configured address.',
  zh: '不会丢失任何数据:终端把所有消息保存在待发送库中,并会自动重连,每次等待时间逐渐加长(最多几分钟)。请检查网络以及后台是否在配置的地址上运行。',
};

export const channelTransportErrors = defineErrors({
  'E-CHAN-0101': {
    en: 'A TLS file for the backend connection cannot be read',
    zh: '无法读取连接后台所需的 TLS 文件',
    fix: {
      en: 'Check the certificate, key and CA paths in the channel configuration (the error names the file and why) and that posrt may read them.',
      zh: '请检查通道配置中的证书、私钥和 CA 路径(错误信息中注明了文件及原因),并确认 posrt 有读取权限。',
    },
  },
  'E-CHAN-0102': {
    en: 'Connection to the backend lost or refused',
    zh: '与后台的连接中断或被拒绝',
    fix: retried,
  },
  'E-CHAN-0103': {
    en: 'The backend refused a message of this terminal and ended the session',
    zh: '后台拒绝了本终端的消息并结束了会话',
    fix: {
      en: 'The error context carries the backend\'s own code (E-BACKEND-…): look it up in this catalogue. The terminal opens a new session by itself.',
      zh: '错误上下文中带有后台自己的错误码(E-BACKEND-…),请在本目录中查阅。终端会自动建立新会话。',
    },
  },
  'E-CHAN-0104': {
    en: 'The backend did not answer in time; the session was ended',
    zh: '后台未在规定时间内应答,会话已结束',
    fix: retried,
  },
  'E-CHAN-0105': {
    en: 'A frame from the backend is not a channel envelope; the session was ended',
    zh: '后台发来的数据帧不是通道信封,会话已结束',
    fix: {
      en: 'Something on the network path alters traffic, or the address is not a posrt backend. The terminal reconnects by itself; if it repeats, check the address and the network path.',
      zh: '网络链路上有设备篡改数据,或该地址并非 posrt 后台。终端会自动重连;若反复出现,请检查后台地址和网络链路。',
    },
  },
  'E-CHAN-0106': {
    en: 'Enrolment refused by the backend',
    zh: '后台拒绝了终端注册',
    fix: {
      en: 'The context says why (token unknown, already used, or the signature did not verify). Ask the operations centre for a new one-time provisioning token for this serial number and enrol again.',
      zh: '上下文中注明了原因(令牌未知、已被使用或签名验证失败)。请向运行中心申请该序列号的新一次性初始化令牌后重新注册。',
    },
  },
  'E-CHAN-0107': {
    en: 'The backend sent a message the session\'s state does not allow; the session was ended',
    zh: '后台发送了当前会话状态不允许的消息,会话已结束',
    fix: {
      en: 'A backend of another version or a fault on the backend. The terminal reconnects by itself; report it with the context (state and message kind) if it repeats.',
      zh: '后台版本不符或后台故障。终端会自动重连;若反复出现,请附上上下文(会话状态和消息类型)报告。',
    },
  },
});
