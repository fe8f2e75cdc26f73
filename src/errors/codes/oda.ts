// E-ODA: offline data authentication set-up, EMV Book 2 §5-6 and §11.2 (CA public keys). A
// card that fails authentication is not an error (the TVR records it); these are the terminal's
// own faults: a CA key file that cannot be trusted, or bad input to the recovery tool.
import { defineErrors } from '../entry.js';

const fixKeyFile = {
  en: 'Reload the CA public key file from the acquirer’s key distribution; do not edit keys by hand.',
  zh: '请从收单机构下发的密钥文件重新加载 CA 公钥,不要手工修改密钥。',
};

export const odaErrors = defineErrors({
  'E-ODA-0001': { en: 'CA public key file cannot be read or is not valid JSON', zh: 'CA 公钥文件无法读取或不是有效的 JSON', fix: fixKeyFile },
  'E-ODA-0002': { en: 'CA public key entry is malformed', zh: 'CA 公钥条目格式错误', fix: fixKeyFile },
  'E-ODA-0003': { en: 'CA public key check sum does not match the key', zh: 'CA 公钥校验值与公钥不符', fix: fixKeyFile },
  'E-ODA-0004': { en: 'CA public key is listed twice for the same RID and index', zh: '同一 RID 和索引的 CA 公钥出现了两次', fix: fixKeyFile },
  'E-ODA-0005': {
    en: 'No CA public key for this RID and index',
    zh: '找不到该 RID 和索引对应的 CA 公钥',
    fix: { en: 'Check the RID and index, or load the CA key file that holds this key (--ca-keys).', zh: '请检查 RID 和索引,或用 --ca-keys 加载含有该公钥的文件。' },
  },
  'E-ODA-0006': {
    en: 'Certificate recovery failed',
    zh: '证书恢复失败',
    fix: { en: 'Check that the certificate, remainder and exponent were copied whole from the card data.', zh: '请确认证书、余项和指数是从卡片数据中完整复制的。' },
  },
  'E-ODA-0007': {
    en: 'Transaction date is not a valid YYMMDD date',
    zh: '交易日期不是有效的 YYMMDD 日期',
    fix: { en: 'Set the terminal clock, then start the transaction again.', zh: '请校准终端时钟后重新发起交易。' },
  },
  'E-ODA-0008': {
    en: 'Certificate revocation list cannot be read or is malformed',
    zh: '证书撤销列表无法读取或格式错误',
    fix: {
      en: 'Reload the revocation list (revocation.json) from the acquirer’s key distribution; an empty list is { "revoked": [] }.',
      zh: '请从收单机构下发的文件重新加载证书撤销列表(revocation.json);空列表写作 { "revoked": [] }。',
    },
  },
});
