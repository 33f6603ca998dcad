import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBody } from '../../../feeds/decode.ts';

describe('decodeBody', () => {
  it('prefers valid UTF-8 over a wrong declaration', () => {
    const bytes = Buffer.from('<p>Zürich — 北京</p>', 'utf8');
    expect(decodeBody(bytes, 'text/html; charset=iso-8859-1')).toEqual({ text: '<p>Zürich — 北京</p>', charset: 'utf-8' });
  });
  it('uses the BOM', () => {
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é')]))).toEqual({ text: 'é', charset: 'utf-8' });
    expect(decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>é</a>', 'utf16le')])).text).toBe('<a>é</a>');
  });
  it('recognises UTF-16 without a BOM from the first bytes', () => {
    expect(decodeBody(Buffer.from('<?xml version="1.0"?><a/>', 'utf16le')).text).toBe('<?xml version="1.0"?><a/>');
  });
  it('reads the XML prolog encoding, then Content-Type, then <meta>', () => {
    const latin = iconv.encode('<?xml version="1.0" encoding="ISO-8859-1"?><t>café</t>', 'latin1');
    expect(decodeBody(latin)).toEqual({ text: '<?xml version="1.0" encoding="ISO-8859-1"?><t>café</t>', charset: 'windows-1252' });
    const kr = iconv.encode('<t>한국</t>', 'euc-kr');
    expect(decodeBody(kr, 'text/xml; charset="euc-kr"')).toEqual({ text: '<t>한국</t>', charset: 'euc-kr' });
    const sjis = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>'), iconv.encode('日本語', 'shift_jis'), Buffer.from('</body></html>')]);
    expect(decodeBody(sjis).text).toContain('日本語');
    const meta = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), iconv.encode('Привет', 'windows-1251')]);
    expect(decodeBody(meta)).toEqual({ text: '<meta charset="windows-1251"><p>Привет', charset: 'windows-1251' });
  });
  it('falls back to windows-1252 for undeclared non-UTF-8 bytes', () => {
    expect(decodeBody(Buffer.from([0x93, 0x68, 0x69, 0x94]))).toEqual({ text: '“hi”', charset: 'windows-1252' });
  });
});
