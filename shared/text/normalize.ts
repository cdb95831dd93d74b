/**
 * Small text normalizers shared by importers and validators.
 * Users paste from WPS/Word/IME output, which often carries full-width
 * characters and padding spaces that must not change the meaning.
 */

/** Full-width ASCII (U+FF01–U+FF5E) → ASCII, ideographic space (U+3000) → ' '. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

// \s already covers U+3000, NBSP, \n, \r, \t; zero-width chars and '⏎' come from
// copy-pasted Word/WPS text and would break label matching just the same.
const LABEL_NOISE = /[\s\u200b-\u200d\u2060\ufeff\u23ce]/g;

/**
 * Removes every kind of whitespace (incl. U+3000, line breaks) and '⏎', so that
 * padded Excel headers such as '姓  名' or '出  生\n年  月' match '姓名' / '出生年月'.
 */
export function squeezeLabel(s: string): string {
  return s.replace(LABEL_NOISE, '');
}
