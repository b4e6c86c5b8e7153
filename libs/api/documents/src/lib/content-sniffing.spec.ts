import { cleanFilename, sniffContentType } from './content-sniffing';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
  'hex',
);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const PE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);

describe('sniffContentType', () => {
  it('recognises allowed binary formats by their bytes, whatever the name', async () => {
    expect(await sniffContentType(PDF, 'x.docx')).toBe('application/pdf');
    expect(await sniffContentType(PNG, 'bild')).toBe('image/png');
  });

  it('rejects executables and HTML even when named .pdf or .txt', async () => {
    expect(await sniffContentType(ELF, 'vertrag.pdf')).toBeNull();
    expect(await sniffContentType(PE, 'vertrag.pdf')).toBeNull();
    expect(
      await sniffContentType(Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>'), 'vertrag.pdf'),
    ).toBeNull();
    expect(await sniffContentType(Buffer.from('  <html><body>hi</body></html>'), 'notiz.txt')).toBeNull();
  });

  it('accepts UTF-8 text and CSV only under a text name, without NUL bytes', async () => {
    expect(await sniffContentType(Buffer.from('Name;Zweck\nMüller;Newsletter\n'), 'liste.csv')).toBe(
      'text/csv',
    );
    expect(await sniffContentType(Buffer.from('Prüfvermerk: alles in Ordnung.'), 'notiz.txt')).toBe(
      'text/plain',
    );
    expect(await sniffContentType(Buffer.from('Prüfvermerk'), 'notiz.pdf')).toBeNull();
    expect(await sniffContentType(Buffer.from('a\u0000b'), 'notiz.txt')).toBeNull();
    expect(await sniffContentType(Buffer.from([0xff, 0xfe, 0x41]), 'notiz.txt')).toBeNull();
  });
});

describe('cleanFilename', () => {
  it('keeps the name only, without path, quotes or control characters', () => {
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('C:\\Users\\x\\Vertrag "final".pdf')).toBe('Vertrag final.pdf');
    expect(cleanFilename('a\u0000b\r\n.pdf')).toBe('ab.pdf');
    expect(cleanFilename('..')).toBe('document');
    expect(cleanFilename(undefined)).toBe('document');
  });
});
