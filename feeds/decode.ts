// Charset detection for fetched feeds and pages.
//
// Order (issue 4): a byte-order mark; UTF-16 recognised from its first bytes; bytes that are
// valid UTF-8 (a wrong declaration loses to them: servers often say latin1 and send UTF-8);
// otherwise the XML prolog `encoding`, the Content-Type `charset`, an HTML `<meta charset>` or
// `http-equiv` tag; windows-1252 as the last resort, as browsers do (WHATWG Encoding: the
// labels latin1, iso-8859-1 and us-ascii all mean windows-1252).
import iconv from 'iconv-lite';

export interface DecodedBody {
  text: string;
  charset: string;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

// WHATWG Encoding maps these labels to windows-1252; iconv-lite would treat them as strict latin1.
const WINDOWS_1252_LABELS = new Set([
  'latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso88591', 'l1', 'ascii', 'us-ascii',
  'ansi_x3.4-1968', 'cp1252', 'cp819', 'ibm819', 'x-cp1252', 'iso-ir-100', 'csisolatin1',
]);

/** Returns the canonical charset name for a label, or null when iconv-lite cannot decode it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (WINDOWS_1252_LABELS.has(l)) return 'windows-1252';
  if (l === 'utf-16' || l === 'unicode') return 'utf-16le';
  if (l === 'x-sjis' || l === 'shift-jis') return 'shift_jis';
  if (l === 'gb2312' || l === 'x-gbk') return 'gbk';
  if (iconv.encodingExists(l)) return l;
  return null;
}

/** Returns the `charset` parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m ? m[2] : null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// The prolog and <meta> tags are ASCII, so reading the head as latin1 is safe for sniffing.
function asciiHead(bytes: Uint8Array, n = 2048): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, n)).toString('latin1');
}

function charsetFromXmlProlog(head: string): string | null {
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m ? m[1] : null;
}

function charsetFromMeta(head: string): string | null {
  const m1 = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (m1) return m1[1];
  return null;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
}

/** Decodes a response body to text, detecting its charset (see the header of this file). */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
  }
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && bytes[3] === 0xff) return { text: decodeWith(bytes.subarray(4), 'utf-32be'), charset: 'utf-32be' };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && bytes[3] === 0x00) return { text: decodeWith(bytes.subarray(4), 'utf-32le'), charset: 'utf-32le' };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && bytes[3] === 0x00) return { text: decodeWith(bytes, 'utf-32le'), charset: 'utf-32le' };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && bytes[3] === 0x3c) return { text: decodeWith(bytes, 'utf-32be'), charset: 'utf-32be' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeWith(bytes.subarray(2), 'utf-16le'), charset: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeWith(bytes.subarray(2), 'utf-16be'), charset: 'utf-16be' };
  // UTF-16 without BOM: `<?` or `<` with a NUL neighbour (XML 1.0 appendix F).
  if (bytes.length >= 4) {
    if (b0 === 0x3c && b1 === 0x00 && b2 !== 0x00 && bytes[3] === 0x00) return { text: decodeWith(bytes, 'utf-16le'), charset: 'utf-16le' };
    if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && bytes[3] !== 0x00) return { text: decodeWith(bytes, 'utf-16be'), charset: 'utf-16be' };
  }

  const head = asciiHead(bytes);
  const declared =
    normalizeCharset(charsetFromXmlProlog(head)) ??
    normalizeCharset(charsetFromContentType(contentType)) ??
    normalizeCharset(charsetFromMeta(head));

  if (isAscii(bytes)) {
    // Any ASCII-compatible charset decodes ASCII identically; a UTF-16 label on ASCII bytes is wrong.
    const charset = declared && !declared.startsWith('utf-16') && !declared.startsWith('utf-32') && !/^(utf-7|utf7)$/.test(declared) ? declared : 'utf-8';
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'), charset };
  }
  try {
    return { text: utf8Decoder.decode(bytes), charset: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the declarations
  }
  const charset = declared && declared !== 'utf-8' ? declared : 'windows-1252';
  return { text: decodeWith(bytes, charset), charset };
}
