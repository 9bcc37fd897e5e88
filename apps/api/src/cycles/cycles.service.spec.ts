import type { CyclePolicy } from '@app/domain';
import { DomainError, ErrorCode, Role } from '@app/domain';
import type { CycleRepository, ServiceRepository } from '@app/persistence';
import { ApiSettings } from '../platform/api-settings';
import type { PrioritizationService } from '../prioritization/prioritization.service';
import type { CycleWorkflowGateway } from './cycle-workflow.gateway';
import { CyclesService } from './cycles.service';

describe('CyclesService.start', () => {
  const actor = { id: 'iris', roles: [Role.Improver] };
  const setup = (options: {
    serviceExists: boolean;
    retiredAt?: Date;
    activeCycleId?: string;
    cyclePolicyMin?: string;
  }) => {
    const gateway = {
      start: jest.fn(async (input: { cycleId: string }) => ({ cycleId: input.cycleId })),
    };
    const service = new CyclesService(
      {
        findActiveForService: jest.fn(async () =>
          options.activeCycleId ? { id: options.activeCycleId } : null,
        ),
      } as unknown as CycleRepository,
      {
        retiredAt: jest.fn(async (id: string) => {
          if (!options.serviceExists) {
            throw DomainError.notFound('service', id);
          }
          return options.retiredAt ?? null;
        }),
      } as unknown as ServiceRepository,
      gateway as unknown as CycleWorkflowGateway,
      {
        rank: jest.fn(async () => ({
          rule: 'default',
          surveyId: 'survey-1',
          period: '2026-Q3',
          items: [
            {
              rank: 2,
              serviceId: 'svc',
              meanScore: 2.5,
              endCustomers: 300,
              reworkRate: 0.1,
              reasons: [],
            },
          ],
        })),
      } as unknown as PrioritizationService,
      { now: () => new Date('2026-11-22T09:00:00Z') },
      { newId: () => '11111111-2222-4333-8444-555555555555' },
      new ApiSettings({
        databaseUrl: 'postgres://x',
        databasePoolSize: 1,
        temporalAddress: 'x:1',
        temporalNamespace: 'default',
        taskQueue: 'q',
        jwtSecret: 'x',
        bodyLimit: 1024,
        cyclePolicyMin: options.cyclePolicyMin ?? 'PT1S',
      }),
    );
    return { service, gateway };
  };

  it('starts the workflow with a new id, the policy defaults, the actor, the time and the ranking that chose it', async () => {
    const { service, gateway } = setup({ serviceExists: true });
    await service.start('svc', { approvalSla: 'PT2S' }, actor);
    expect(gateway.start).toHaveBeenCalledWith({
      cycleId: '11111111-2222-4333-8444-555555555555',
      serviceId: 'svc',
      policy: {
        approvalSla: 'PT2S',
        checkInEvery: 'P30D',
        reEvaluateAfter: 'P6M',
        escalateTo: 'admin',
      },
      startedBy: actor,
      requestedAt: '2026-11-22T09:00:00.000Z',
      selection: {
        rule: 'default',
        surveyId: 'survey-1',
        period: '2026-Q3',
        rank: 2,
        rankedServices: 1,
        meanScore: 2.5,
        endCustomers: 300,
        reworkRate: 0.1,
        reasons: [],
        computedAt: '2026-11-22T09:00:00.000Z',
      },
    });
  });

  it('answers not found for an unknown service and conflict for one with an active cycle, starting nothing', async () => {
    for (const [options, code] of [
      [{ serviceExists: false }, ErrorCode.NotFound],
      [{ serviceExists: true, activeCycleId: 'c-1' }, ErrorCode.Conflict],
    ] as const) {
      const { service, gateway } = setup(options);
      const error = await service.start('svc', undefined, actor).catch((caught: unknown) => caught);
      expect((error as DomainError).code).toBe(code);
      expect(gateway.start).not.toHaveBeenCalled();
    }
  });

  it('refuses a cycle for a retired service with a conflict that says so, starting nothing', async () => {
    const { service, gateway } = setup({
      serviceExists: true,
      retiredAt: new Date('2026-11-01T00:00:00Z'),
    });
    const error = await service.start('svc', undefined, actor).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: ErrorCode.Conflict,
      message:
        'service svc was retired on 2026-11-01T00:00:00.000Z: reinstate it before starting a cycle',
    });
    expect(gateway.start).not.toHaveBeenCalled();
  });

  it('holds each policy clock within CYCLE_POLICY_MIN and its maximum, naming the bounds', async () => {
    const refused = async (cyclePolicyMin: string, policy: Partial<CyclePolicy>) => {
      const { service, gateway } = setup({ serviceExists: true, cyclePolicyMin });
      const error = await service.start('svc', policy, actor).catch((caught: unknown) => caught);
      expect(gateway.start).not.toHaveBeenCalled();
      return error as DomainError;
    };
    expect((await refused('PT1M', { approvalSla: 'PT2S' })).fields).toEqual([
      {
        field: 'policy.approvalSla',
        message: 'approvalSla must be between PT1M and P90D, not PT2S',
      },
    ]);
    expect((await refused('PT1S', { checkInEvery: 'P300000Y' })).fields).toEqual([
      {
        field: 'policy.checkInEvery',
        message: 'checkInEvery must be between PT1S and P1Y, not P300000Y',
      },
    ]);
    expect((await refused('PT1S', { reEvaluateAfter: 'PT0S' })).code).toBe(ErrorCode.InvalidInput);
    expect((await refused('PT1S', { approvalSla: 'P91D' })).fields[0]?.field).toBe(
      'policy.approvalSla',
    );
    const { service, gateway } = setup({ serviceExists: true, cyclePolicyMin: 'PT1S' });
    await service.start('svc', { approvalSla: 'PT2S', reEvaluateAfter: 'P5Y' }, actor);
    expect(gateway.start).toHaveBeenCalledTimes(1);
  });
});
