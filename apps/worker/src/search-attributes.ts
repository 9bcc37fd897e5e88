import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { TemporalConnectionOptions } from '@app/config';
import { CYCLE_SEARCH_ATTRIBUTES } from '@app/domain';

const KEYWORD = temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;

/**
 * Registers the cycle search attributes in the namespace when missing, so operators can filter
 * cycles by stage and service in the Temporal UI and CLI, on any Temporal server.
 */
export async function ensureCycleSearchAttributes(
  server: string | TemporalConnectionOptions,
  namespace: string,
): Promise<void> {
  const connection = await Connection.connect(
    typeof server === 'string' ? { address: server } : server,
  );
  try {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({
      namespace,
    });
    const missing = Object.values(CYCLE_SEARCH_ATTRIBUTES).filter(
      (name) => !customAttributes?.[name],
    );
    if (missing.length > 0) {
      await connection.operatorService.addSearchAttributes({
        namespace,
        searchAttributes: Object.fromEntries(missing.map((name) => [name, KEYWORD])),
      });
    }
  } finally {
    await connection.close();
  }
}
