import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { testEnvironment } from './test-environment';

/**
 * With RECORD_HISTORIES=1, writes a workflow's history under test/replay/histories for the replay
 * tier, in canonical proto JSON (what `temporal workflow show -o json` and the Web UI export).
 */
export async function recordHistoryIfAsked(workflowId: string, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') {
    return;
  }
  const connection = await Connection.connect({ address: testEnvironment().temporalAddress });
  try {
    const history = await new Client({ connection }).workflow.getHandle(workflowId).fetchHistory();
    const dir = join(__dirname, '..', 'replay', 'histories');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.json`), historyToJSON(history));
  } finally {
    await connection.close();
  }
}
