// The variables that name peripherals' ports (comma-separated), in a leaf of their own: the
// boot's first step reads them to know what to emulate before the drivers are loaded.
export const PERIPHERAL_VARIABLES = {
  displays: 'POSRT_DISPLAYS',
  scanners: 'POSRT_SCANNERS',
  wedgeScanners: 'POSRT_WEDGE_SCANNERS',
  msrs: 'POSRT_MSRS',
} as const;

export const PINPADS_VARIABLE = 'POSRT_PINPADS';
