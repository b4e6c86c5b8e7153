import { Injectable } from '@nestjs/common';
import {
  AccessService,
  badInput,
  contextLoader,
  decodeCursor,
  isCursorTimestamp,
  isCursorUuid,
  notFound,
  pageSize,
  toConnection,
  type ConnectionShape,
  type RequestContext,
} from '@klarsicht/api-core';
import { NotificationsService } from '@klarsicht/api-notifications';
import { Task } from './task.entity';
import { TasksRepository, type TaskRow } from './tasks.repository';
import type { AddTaskCommentInput, CreateTaskInput, TaskFilter, UpdateTaskInput } from './dto/task.inputs';
import type { TaskCommentModel, TaskModel } from './models/task.model';

const toModel = (r: TaskRow): TaskModel => ({
  id: r.id,
  title: r.title,
  description: r.description,
  status: r.status,
  priority: r.priority,
  dueAt: r.due_at,
  overdue: r.overdue,
  client: { id: r.client_id, name: r.client_name },
  source: r.source,
  ruleId: r.rule_id,
  assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? '' } : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Tasks people work on: create, change, comment, list. */
const EXPORT_BATCH = 2000;

@Injectable()
export class TasksService {
  constructor(
    private readonly access: AccessService,
    private readonly tasks: TasksRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async create(ctx: RequestContext, input: CreateTaskInput): Promise<TaskModel> {
    await this.access.requireClients(ctx, 'tasks', 'write', [input.clientId]);
    await this.checkAssignee(ctx, input.assigneeId, input.clientId);
    const task = await this.tasks.insert(ctx, {
      clientId: input.clientId,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      priority: input.priority ?? 'MEDIUM',
      dueAt: input.dueAt ?? null,
      assigneeId: input.assigneeId ?? null,
      source: 'MANUAL',
      ruleId: null,
      generatedKey: null,
    });
    ctx.audit({
      action: 'task.created',
      entityType: 'task',
      entityId: task.id,
      clientId: task.clientId,
      changes: {
        title: { after: task.title },
        priority: { after: task.priority },
        dueAt: { after: task.dueAt },
        assigneeId: { after: task.assigneeId },
      },
    });
    const model = await this.load(ctx, task.id);
    if (task.assigneeId) await this.assigned(ctx, model, task.assigneeId);
    return model;
  }

  async update(ctx: RequestContext, id: string, input: UpdateTaskInput): Promise<TaskModel> {
    const task = await this.access.requireRecord(ctx, 'tasks', 'write', Task, id);
    const next: Partial<Task> = {};
    if (input.title) next.title = input.title.trim();
    if (input.description !== undefined && input.description !== null)
      next.description = input.description.trim();
    if (input.priority) next.priority = input.priority;
    if (input.dueAt !== undefined) next.dueAt = input.dueAt;
    if (input.assigneeId !== undefined) {
      await this.checkAssignee(ctx, input.assigneeId, task.clientId);
      next.assigneeId = input.assigneeId;
    }
    if (input.status && input.status !== task.status) {
      next.status = input.status;
      next.closedAt = input.status === 'DONE' || input.status === 'DISMISSED' ? new Date() : null;
    }
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [key, value] of Object.entries(next)) {
      if (key === 'closedAt') continue;
      const before = task[key as keyof Task] ?? null;
      if (JSON.stringify(before) !== JSON.stringify(value ?? null))
        changes[key] = { before, after: value ?? null };
    }
    if (Object.keys(changes).length === 0) return this.load(ctx, id);
    try {
      await this.tasks.update(ctx, id, next);
    } catch (error) {
      // Reopening a generated task while the rule has opened a new one for the same key.
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505')
        throw badInput({ status: 'An open task for this finding already exists' });
      throw error;
    }
    ctx.audit({ action: 'task.updated', entityType: 'task', entityId: id, clientId: task.clientId, changes });
    const model = await this.load(ctx, id);
    if (changes['assigneeId'] && next.assigneeId) await this.assigned(ctx, model, next.assigneeId);
    return model;
  }

  async addComment(ctx: RequestContext, input: AddTaskCommentInput): Promise<TaskCommentModel> {
    const task = await this.access.requireRecord(ctx, 'tasks', 'write', Task, input.taskId);
    const comment = await this.tasks.insertComment(ctx, task, input.body.trim());
    ctx.audit({
      action: 'task.commented',
      entityType: 'task',
      entityId: task.id,
      clientId: task.clientId,
      changes: { commentId: { after: comment.id } },
    });
    return {
      id: comment.id,
      body: comment.body,
      authorLabel: comment.authorLabel,
      createdAt: comment.createdAt,
    };
  }

  async get(ctx: RequestContext, id: string): Promise<TaskModel> {
    await this.access.requireRecord(ctx, 'tasks', 'read', Task, id);
    return this.load(ctx, id);
  }

  async list(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: TaskFilter | null },
  ): Promise<ConnectionShape<TaskModel>> {
    this.access.require(ctx, 'tasks', 'read');
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after, [isCursorTimestamp, isCursorUuid]) as [string, string] | null;
    const { rows, total } = await this.tasks.page(
      ctx,
      this.access.clientFilter(ctx),
      args.filter ?? {},
      limit,
      cursor,
    );
    const connection = toConnection(
      rows,
      limit,
      total,
      (r) => [r.due_at ? r.due_at.toISOString() : 'infinity', r.id],
      cursor !== null,
    );
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toModel(e.node) })),
    };
  }

  /** Every task of the filter in creation order, read in batches without counting (exports). */
  async *stream(ctx: RequestContext, filter: TaskFilter): AsyncGenerator<TaskModel> {
    this.access.require(ctx, 'tasks', 'read');
    if (filter.clientId) await this.access.requireClients(ctx, 'tasks', 'read', [filter.clientId]);
    let after: string | null = null;
    for (;;) {
      const rows = await this.tasks.batch(ctx, this.access.clientFilter(ctx), filter, after, EXPORT_BATCH);
      for (const row of rows) yield toModel(row);
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }

  commentsOf(ctx: RequestContext, taskId: string): Promise<TaskCommentModel[]> {
    this.access.require(ctx, 'tasks', 'read');
    return contextLoader<string, TaskCommentModel[]>(
      ctx,
      'tasks:comments',
      async (ids) => {
        const rows = await this.tasks.commentsOf(ctx, ids);
        const out = new Map<string, TaskCommentModel[]>();
        for (const r of rows)
          out.set(r.task_id, [
            ...(out.get(r.task_id) ?? []),
            { id: r.id, body: r.body, authorLabel: r.author_label, createdAt: r.created_at },
          ]);
        return out;
      },
      [],
    ).load(taskId);
  }

  async overdueTotal(ctx: RequestContext): Promise<number> {
    this.access.require(ctx, 'tasks', 'read');
    return this.tasks.overdueCount(ctx, this.access.clientFilter(ctx));
  }

  private async load(ctx: RequestContext, id: string): Promise<TaskModel> {
    const row = await this.tasks.find(ctx, id);
    if (!row) throw notFound();
    return toModel(row);
  }

  /** Assignee: firm staff, or a user bound to the task's client. */
  /** The new assignee hears of it: in the bell and by mail (libs/api/notifications). */
  private assigned(ctx: RequestContext, task: TaskModel, assigneeId: string): Promise<void> {
    return this.notifications.taskAssigned(
      ctx,
      {
        id: task.id,
        title: task.title,
        clientId: task.client.id,
        clientName: task.client.name,
        dueAt: task.dueAt,
      },
      assigneeId,
    );
  }

  private async checkAssignee(
    ctx: RequestContext,
    userId: string | null | undefined,
    clientId: string,
  ): Promise<void> {
    if (!userId) return;
    if (!(await this.tasks.isAssignable(ctx, userId, clientId)))
      throw badInput({ assigneeId: 'Must be a member of the firm or of this client' });
  }
}
