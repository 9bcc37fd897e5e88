import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { testEnvironment } from '../support/test-environment';

const HISTORIES = join(__dirname, 'histories');

/** Histories recorded from real runs (RECORD_HISTORIES=1 npm run test:workflows). */
function recordedHistories(): [string, unknown][] {
  return readdirSync(HISTORIES)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(HISTORIES, file), 'utf8'))]);
}

describe('replaying recorded improvement-cycle histories against the current workflow code', () => {
  beforeAll(() => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  });

  const replay = (history: unknown, workflowId: string) =>
    Worker.runReplayHistory(
      {
        workflowBundle: { codePath: testEnvironment().workflowBundlePath },
        replayName: workflowId,
      },
      history,
      workflowId,
    );

  it('has histories to replay', () => {
    expect(recordedHistories().length).toBeGreaterThanOrEqual(2);
  });

  it.each(recordedHistories())('%s replays without a determinism error', async (file, history) => {
    await expect(replay(history, file)).resolves.toBeUndefined();
  });

  it('fails on a tampered history in which the workflow had scheduled a different activity', async () => {
    // The first history of a cycle (not of the checkpoint workflow, which records no cycle).
    const [file, history] =
      recordedHistories().find(([, recorded]) =>
        JSON.stringify(recorded).includes('"recordCycleStarted"'),
      ) ?? [];
    const tampered = JSON.parse(
      JSON.stringify(history).replace(/"recordCycleStarted"/g, '"somethingElse"'),
    );
    expect(JSON.stringify(tampered)).toContain('somethingElse');

    await expect(replay(tampered, `tampered-${file}`)).rejects.toMatchObject({
      name: 'DeterminismViolationError',
      message: expect.stringContaining('Nondeterminism error'),
    });
  });
});
