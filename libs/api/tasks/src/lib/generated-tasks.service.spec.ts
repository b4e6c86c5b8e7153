import { stubOf, testContext } from '@klarsicht/api-core/testing';
import { GeneratedTasksService, type GeneratedTaskSpec } from './generated-tasks.service';
import { Task } from './task.entity';
import { TasksRepository } from './tasks.repository';

const spec = (key: string): GeneratedTaskSpec => ({
  clientId: 'c1',
  source: 'RULE',
  key,
  title: 'Regel verletzt',
  description: 'Beheben',
  priority: 'HIGH',
  ruleId: 'WA-IMPRINT',
});

const setup = (openKeys: string[]) => {
  const tasks = stubOf(TasksRepository);
  tasks.openGeneratedKeys.mockResolvedValue(openKeys);
  tasks.insert.mockImplementation(async (_ctx, values) => Object.assign(new Task(), values));
  tasks.closeGenerated.mockResolvedValue([{ id: 't1', client_id: 'c1' }]);
  return { sut: new GeneratedTasksService(tasks), tasks };
};

describe(GeneratedTasksService.name, () => {
  it('opens a task once per key: a second open in the same request, or an open task with the key, adds none', async () => {
    const { sut, tasks } = setup(['rule:WA-BSP-DPA:a1']);
    const ctx = testContext();
    await sut.open(ctx, spec('rule:WA-IMPRINT:a1'));
    await sut.open(ctx, spec('rule:WA-IMPRINT:a1'));
    await sut.open(ctx, spec('rule:WA-BSP-DPA:a1'));
    expect(tasks.insert).toHaveBeenCalledTimes(1);
    expect(tasks.insert).toHaveBeenCalledWith(
      ctx,
      expect.objectContaining({
        generatedKey: 'rule:WA-IMPRINT:a1',
        assigneeId: null,
        dueAt: null,
        source: 'RULE',
      }),
    );
    expect(tasks.openGeneratedKeys).toHaveBeenCalledTimes(1);
    expect(ctx.audit).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'task.generated', clientId: 'c1' }),
    );
  });

  it('closes only an open task, with the comment saying why, and audits it', async () => {
    const { sut, tasks } = setup(['rule:WA-IMPRINT:a1']);
    const ctx = testContext();
    await sut.close(ctx, 'c1', 'rule:WA-OTHER:a1', 'nie offen');
    expect(tasks.closeGenerated).not.toHaveBeenCalled();
    await sut.close(ctx, 'c1', 'rule:WA-IMPRINT:a1', 'WA-IMPRINT: Die Regel ist wieder erfüllt.');
    expect(tasks.closeGenerated).toHaveBeenCalledWith(ctx, 'c1', 'rule:WA-IMPRINT:a1');
    expect(tasks.insertComment).toHaveBeenCalledWith(
      ctx,
      { id: 't1', clientId: 'c1' },
      'WA-IMPRINT: Die Regel ist wieder erfüllt.',
    );
    expect(ctx.audit).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'task.auto_closed', entityId: 't1' }),
    );
    // Closed: closing again does nothing, opening again opens a new task.
    await sut.close(ctx, 'c1', 'rule:WA-IMPRINT:a1', 'x');
    expect(tasks.closeGenerated).toHaveBeenCalledTimes(1);
    await sut.open(ctx, spec('rule:WA-IMPRINT:a1'));
    expect(tasks.insert).toHaveBeenCalledTimes(1);
  });
});
