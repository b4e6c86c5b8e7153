import { AccessService } from '@klarsicht/api-core';
import { stubOf, testContext } from '@klarsicht/api-core/testing';
import { emptyAnswers } from '@klarsicht/compliance-rules';
import { GeneratedTasksService } from '@klarsicht/api-tasks';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceService } from './compliance.service';
import { evaluateClients } from './compliance.util';

const setup = () => {
  const repository = stubOf(ComplianceRepository);
  const tasks = stubOf(GeneratedTasksService);
  return { sut: new ComplianceService(new AccessService(), repository, tasks), repository, tasks };
};

describe(ComplianceService.name, () => {
  it('re-evaluation stores each client’s score and opens a task per failing finding, closes the others', async () => {
    const { sut, repository, tasks } = setup();
    const ctx = testContext();
    const accounts = [
      {
        clientId: 'c1',
        id: 'a1',
        label: 'Vertrieb',
        variant: 'PRIVATE_APP' as const,
        answers: { ...emptyAnswers(), usedForBusiness: true },
        bsp: null,
      },
    ];
    repository.accountsOf.mockResolvedValue(accounts);
    repository.factsOf.mockResolvedValue(new Map());
    await sut.reevaluate(ctx, ['c1', 'c2', 'c1']);

    expect(repository.accountsOf).toHaveBeenCalledWith(ctx, ['c1', 'c2']);
    const expected = evaluateClients(['c1', 'c2'], accounts, new Map());
    expect(repository.saveScores).toHaveBeenCalledWith(ctx, [
      { clientId: 'c1', score: expected.get('c1')!.score, level: expected.get('c1')!.level },
      { clientId: 'c2', score: expected.get('c2')!.score, level: expected.get('c2')!.level },
    ]);
    const findings = [...expected.values()].flatMap((r) => r.findings);
    const failing = findings.filter((f) => f.status === 'FAIL');
    expect(failing.map((f) => f.ruleId)).toContain('WA-PRIVATE-APP');
    expect(tasks.open).toHaveBeenCalledTimes(failing.length);
    expect(tasks.close).toHaveBeenCalledTimes(findings.length - failing.length);
    expect(tasks.open).toHaveBeenCalledWith(
      ctx,
      expect.objectContaining({
        clientId: 'c1',
        key: 'rule:WA-PRIVATE-APP:a1',
        title: expect.stringContaining('(Vertrieb)'),
      }),
    );
  });

  it('does nothing for no clients', async () => {
    const { sut, repository } = setup();
    await sut.reevaluate(testContext(), []);
    expect(repository.accountsOf).not.toHaveBeenCalled();
    expect(repository.saveScores).not.toHaveBeenCalled();
  });

  it('results are read once per request for a page of clients (batched)', async () => {
    const { sut, repository } = setup();
    const ctx = testContext();
    repository.accountsOf.mockResolvedValue([]);
    repository.factsOf.mockResolvedValue(new Map());
    await Promise.all([sut.resultFor(ctx, 'c1'), sut.resultFor(ctx, 'c2'), sut.resultFor(ctx, 'c1')]);
    expect(repository.accountsOf).toHaveBeenCalledTimes(1);
    expect(repository.accountsOf.mock.calls[0][1]).toEqual(['c1', 'c2']);
  });

  it('results need read access to clients', async () => {
    const { sut } = setup();
    await expect(
      sut.resultFor(testContext({ role: 'OWNER', scopes: ['consents:read'] }), 'c1'),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
