// fontkit 2 ships no types; the report only opens fonts to ask which characters they draw.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
