import { AccessService } from '@klarsicht/api-core';
import { stubOf, testContext } from '@klarsicht/api-core/testing';
import { ComplianceService } from '@klarsicht/api-compliance';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { BreachRepository, type BreachRow } from './breach.repository';
import { BreachService } from './breach.service';

const HOUR = 3_600_000;
const row = (overrides: Partial<BreachRow> = {}): BreachRow => ({
  id: '00000000-0000-7000-8000-00000000b001',
  client_id: 'c1',
  client_name: 'Metzgerei Huber',
  title: 'Laptop gestohlen',
  description: '',
  discovered_at: new Date(Date.now() - 10 * HOUR),
  occurred_at: null,
  data_categories: [],
  subject_categories: [],
  approx_subjects: null,
  approx_records: null,
  likely_consequences: '',
  measures: '',
  risk: 'RISK',
  authority_code: 'BY',
  contact: null,
  notified_at: null,
  notification_reference: null,
  late_reason: null,
  subjects_informed_at: null,
  subjects_communication: null,
  created_at: new Date(),
  ...overrides,
});

const setup = (found: BreachRow) => {
  const access = stubOf(AccessService);
  access.requireClients.mockResolvedValue();
  const breaches = stubOf(BreachRepository);
  breaches.find.mockResolvedValue(found);
  breaches.update.mockResolvedValue();
  breaches.clientFederalState.mockResolvedValue('HH');
  breaches.insert.mockResolvedValue(found.id);
  const tasks = stubOf(GeneratedTasksService);
  const rules = stubOf(ComplianceService);
  return { sut: new BreachService(access, breaches, tasks, rules), breaches, tasks, rules };
};

describe(BreachService.name, () => {
  it('marks a breach notified within 72 hours without reasons and closes its task', async () => {
    const { sut, breaches, tasks, rules } = setup(row());
    // Read for the check, then after the update.
    breaches.find.mockResolvedValueOnce(row()).mockResolvedValueOnce(row({ notified_at: new Date() }));
    await sut.markNotified(testContext(), row().id, { reference: ' BayLDA-1 ' });
    expect(breaches.update).toHaveBeenCalledWith(expect.anything(), row().id, {
      notified_at: expect.any(Date),
      notification_reference: 'BayLDA-1',
      late_reason: null,
    });
    expect(tasks.close).toHaveBeenCalled();
    expect(rules.reevaluate).toHaveBeenCalledWith(expect.anything(), ['c1']);
  });

  it('requires the reasons for a notification after 72 hours (Art. 33(1) sentence 2)', async () => {
    const late = row({ discovered_at: new Date(Date.now() - 73 * HOUR) });
    const { sut, breaches } = setup(late);
    await expect(sut.markNotified(testContext(), late.id, {})).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(breaches.update).not.toHaveBeenCalled();
    // A notification dated within the 72 hours is on time even when it is recorded later.
    await sut.markNotified(testContext(), late.id, { notifiedAt: new Date(Date.now() - 2 * HOUR) });
    await expect(
      sut.markNotified(testContext(), late.id, { notifiedAt: new Date(Date.now() - 74 * HOUR) }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('reports to the Land authority of the client unless another is chosen', async () => {
    const { sut, breaches } = setup(row());
    await sut.report(testContext(), {
      clientId: 'c1',
      title: ' Fehlversand ',
      discoveredAt: new Date(),
      risk: 'RISK',
    });
    expect(breaches.insert).toHaveBeenCalledWith(
      expect.anything(),
      'c1',
      expect.any(Date),
      expect.objectContaining({ title: 'Fehlversand', risk: 'RISK', authority_code: 'HH' }),
    );
    await expect(
      sut.report(testContext(), {
        clientId: 'c1',
        title: 'x',
        discoveredAt: new Date(),
        risk: 'RISK',
        authorityCode: 'XX',
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('opens the notification task due at the deadline only while a notifiable breach is unnotified', async () => {
    const open = row();
    const { sut, tasks } = setup(open);
    await sut.update(testContext(), open.id, { measures: 'Gerät gesperrt' });
    expect(tasks.open).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        source: 'BREACH',
        priority: 'CRITICAL',
        dueAt: new Date(open.discovered_at.getTime() + 72 * HOUR),
      }),
    );
    const noRisk = setup(row({ risk: 'NO_RISK' }));
    await noRisk.sut.update(testContext(), open.id, { risk: 'NO_RISK' });
    expect(noRisk.tasks.open).not.toHaveBeenCalled();
    expect(noRisk.tasks.close).toHaveBeenCalled();
  });
});
