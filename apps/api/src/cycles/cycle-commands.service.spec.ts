import type { UpdateDefinition } from '@temporalio/client';
import {
  CauseCategory,
  cancelCycleUpdate,
  decideUpdate,
  DomainError,
  GateDecision,
  InitiativeStatus,
  reEvaluateNowUpdate,
  recordGapUpdate,
  recordInitiativesUpdate,
  recordRootCausesUpdate,
  reportProgressUpdate,
  Role,
  submitStageUpdate,
} from '@app/domain';
import type { CycleRepository, DelegationRepository } from '@app/persistence';
import { Clock } from '../platform/clock';
import type { GapSourceCheck } from './gap-source-check';
import { CycleCommandsService } from './cycle-commands.service';
import type { CycleWorkflowGateway } from './cycle-workflow.gateway';

describe('CycleCommandsService', () => {
  const change = { actor: { id: 'iris', roles: [Role.Improver] }, requestId: 'req-1' };
  const setup = (known = true) => {
    const gateway = {
      isRunning: jest.fn(async () => false),
      execute: jest.fn(async () => ({ cycleId: 'c-1', notices: [{ kind: 'reminder' }] })),
    };
    const cycles = { findById: jest.fn(async () => (known ? { id: 'c-1' } : null)) };
    const delegations = { inForceFor: jest.fn(async () => []) };
    const service = new CycleCommandsService(
      cycles as unknown as CycleRepository,
      gateway as unknown as CycleWorkflowGateway,
      delegations as unknown as DelegationRepository,
      new Clock(),
      { requireExists: jest.fn(async () => undefined) } as unknown as GapSourceCheck,
    );
    return { service, gateway };
  };
  const sent = (gateway: ReturnType<typeof setup>['gateway']) =>
    (gateway.execute.mock.calls as unknown as [string, UpdateDefinition<unknown>, unknown][]).map(
      ([, update, command]) => [update.name, command],
    );
  const command = (body: unknown) => ({ actor: change.actor, body, requestId: 'req-1' });

  it('sends each command as its own update, with absent optional fields as null', async () => {
    const { service, gateway } = setup();
    const gap = { statement: 'Slow', currentValue: 9, targetValue: 2, evidence: 'Survey' };
    const cause = { category: CauseCategory.Process, description: 'd', whys: [], evidence: 'e' };
    const plan = { title: 't', ownerId: 'olga', dueDate: '2027-01-01', expectedEffect: 'x' };
    const progress = { percentComplete: 50, status: InitiativeStatus.OnTrack } as const;
    await service.recordGap('c-1', gap, change, 'key-1');
    await service.recordRootCauses('c-1', [cause], change);
    await service.recordInitiatives('c-1', [plan], change);
    await service.submit('c-1', {}, change);
    await service.decide('c-1', { decision: GateDecision.Approve }, change);
    await service.reportProgress('c-1', 'i-1', progress, change);
    await service.reEvaluateNow('c-1', { reason: 'Board' }, change);
    await service.cancel('c-1', { reason: 'Moot' }, change);

    expect(sent(gateway)).toEqual([
      [recordGapUpdate.name, command({ ...gap, kpiId: null })],
      [recordRootCausesUpdate.name, command([cause])],
      [recordInitiativesUpdate.name, command([{ ...plan, kpiId: null }])],
      [submitStageUpdate.name, command({ note: null })],
      [decideUpdate.name, command({ decision: GateDecision.Approve, reason: null })],
      [reportProgressUpdate.name, command({ initiativeId: 'i-1', ...progress, note: null })],
      [reEvaluateNowUpdate.name, command({ reason: 'Board' })],
      [cancelCycleUpdate.name, command({ reason: 'Moot' })],
    ]);
    expect(gateway.execute.mock.calls[0]).toHaveLength(4);
    expect((gateway.execute.mock.calls[0] as unknown[])[3]).toBe('key-1');
  });

  it('answers in today’s shape whatever version of the workflow answered', async () => {
    const { service } = setup();
    const state = await service.cancel('c-1', { reason: 'Moot' }, change);
    expect(state.escalations).toEqual([{ kind: 'reminder' }]);
    expect(state).not.toHaveProperty('notices');
  });

  it('answers not found for a cycle neither recorded nor running, sending nothing', async () => {
    const { service, gateway } = setup(false);
    await expect(service.cancel('c-9', { reason: 'Moot' }, change)).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(gateway.execute).not.toHaveBeenCalled();
  });
});
