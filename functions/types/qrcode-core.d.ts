/**
 * @module
 * Types for the qrcode package's encoder core (`qrcode/lib/core/qrcode.js`),
 * which the staff function imports instead of the package entry to keep its
 * bundle free of renderers; the shapes are those of `QRCode.create` in @types/qrcode.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  import type { create } from 'qrcode';
  const core: { create: typeof create };
  export default core;
}
