/**
 * Text the product accepts from anyone: what PostgreSQL can store in `text` and `jsonb` and what
 * every later reader can show. NUL is refused by both column types, a lone surrogate half has
 * no UTF-8 form (jsonb refuses its escape, text would store a replacement character), and the
 * other C0 control characters are never meant in a name, reason or comment. Tab, line feed and
 * carriage return stay allowed.
 */
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

export const UNSTORABLE_TEXT_MESSAGE =
  'must not contain NUL, other control characters or unpaired surrogate halves';

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export interface TextProblem {
  /** Dot path of the offending string within the value, e.g. `causes.0.whys.2`. */
  field: string;
  message: string;
}

/** The first string anywhere inside `value` (keys included) that is not storable text. */
export function findUnstorableText(value: unknown, path = ''): TextProblem | undefined {
  if (typeof value === 'string') {
    return isStorableText(value)
      ? undefined
      : { field: path || 'value', message: `${path || 'value'} ${UNSTORABLE_TEXT_MESSAGE}` };
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnstorableText(value[index], join(path, String(index)));
      if (found) {
        return found;
      }
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const field = join(path, key);
      if (!isStorableText(key)) {
        return { field, message: `a field name ${UNSTORABLE_TEXT_MESSAGE}` };
      }
      const found = findUnstorableText(inner, field);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
