import type { DemoApi } from './demo-api';
import { people } from './demo-api';
import type { DemoOrganization } from './demo-organization';

const { ana, marta, luis } = people;

async function submitAndApprove(api: DemoApi, id: string, approver = marta): Promise<void> {
  await api.call(ana, 'POST', `/v1/cycles/${id}/submit`, { note: 'Ready for review' });
  await api.call(approver, 'POST', `/v1/cycles/${id}/decisions`, {
    decision: 'approve',
    reason: 'Evidence is sound; go ahead.',
  });
}

async function start(api: DemoApi, serviceId: string): Promise<string> {
  const { id } = await api.call(ana, 'POST', '/v1/cycles', { serviceId });
  await api.waitForCycle(id, (cycle) => cycle.stage === 'gap_identification');
  return id;
}

async function recordGap(api: DemoApi, id: string, gap: object): Promise<void> {
  await api.call(ana, 'PUT', `/v1/cycles/${id}/gap`, {
    evidence: 'Q3 internal customer survey and the monthly KPI report',
    ...gap,
  });
}

async function recordCauses(api: DemoApi, id: string): Promise<string[]> {
  const cycle = await api.call<{ rootCauses: { id: string }[] }>(
    ana,
    'PUT',
    `/v1/cycles/${id}/root-causes`,
    {
      causes: [
        {
          category: 'process',
          description: 'Changes reach the team by e-mail and are keyed in by hand',
          whys: [
            'There is no form for changes',
            'The intake was never redesigned after the merger',
          ],
          evidence: 'Sample of 200 change requests, October',
        },
        {
          category: 'people',
          description: 'Two of five specialists are new this year',
          whys: ['Turnover after the relocation', 'No onboarding checklist'],
          evidence: 'HR records',
        },
      ],
    },
  );
  return cycle.rootCauses.map((cause) => cause.id);
}

async function recordInitiatives(
  api: DemoApi,
  id: string,
  kpiId: string,
  causeIds: string[],
): Promise<void> {
  await api.call(ana, 'PUT', `/v1/cycles/${id}/initiatives`, {
    initiatives: [
      {
        title: 'One intake form for every change',
        ownerId: people.olga.id,
        dueDate: '2027-02-26',
        kpiId,
        expectedEffect: 'Half of the keying errors gone',
        addressesCauseIds: [causeIds[0]],
      },
      {
        title: 'Onboarding checklist and peer review for new specialists',
        ownerId: people.omar.id,
        dueDate: '2027-01-29',
        expectedEffect: 'New specialists at full accuracy within a month',
        addressesCauseIds: [causeIds[1]],
      },
    ],
  });
}

/**
 * A cycle through its first two gates (the gap approved by Marta, the causes by Luis), with its
 * initiatives recorded for the third.
 */
async function throughPlanning(
  api: DemoApi,
  serviceId: string,
  gap: { statement: string; currentValue: number; targetValue: number },
  kpiId: string,
): Promise<string> {
  const id = await start(api, serviceId);
  await recordGap(api, id, { ...gap, kpiId });
  await submitAndApprove(api, id, marta);
  await api.waitForCycle(id, (cycle) => cycle.stage === 'root_cause_analysis');
  const causeIds = await recordCauses(api, id);
  await submitAndApprove(api, id, luis);
  await api.waitForCycle(id, (cycle) => cycle.stage === 'initiative_planning');
  await recordInitiatives(api, id, kpiId, causeIds);
  return id;
}

/** Cycles at different points: waiting for decisions, being monitored, just started. */
export async function recordCycles(api: DemoApi, org: DemoOrganization): Promise<string[]> {
  const [payroll, orders, reviews, access] = org.serviceIds;
  if (!payroll || !orders || !reviews || !access) {
    throw new Error('the demo organization has fewer services than the cycles need');
  }

  const payrollCycle = await throughPlanning(
    api,
    payroll,
    {
      statement: 'Payroll errors run at 12 per 1,000 payslips; the front line expects 4 at most',
      currentValue: 12,
      targetValue: 4,
    },
    org.kpiIds.payroll ?? '',
  );
  await api.call(ana, 'POST', `/v1/cycles/${payrollCycle}/submit`, {
    note: 'Two initiatives, one per cause',
  });

  const ordersCycle = await start(api, orders);
  await recordGap(api, ordersCycle, {
    statement: 'A purchase order takes 14 days from request; branches plan with 5',
    kpiId: org.kpiIds.orders,
    currentValue: 14,
    targetValue: 5,
  });
  await api.call(ana, 'POST', `/v1/cycles/${ordersCycle}/submit`, {});

  const reviewsCycle = await throughPlanning(
    api,
    reviews,
    {
      statement: 'Contract reviews take 10 days; sales loses deals after 4',
      currentValue: 10,
      targetValue: 4,
    },
    org.kpiIds.reviews ?? '',
  );
  await submitAndApprove(api, reviewsCycle, luis);
  const monitored = await api.waitForCycle(
    reviewsCycle,
    (cycle) => cycle.stage === 'execution_monitoring',
  );
  for (const [index, initiative] of monitored.initiatives.entries()) {
    await api.call(
      ana,
      'POST',
      `/v1/cycles/${reviewsCycle}/initiatives/${initiative.id}/progress`,
      {
        percentComplete: index === 0 ? 60 : 35,
        status: index === 0 ? 'on_track' : 'at_risk',
        note: index === 0 ? 'Form live in two of three regions' : 'Checklist drafted, reviews late',
      },
    );
  }

  const accessCycle = await start(api, access);
  return [payrollCycle, ordersCycle, reviewsCycle, accessCycle];
}
