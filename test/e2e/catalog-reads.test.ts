import { randomUUID } from 'node:crypto';
import { expectOk } from '../support/cycle-steps';
import { organizationBuilder } from '../support/organization';
import type { TestStack } from '../support/test-stack';
import { startTestStack } from '../support/test-stack';
import { users } from '../support/users';

describe('the catalog reads back what it stores', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });
  afterAll(async () => {
    await stack.close();
  });
  const { survey: newSurvey, organization } = organizationBuilder(() => stack.http);
  const as = { as: users.improver };
  const read = async (path: string, who = users.auditor) =>
    expectOk(await stack.http.get(path, { as: who })).body;
  /** Every item of a list, page by page, as a client following `nextCursor` would. */
  async function readAll(path: string): Promise<any[]> {
    let items: any[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: any[]; nextCursor: string | null } = await read(
        `${path}?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      items = [...items, ...page.items];
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  it('lists surveys, and a survey’s responses with their comments, by service', async () => {
    const { areas, services, survey } = await organization();
    const comment = `Replacement cards arrive late ${randomUUID()}`;
    expectOk(
      await stack.http.post(
        `/v1/surveys/${survey}/responses`,
        { serviceId: services.cards, respondentAreaId: areas.branches, score: 2, comment },
        as,
      ),
      201,
    );

    const listed = await readAll('/v1/surveys');
    expect(listed.map((item) => item.id)).toContain(survey);

    const all = await read(`/v1/surveys/${survey}/responses`);
    expect(all.items).toHaveLength(7);
    const cards = await read(`/v1/surveys/${survey}/responses?serviceId=${services.cards}`);
    expect(cards.items.map((response: { score: number }) => response.score)).toEqual([1, 3, 2]);
    expect(cards.items[2]).toEqual({
      id: expect.any(String),
      serviceId: services.cards,
      respondentAreaId: areas.branches,
      score: 2,
      comment,
      recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(cards.items[0].comment).toBeNull();
    expect((await stack.http.get(`/v1/surveys/${randomUUID()}/responses`, as)).status).toBe(404);
    expect(
      (await stack.http.get(`/v1/surveys/${survey}/responses?serviceId=cards`, as)).status,
    ).toBe(400);
  });

  it('lists a service’s KPIs with their latest value', async () => {
    const { services } = await organization();
    const kpi = async (name: string, target: number) =>
      expectOk(
        await stack.http.post(
          `/v1/services/${services.claims}/kpis`,
          { name, unit: 'days', direction: 'lower_is_better', baseline: 9, target },
          as,
        ),
        201,
      ).body.id as string;
    const days = await kpi('Days to settle', 2);
    await kpi('Days to acknowledge', 1);
    for (const [value, at] of [
      [8, '2026-10-01T00:00:00.000Z'],
      [5, '2026-11-01T00:00:00.000Z'],
    ] as const) {
      expectOk(
        await stack.http.post(`/v1/kpis/${days}/measurements`, { value, measuredAt: at }, as),
        201,
      );
    }
    const { items } = await read(`/v1/services/${services.claims}/kpis`);
    expect(items).toEqual([
      expect.objectContaining({ id: days, latestValue: 5, gapToTarget: 3, trend: 'improving' }),
      expect.objectContaining({ name: 'Days to acknowledge', latestValue: null, trend: null }),
    ]);
    expect((await read(`/v1/services/${services.laptops}/kpis`)).items).toEqual([]);
    expect((await stack.http.get(`/v1/services/${randomUUID()}/kpis`, as)).status).toBe(404);
  });

  it('lists maturity assessments and gives one with its ratings and gaps', async () => {
    const name = `Ops ${randomUUID()}`;
    const ratings = [
      { capability: 'billing', current: 2, target: 3 },
      { capability: 'security', current: 1, target: 4 },
    ];
    const created = expectOk(
      await stack.http.post('/v1/maturity/assessments', { name, ratings }, as),
      201,
    ).body;
    const one = await read(`/v1/maturity/assessments/${created.id}`);
    expect(one).toEqual({
      id: created.id,
      name,
      ratings,
      gaps: [
        { capability: 'security', category: 'infrastructure', current: 1, target: 4, size: 3 },
        { capability: 'billing', category: 'customer_interaction', current: 2, target: 3, size: 1 },
      ],
      createdAt: created.createdAt,
    });
    expect(await readAll('/v1/maturity/assessments')).toContainEqual(one);
    expect((await stack.http.get(`/v1/maturity/assessments/${randomUUID()}`, as)).status).toBe(404);
  });

  it('gives auditors the catalog’s own audit events, by entity, and verifies its chain', async () => {
    const { services, survey } = await organization();
    const about = await read(`/v1/catalog/history?entityId=${services.cards}`);
    const actions = about.items.map((event: { action: string }) => event.action);
    // Created, rated twice in the survey, given a quarter's volumes.
    expect(actions).toEqual([
      'service_created',
      'survey_response_recorded',
      'survey_response_recorded',
      'service_volume_recorded',
    ]);
    expect(about.items[0]).toMatchObject({
      actor: { id: users.improver.sub, roles: users.improver.roles },
      data: { after: { id: services.cards } },
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const seqs = about.items.map((event: { seq: number }) => event.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    const surveyEvents = await read(`/v1/catalog/history?entityId=${survey}`);
    expect(surveyEvents.items[0].action).toBe('survey_created');

    const csv = await stack.http.get(`/v1/catalog/history?entityId=${services.cards}&format=csv`, {
      as: users.admin,
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(String(csv.body).trim().split('\r\n')).toHaveLength(1 + actions.length);

    const verified = await read('/v1/catalog/history/verify', users.admin);
    expect(verified).toMatchObject({
      valid: true,
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(verified.events).toBeGreaterThanOrEqual(about.items.at(-1).seq);
    expect((await stack.http.get('/v1/catalog/history', as)).status).toBe(403);
  });

  it('sorts a service’s comments into what to repeat and what to correct, by survey', async () => {
    const { areas, services, survey } = await organization();
    const respond = (surveyId: string, score: number, comment: string) =>
      stack.http.post(
        `/v1/surveys/${surveyId}/responses`,
        { serviceId: services.access, respondentAreaId: areas.online, score, comment },
        as,
      );
    expectOk(await respond(survey, 5, 'Passwords reset in minutes'), 201);
    expectOk(await respond(survey, 1, 'New starters wait a week for access'), 201);
    expectOk(await respond(survey, 3, 'Average'), 201);
    const feedback = await read(`/v1/services/${services.access}/feedback?surveyId=${survey}`);
    expect(feedback).toMatchObject({
      surveyId: survey,
      repeat: ['Passwords reset in minutes'],
      correct: ['New starters wait a week for access'],
      nextCursor: null,
    });
    expect(feedback.items).toEqual([
      expect.objectContaining({ kind: 'repeat', score: 5, comment: 'Passwords reset in minutes' }),
      expect.objectContaining({
        kind: 'correct',
        score: 1,
        comment: 'New starters wait a week for access',
      }),
    ]);

    // A later survey is the default; a service nobody rated has no feedback yet.
    const later = await newSurvey('2026-10-01', '2026-12-31');
    expectOk(await respond(later, 2, 'Still slow for new starters'), 201);
    expect(await read(`/v1/services/${services.access}/feedback`)).toMatchObject({
      surveyId: later,
      repeat: [],
      correct: ['Still slow for new starters'],
    });
    expect(await read(`/v1/services/${services.laptops}/feedback`)).toEqual({
      surveyId: null,
      items: [],
      nextCursor: null,
      repeat: [],
      correct: [],
    });
    expect((await stack.http.get(`/v1/services/${randomUUID()}/feedback`, as)).status).toBe(404);
    expect(
      (
        await stack.http.get(
          `/v1/services/${services.access}/feedback?surveyId=${randomUUID()}`,
          as,
        )
      ).status,
    ).toBe(404);
  });

  it('pages a service’s feedback, each page’s comments also sorted into repeat and correct', async () => {
    const { areas, services, survey } = await organization();
    const said = [
      [5, 'Kind on the phone'],
      [1, 'Lost my request twice'],
      [3, 'Nothing to say'],
      [2, 'Slow to call back'],
      [5, '   '],
      [5, 'Fixed it the same day'],
      [4, 'Mostly fine'],
      [1, 'Nobody knew the answer'],
      [5, 'Clear forms'],
    ] as const;
    for (const [score, comment] of said) {
      expectOk(
        await stack.http.post(
          `/v1/surveys/${survey}/responses`,
          { serviceId: services.access, respondentAreaId: areas.online, score, comment },
          as,
        ),
        201,
      );
    }
    const path = `/v1/services/${services.access}/feedback?surveyId=${survey}&limit=2`;
    const pages: any[] = [];
    for (let cursor: string | null = ''; cursor !== null; cursor = pages.at(-1).nextCursor) {
      pages.push(await read(cursor ? `${path}&cursor=${cursor}` : path));
    }

    const comments = (kind: string, items: any[]) =>
      items.filter((item) => item.kind === kind).map((item) => item.comment);
    for (const page of pages) {
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.repeat).toEqual(comments('repeat', page.items));
      expect(page.correct).toEqual(comments('correct', page.items));
    }
    // Oldest first, each comment once; the middle scores and the blank comment ask nothing.
    const all = pages.flatMap((page) => page.items);
    expect(all.map((item) => [item.kind, item.comment])).toEqual([
      ['repeat', 'Kind on the phone'],
      ['correct', 'Lost my request twice'],
      ['correct', 'Slow to call back'],
      ['repeat', 'Fixed it the same day'],
      ['correct', 'Nobody knew the answer'],
      ['repeat', 'Clear forms'],
    ]);
    expect(pages).toHaveLength(3);
    // Without paging parameters, the first page (up to 50) holds all of them, as v1 answered.
    expect(await read(`/v1/services/${services.access}/feedback?surveyId=${survey}`)).toMatchObject(
      {
        repeat: comments('repeat', all),
        correct: comments('correct', all),
        nextCursor: null,
      },
    );
    for (const bad of ['limit=0', 'limit=201', 'cursor=not-ours']) {
      const refused = await stack.http.get(`/v1/services/${services.access}/feedback?${bad}`, as);
      expect(refused.status).toBe(400);
    }
  });
});
