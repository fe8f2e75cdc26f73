// What the virtual printer's parser hands on: one ESC/POS command (or a run of text) each.
export type Align = 'left' | 'center' | 'right';

export type EscPosCommand =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'line-feed' }
  | { readonly kind: 'init' }
  | { readonly kind: 'align'; readonly align: Align }
  | { readonly kind: 'bold'; readonly on: boolean }
  | { readonly kind: 'underline'; readonly on: boolean }
  | { readonly kind: 'size'; readonly width: number; readonly height: number }
  | { readonly kind: 'kanji'; readonly on: boolean }
  | { readonly kind: 'feed'; readonly lines: number }
  | { readonly kind: 'cut'; readonly partial: boolean }
  | { readonly kind: 'qr-module'; readonly size: number }
  | { readonly kind: 'qr-level'; readonly level: 'L' | 'M' | 'Q' | 'H' }
  | { readonly kind: 'qr-store'; readonly data: Uint8Array }
  | { readonly kind: 'qr-print' }
  | { readonly kind: 'barcode-height'; readonly dots: number }
  | { readonly kind: 'barcode-module'; readonly dots: number }
  | { readonly kind: 'hri'; readonly position: 'none' | 'above' | 'below' | 'both' }
  | { readonly kind: 'barcode'; readonly symbology: 'code128' | 'ean13'; readonly data: string }
  | { readonly kind: 'raster'; readonly widthBytes: number; readonly height: number; readonly scale: { readonly x: 1 | 2; readonly y: 1 | 2 }; readonly bits: Uint8Array }
  | { readonly kind: 'status-request'; readonly n: 1 | 2 | 3 | 4 }
  | { readonly kind: 'process-id'; readonly id: Uint8Array }
  /** A well-formed command this printer accepts and does not render (code pages, line
   *  spacing, fonts, margins, automatic status back...). */
  | { readonly kind: 'accepted'; readonly name: string };
