import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { TemporalConnectionOptions } from '@app/config';
import { ApiSettings } from '../platform/api-settings';

/** TLS, mutual TLS and API key for a secured cluster: `temporalConnectionOptions(config)`. */
export const TEMPORAL_CONNECTION_OPTIONS = Symbol('TEMPORAL_CONNECTION_OPTIONS');

/** Owns the API's connection to Temporal; lazy, so the API boots while Temporal is starting. */
@Injectable()
export class TemporalConnection implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;

  constructor(
    settings: ApiSettings,
    @Optional()
    @Inject(TEMPORAL_CONNECTION_OPTIONS)
    options?: TemporalConnectionOptions,
  ) {
    // Without options: plain gRPC to the address, as to the local dev server.
    this.connection = Connection.lazy(options ?? { address: settings.temporalAddress });
    this.client = new Client({
      connection: this.connection,
      namespace: settings.temporalNamespace,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}
