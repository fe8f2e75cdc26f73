// E-BLE: the Bluetooth LE transport (src/devices/ble): noble, the adapter, the UART service.
import { defineErrors } from '../entry.js';

export const bleErrors = defineErrors({
  'E-BLE-0001': {
    en: 'Bluetooth LE is not available on this terminal',
    zh: '本终端不支持或无法使用低功耗蓝牙',
    fix: {
      en: 'Bluetooth devices are optional: connect the device by cable, or check that the terminal has a Bluetooth adapter and the runtime may use it (CAP_NET_RAW).',
      zh: '蓝牙设备为可选项:请改用有线连接,或确认终端有蓝牙适配器且运行时有权使用(CAP_NET_RAW)。',
    },
  },
  'E-BLE-0002': {
    en: 'Bluetooth adapter is not powered on',
    zh: '蓝牙适配器未开启',
    fix: {
      en: 'Turn Bluetooth on in the terminal settings; devices are found again once it is on.',
      zh: '请在终端设置中开启蓝牙;开启后会自动重新查找设备。',
    },
  },
  'E-BLE-0003': {
    en: 'Bluetooth device was disconnected',
    zh: '蓝牙设备已断开连接',
    fix: {
      en: 'Bring the device closer and check its battery; the terminal reconnects when it advertises again.',
      zh: '请将设备靠近终端并检查电量;设备重新广播后终端会自动重连。',
    },
  },
  'E-BLE-0004': {
    en: 'Bluetooth device could not be connected',
    zh: '无法连接蓝牙设备',
    fix: {
      en: 'Check that the device is on, in range and offers the UART service; restart it if it keeps failing.',
      zh: '请确认设备已开机、在有效距离内并提供串口(UART)服务;如反复失败,请重启设备。',
    },
  },
});
