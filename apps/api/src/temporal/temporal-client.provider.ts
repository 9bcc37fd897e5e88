import type { OnApplicationShutdown } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { ApiSettings } from '../platform/api-settings';

/** Owns the API's connection to Temporal; lazy, so the API boots while Temporal is starting. */
@Injectable()
export class TemporalConnection implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;

  constructor(settings: ApiSettings) {
    this.connection = Connection.lazy({ address: settings.temporalAddress });
    this.client = new Client({
      connection: this.connection,
      namespace: settings.temporalNamespace,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
