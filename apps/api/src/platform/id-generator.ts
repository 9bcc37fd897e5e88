import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';

/** New ids, injectable so use cases can be tested with known ids. */
@Injectable()
export class IdGenerator {
  newId(): string {
    return randomUUID();
  }
}

/**
 * The same id for the same key, every time: a UUID (version 8, RFC 9562) made of the key's
 * SHA-256, so a retried request finds what its first attempt created.
 */
export function idFromKey(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
