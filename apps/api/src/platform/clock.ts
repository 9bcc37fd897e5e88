import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** The current time, injectable so use cases can be tested at a fixed instant. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** New ids, injectable so use cases can be tested with known ids. */
@Injectable()
export class IdGenerator {
  newId(): string {
    return randomUUID();
  }
}
