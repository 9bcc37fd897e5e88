import { randomBytes, randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadConfig, temporalConnectionOptions } from '@app/config';
import { waitUntil } from '@app/local-stack';
import { ApiSettings } from '../../apps/api/src/platform/api-settings';
import { TemporalConnection } from '../../apps/api/src/temporal/temporal-connection';
import { createCycleWorker } from '../../apps/worker/src/cycle-worker.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import type { TestCertificates, TlsProxy } from '../support/temporal-tls-proxy';
import { createTestCertificates, startTlsProxy } from '../support/temporal-tls-proxy';
import {
  APP_ROLE,
  appDatabaseUrl,
  testAuditSigning,
  testEnvironment,
} from '../support/test-environment';

const DESCRIBE_NAMESPACE = '/temporal.api.workflowservice.v1.WorkflowService/DescribeNamespace';
const LIST_WORKFLOWS = '/temporal.api.workflowservice.v1.WorkflowService/ListWorkflowExecutions';
const POLL_WORKFLOW_TASKS =
  '/temporal.api.workflowservice.v1.WorkflowService/PollWorkflowTaskQueue';

describe('Temporal behind TLS, mutual TLS and an API key, configured from the environment', () => {
  let certificates: TestCertificates;
  let proxy: TlsProxy;

  beforeAll(async () => {
    certificates = createTestCertificates('temporal.test', 'cycles-app');
    proxy = await startTlsProxy({ upstream: testEnvironment().temporalAddress, certificates });
  });
  afterAll(async () => {
    await proxy?.close();
    certificates?.remove();
  });

  /** The options both processes build from these variables, as their main.ts does. */
  const optionsFrom = (env: Record<string, string>) =>
    temporalConnectionOptions(loadConfig({ TEMPORAL_ADDRESS: proxy.address, ...env }));
  const serverTrust = () => ({
    TEMPORAL_TLS_CA: certificates.caPath,
    // The server certificate names temporal.test only, not 127.0.0.1.
    TEMPORAL_TLS_SERVER_NAME: certificates.serverName,
  });
  const mutualTls = () => ({
    ...serverTrust(),
    TEMPORAL_TLS_CERT: certificates.client.certPath,
    TEMPORAL_TLS_KEY: certificates.client.keyPath,
  });
  const apiConnection = (env: Record<string, string>) =>
    new TemporalConnection(
      new ApiSettings({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 1,
        temporalAddress: proxy.address,
        temporalNamespace: 'default',
        taskQueue: 'unused',
        jwtSecret: randomBytes(32).toString('hex'),
        bodyLimit: 1024,
      }),
      optionsFrom(env),
    );
  const seen = (path: string, since: number) =>
    proxy.requests.slice(since).filter((request) => request.path === path);

  it("lets the API's client in with the CA and a client certificate", async () => {
    const since = proxy.requests.length;
    const api = apiConnection(mutualTls());
    try {
      const described = await api.client.workflowService.describeNamespace({
        namespace: 'default',
      });
      expect(described.namespaceInfo?.name).toBe('default');
      const listed = await api.client.workflowService.listWorkflowExecutions({
        namespace: 'default',
        pageSize: 1,
      });
      expect(listed.executions).toEqual(expect.any(Array));
    } finally {
      await api.onApplicationShutdown();
    }
    for (const path of [DESCRIBE_NAMESPACE, LIST_WORKFLOWS]) {
      expect(seen(path, since)).toEqual([
        { path, client: certificates.client.commonName, authorization: undefined },
      ]);
    }
  });

  it('runs the worker through it: it polls its task queue over mutual TLS', async () => {
    const env = testEnvironment();
    const since = proxy.requests.length;
    const taskQueue = `tls-${randomUUID()}`;
    const context = await NestFactory.createApplicationContext(
      WorkerModule.register({
        databaseUrl: appDatabaseUrl(),
        databasePoolSize: 1,
        databaseRole: APP_ROLE,
        auditSigning: testAuditSigning(taskQueue),
      }),
      { logger: false },
    );
    try {
      const { worker, connection } = await createCycleWorker(context, {
        temporal: optionsFrom(mutualTls()),
        namespace: 'default',
        taskQueue,
        workflowBundlePath: env.workflowBundlePath,
      });
      try {
        await worker.runUntil(
          waitUntil(
            'the worker to poll through the TLS proxy',
            () => Promise.resolve(seen(POLL_WORKFLOW_TASKS, since).length > 0),
            { timeoutMs: 20_000, intervalMs: 100 },
          ),
        );
      } finally {
        await connection.close();
      }
    } finally {
      await context.close();
    }
    expect(seen(POLL_WORKFLOW_TASKS, since)[0]?.client).toBe(certificates.client.commonName);
  });

  it('refuses a client without a client certificate', async () => {
    const since = proxy.requests.length;
    const refusedBefore = proxy.refusedHandshakes.length;
    const options = optionsFrom(serverTrust());
    expect(options.tls?.clientCertPair).toBeUndefined();
    await expect(Connection.connect({ ...options, connectTimeout: 3_000 })).rejects.toThrow();
    await expect(NativeConnection.connect(options)).rejects.toThrow();
    expect(proxy.refusedHandshakes.slice(refusedBefore).join('\n')).toMatch(/certificate/i);
    expect(proxy.requests.slice(since)).toEqual([]);
  });

  it('sends TEMPORAL_API_KEY as a bearer token, from the API and the worker alike', async () => {
    const apiKey = `key-${randomUUID()}`;
    const since = proxy.requests.length;
    const api = apiConnection({ ...mutualTls(), TEMPORAL_API_KEY: apiKey });
    try {
      await api.client.workflowService.describeNamespace({ namespace: 'default' });
    } finally {
      await api.onApplicationShutdown();
    }
    const native = await NativeConnection.connect(
      optionsFrom({ ...mutualTls(), TEMPORAL_API_KEY: apiKey }),
    );
    try {
      await native.workflowService.describeNamespace({ namespace: 'default' });
    } finally {
      await native.close();
    }
    const calls = seen(DESCRIBE_NAMESPACE, since);
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      expect(call.authorization).toBe(`Bearer ${apiKey}`);
    }
  });
});
