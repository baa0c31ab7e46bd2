import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../../../shared/contract';
import { fieldError } from '../errors';

type AllowedType = (typeof ATTACHMENT_TYPES)[number];
const EXTENSIONS: Record<AllowedType, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/pdf': ['pdf'],
};

/**
 * Decides what a file really is from its bytes, not its name, and refuses anything but
 * JPEG, PNG and PDF — or a file whose name claims another type than its content.
 * Thumbnails are made in memory (sharp): no temporary file ever holds a client's photo.
 */
export async function inspectAttachment(fileName: string, dataBase64: string) {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw fieldError('dataBase64', 'Berkas kosong.');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw fieldError('dataBase64', 'Berkas lebih dari 20 MB.');
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime as AllowedType | undefined;
  if (!mime || !ATTACHMENT_TYPES.includes(mime)) {
    throw fieldError('dataBase64', `Jenis berkas tidak didukung${detected ? ` (${detected.ext})` : ''}: hanya foto JPEG/PNG atau PDF.`);
  }
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (!EXTENSIONS[mime].includes(ext)) {
    throw fieldError('fileName', `Nama berkas berakhiran .${ext}, tetapi isinya ${EXTENSIONS[mime][0].toUpperCase()}. Periksa berkasnya.`);
  }
  let thumbnail: Buffer | null = null;
  if (mime !== 'application/pdf') {
    try {
      thumbnail = await sharp(bytes).rotate().resize(240, 240, { fit: 'inside' }).jpeg({ quality: 65 }).toBuffer();
    } catch {
      throw fieldError('dataBase64', 'Gambar rusak atau terpotong; tidak dapat dibaca.');
    }
  } else if (!bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF')) {
    throw fieldError('dataBase64', 'PDF terpotong atau rusak (tidak ada penanda akhir berkas).');
  }
  return { bytes, mime, thumbnail };
}
