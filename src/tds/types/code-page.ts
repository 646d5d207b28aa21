// Which code page a collation's non-Unicode text uses (MS-TDS 2.2.5.1.2: a non-zero SortId names a
// SQL collation, else the LCID's Windows collation decides; the fUTF8 flag overrides both), and
// conversion between that code page and JS strings. Node's TextDecoder (full ICU) decodes the
// Windows code pages; encoding is needed only for single-byte pages (our server collation is 1252).
import { TextDecoder } from 'node:util';
import { ProtocolError } from '../../errors/protocol-error';

export const UTF8_CODE_PAGE = 65001;

/** SQL collation sort ids by code page (SQL Server's sys.fn_helpcollations). */
const SORT_IDS_BY_CODE_PAGE: Readonly<Record<number, readonly number[]>> = {
  437: [30, 31, 32, 33, 34],
  850: [40, 41, 42, 43, 44, 49, 55, 56, 57, 58, 59, 60, 61],
  1250: [80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96],
  1251: [104, 105, 106, 107, 108],
  1252: [51, 52, 53, 54, 183, 184, 185, 186],
  1253: [112, 113, 114, 120, 121, 122, 124],
  1254: [128, 129, 130],
  1255: [136, 137, 138],
  1256: [144, 145, 146],
  1257: [152, 153, 154, 155, 156, 157, 158, 159, 160],
};

/** Windows collation language ids (low 16 bits of the LCID) by code page. */
const LANGUAGE_IDS_BY_CODE_PAGE: Readonly<Record<number, readonly number[]>> = {
  874: [0x041e],
  932: [0x0411],
  936: [0x0804],
  949: [0x0412],
  950: [0x0404, 0x0c04, 0x1404],
  1250: [0x0405, 0x040e, 0x0415, 0x0418, 0x041a, 0x041b, 0x041c, 0x0424, 0x0442, 0x081a, 0x141a],
  1251: [0x0419, 0x0422, 0x042f, 0x043f, 0x0444, 0x046d, 0x0485, 0x082c, 0x0c1a, 0x201a],
  1252: [
    0x0406, 0x0407, 0x0409, 0x040a, 0x040b, 0x040c, 0x040f, 0x0414, 0x0417, 0x042e, 0x0437, 0x043b, 0x0452,
    0x0462, 0x047a, 0x047c, 0x047e, 0x0483, 0x083b, 0x085f, 0x0c0a,
  ],
  1253: [0x0408],
  1254: [0x041f, 0x042c, 0x0443],
  1255: [0x040d],
  1256: [0x0401, 0x0420, 0x0429, 0x0480, 0x048c],
  1257: [0x0425, 0x0426, 0x0427],
  1258: [0x042a],
};

function invert(table: Readonly<Record<number, readonly number[]>>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [codePage, ids] of Object.entries(table)) for (const id of ids) out.set(id, Number(codePage));
  return out;
}

const CODE_PAGE_BY_SORT_ID = invert(SORT_IDS_BY_CODE_PAGE);
const CODE_PAGE_BY_LANGUAGE_ID = invert(LANGUAGE_IDS_BY_CODE_PAGE);
const LANGUAGE_ID_MASK = 0xffff;

export function codePageOf(lcid: number, sortId: number, utf8: boolean): number {
  if (utf8) return UTF8_CODE_PAGE;
  const codePage = sortId !== 0 ? CODE_PAGE_BY_SORT_ID.get(sortId) : CODE_PAGE_BY_LANGUAGE_ID.get(lcid & LANGUAGE_ID_MASK);
  if (codePage === undefined) {
    throw new ProtocolError(`no code page known for collation LCID 0x${lcid.toString(16)} sort id ${sortId}`);
  }
  return codePage;
}

/** WHATWG encoding labels understood by TextDecoder. */
const ENCODING_LABEL: Readonly<Record<number, string>> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  [UTF8_CODE_PAGE]: 'utf-8',
};

/**
 * Node 20's TextDecoder treats the 'windows-1252' label as ISO-8859-1, so 0x80-0x9F would decode
 * to C1 controls. These are code page 1252's characters there (undefined bytes stay controls,
 * as Windows' best-fit conversion does).
 */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const CP1252_HIGH_FIRST = 0x80;
const CP1252_CODE_PAGE = 1252;

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const high = b - CP1252_HIGH_FIRST;
    out += String.fromCharCode(high >= 0 && high < CP1252_HIGH.length ? (CP1252_HIGH[high] as number) : b);
  }
  return out;
}

const decoders = new Map<number, TextDecoder>();

export function decodeCodePage(bytes: Uint8Array, codePage: number): string {
  if (codePage === CP1252_CODE_PAGE) return decodeCp1252(bytes);
  let decoder = decoders.get(codePage);
  if (!decoder) {
    const label = ENCODING_LABEL[codePage];
    if (!label) throw new ProtocolError(`code page ${codePage} is not supported`);
    decoder = new TextDecoder(label);
    decoders.set(codePage, decoder);
  }
  return decoder.decode(bytes);
}

/** Character -> byte for single-byte code pages, built once from the decoder. */
const encoders = new Map<number, Map<number, number>>();
/** What SQL Server stores for a character the code page cannot represent. */
const REPLACEMENT_BYTE = 0x3f;
const BYTE_VALUES = 256;

function singleByteEncoder(codePage: number): Map<number, number> {
  let table = encoders.get(codePage);
  if (!table) {
    table = new Map();
    const all = Uint8Array.from({ length: BYTE_VALUES }, (_, i) => i);
    const chars = decodeCodePage(all, codePage);
    for (let i = 0; i < BYTE_VALUES; i++) {
      const c = chars.charCodeAt(i);
      if (c !== 0xfffd && !table.has(c)) table.set(c, i);
    }
    encoders.set(codePage, table);
  }
  return table;
}

/** Encodes for varchar data; characters outside the code page become '?' as in SQL Server. */
export function encodeCodePage(text: string, codePage: number): Buffer {
  if (codePage === UTF8_CODE_PAGE) return Buffer.from(text, 'utf8');
  if (!ENCODING_LABEL[codePage] || codePage < 1250) {
    throw new Error(`encoding to code page ${codePage} is not supported`);
  }
  const table = singleByteEncoder(codePage);
  const out = Buffer.allocUnsafe(text.length);
  let n = 0;
  for (const ch of text) out[n++] = table.get(ch.codePointAt(0) as number) ?? REPLACEMENT_BYTE;
  return out.subarray(0, n);
}
