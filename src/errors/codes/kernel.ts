// E-DEV: device kernel (registry, discovery, hot-plug, device lifecycle, card sessions).
import { defineErrors } from '../entry.js';

export const kernelErrors = defineErrors({
  'E-DEV-0001': {
    en: 'Device not found',
    zh: '未找到设备',
    fix: {
      en: 'Check that the device is connected and listed by the terminal, then retry.',
      zh: '请确认设备已连接并出现在终端的设备列表中,然后重试。',
    },
  },
  'E-DEV-0002': {
    en: 'Device was disconnected',
    zh: '设备已断开连接',
    fix: {
      en: 'Reconnect the device; the operation in progress was stopped and must be started again.',
      zh: '请重新连接设备;进行中的操作已停止,需要重新开始。',
    },
  },
  'E-DEV-0003': {
    en: 'Card session is closed',
    zh: '卡片会话已关闭',
    fix: {
      en: 'Start a new card session (present the card again) before sending commands.',
      zh: '请重新开始卡片会话(重新插卡或挥卡)后再发送指令。',
    },
  },
  'E-DEV-0004': {
    en: 'Device did not answer in time',
    zh: '设备响应超时',
    fix: {
      en: 'Retry; if it keeps happening, reconnect or replace the device.',
      zh: '请重试;如果反复出现,请重新连接或更换设备。',
    },
  },
  'E-DEV-0005': {
    en: 'A card session is already open on this reader',
    zh: '该读卡器上已有打开的卡片会话',
    fix: {
      en: 'Close the current card session before opening another one.',
      zh: '请先关闭当前的卡片会话,再打开新的会话。',
    },
  },
  'E-DEV-0006': {
    en: 'Two devices were attached with the same id',
    zh: '两个设备使用了相同的标识',
    fix: {
      en: 'Report this to the driver maintainer: the driver must give each device a unique id.',
      zh: '请报告给驱动维护人员:驱动必须为每个设备分配唯一标识。',
    },
  },
  'E-DEV-0007': {
    en: 'Device discovery failed to start',
    zh: '设备发现服务启动失败',
    fix: {
      en: 'Check the driver named in the error and its configuration, then restart the terminal.',
      zh: '请检查错误中指出的驱动及其配置,然后重启终端。',
    },
  },
  'E-DEV-0008': {
    en: 'No card in the reader',
    zh: '读卡器中没有卡片',
    fix: {
      en: 'Insert, tap or swipe the card, then retry.',
      zh: '请插卡、挥卡或刷卡后重试。',
    },
  },
  'E-DEV-0009': {
    en: 'Card communication failed',
    zh: '与卡片通信失败',
    fix: {
      en: 'Remove the card and present it again; if it keeps failing, try another card or interface.',
      zh: '请取出卡片后重新插卡或挥卡;如果仍然失败,请换卡或换一种读卡方式。',
    },
  },
  'E-DEV-0010': {
    en: 'No card reader has that name',
    zh: '没有该名称的读卡器',
    fix: { en: 'Run "pos readers" to list the reader names, and give one of them.', zh: '请运行 "pos readers" 查看读卡器名称,并从中选择。' },
  },
});
