// The ESC/POS control bytes both ends name: the driver's encoder writes them, the virtual
// printer's parser reads them (Epson ESC/POS Command Reference, "Control commands").
export const LF = 0x0a;
export const DLE = 0x10;
export const EOT = 0x04;
export const ESC = 0x1b;
export const FS = 0x1c;
export const GS = 0x1d;
