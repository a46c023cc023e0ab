import { createHash } from 'node:crypto';

/**
 * One-page PDFs written by hand, so the tests need no PDF tool (Firefox's
 * driver cannot print to PDF): plain, or protected by a user password with
 * the PDF standard security handler, revision 2 (RC4, 40-bit key: PDF 32000
 * §7.6.3, algorithms 2, 3 and 4), weak by today's standards and all pdf.js
 * needs to ask for a password.
 */

const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, index) => index);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);

/** `text` (Latin-1) on one page, readable only with `password` when one is given. */
export function handWrittenPdf({ text, password }: { text: string; password?: string }): Buffer {
  const encryption = password === undefined ? null : standardSecurity(text, password);
  const escaped = text.replace(/[\\()]/g, (character) => `\\${character}`);
  const plain = Buffer.from(`BT /F1 14 Tf 40 500 Td (${escaped}) Tj ET`, 'latin1');
  const content = encryption ? rc4(encryption.objectKey(4), plain) : plain;
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    ...(encryption ? [Buffer.from(encryption.dictionary)] : []),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  const encrypt = encryption ? ` /Encrypt 6 0 R /ID [<${encryption.id}> <${encryption.id}>]` : '';
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer));
  return Buffer.concat(chunks);
}

/** The key and /Encrypt dictionary of the standard security handler, revision 2. */
function standardSecurity(text: string, password: string) {
  const ownerPassword = `${password}-owner`;
  const permissions = -4;
  const id = md5(Buffer.from(text), Buffer.from(password));
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(password));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(password), owner, p, id).subarray(0, 5);
  const user = rc4(key, PADDING);
  const objectKey = (number: number) => md5(key, Buffer.from([number & 255, (number >> 8) & 255, (number >> 16) & 255, 0, 0])).subarray(0, 10);
  return {
    id: id.toString('hex'),
    objectKey,
    dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`,
  };
}
