/** Encoded in slices of a multiple of 3 bytes: their base64 texts then simply join. */
const SLICE = 3 * 0x8000;

/**
 * A chosen file's bytes as base64 (the contract carries files that way), read as a stream so
 * a large backup can show how far it has come: `onProgress` gets the share read (0–1).
 */
export async function readFileBase64(file: Blob, onProgress: (share: number) => void = () => {}): Promise<string> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (read + value.length > bytes.length) throw new Error('The file changed while it was read.');
    bytes.set(value, read);
    read += value.length;
    onProgress(bytes.length ? read / bytes.length : 1);
  }
  const parts: string[] = [];
  for (let i = 0; i < read; i += SLICE) {
    const slice = bytes.subarray(i, Math.min(i + SLICE, read));
    // String.fromCharCode with a whole file's bytes overflows the argument limit.
    let bin = '';
    for (let j = 0; j < slice.length; j += 0x8000) bin += String.fromCharCode(...slice.subarray(j, j + 0x8000));
    parts.push(btoa(bin));
  }
  return parts.join('');
}
