import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { TaskPriority } from './task.entity';
import { TasksRepository } from './tasks.repository';

export type GeneratedTaskSource =
  | 'RULE'
  | 'DOCUMENT_REVIEW'
  | 'CONSENT_HYGIENE'
  | 'DATA_SUBJECT_REQUEST'
  | 'BREACH'
  | 'ATTESTATION'
  | 'CAMPAIGN'
  | 'PROCESSING_REVIEW';

/** Generated tasks are idempotent per (client, key): opening twice keeps one open task. */
export type GeneratedTaskSpec = {
  clientId: string;
  source: GeneratedTaskSource;
  // e.g. `rule:WA-PRIVATE-APP:<accountId>` or `document-review:<documentId>`
  key: string;
  title: string;
  description: string;
  priority: TaskPriority;
  ruleId?: string | null;
  dueAt?: Date | null;
};

const OPEN_KEYS = 'tasks:open-generated-keys';

/**
 * Tasks that the system opens and closes (rule findings, document reviews), inside the transaction of the change
 * that caused them. No access check of its own: its callers checked access to the client they changed.
 */
@Injectable()
export class GeneratedTasksService {
  constructor(private readonly tasks: TasksRepository) {}

  async open(ctx: RequestContext, spec: GeneratedTaskSpec): Promise<void> {
    const keys = await this.openKeys(ctx, spec.clientId);
    if (keys.has(spec.key)) return;
    const task = await this.tasks.insert(ctx, {
      clientId: spec.clientId,
      title: spec.title,
      description: spec.description,
      priority: spec.priority,
      dueAt: spec.dueAt ?? null,
      assigneeId: null,
      source: spec.source,
      ruleId: spec.ruleId ?? null,
      generatedKey: spec.key,
    });
    keys.add(spec.key);
    ctx.audit({
      action: 'task.generated',
      entityType: 'task',
      entityId: task.id,
      clientId: spec.clientId,
      changes: { key: { after: spec.key }, title: { after: spec.title }, priority: { after: spec.priority } },
    });
  }

  /** Closes the open task with this key, if any, with a comment saying why. */
  async close(ctx: RequestContext, clientId: string, key: string, comment: string): Promise<void> {
    const keys = await this.openKeys(ctx, clientId);
    if (!keys.has(key)) return;
    const closed = await this.tasks.closeGenerated(ctx, clientId, key);
    keys.delete(key);
    for (const row of closed) {
      await this.tasks.insertComment(ctx, { id: row.id, clientId: row.client_id }, comment);
      ctx.audit({
        action: 'task.auto_closed',
        entityType: 'task',
        entityId: row.id,
        clientId,
        changes: { status: { before: 'OPEN', after: 'DONE' }, reason: { after: comment } },
      });
    }
  }

  /** Moves the due date of the open task with this key, if any (an extended deadline). */
  async reschedule(ctx: RequestContext, clientId: string, key: string, dueAt: Date): Promise<void> {
    const moved = await this.tasks.rescheduleGenerated(ctx, clientId, key, dueAt);
    for (const row of moved)
      ctx.audit({
        action: 'task.rescheduled',
        entityType: 'task',
        entityId: row.id,
        clientId,
        changes: { dueAt: { before: row.before, after: dueAt } },
      });
  }

  // The open keys of a client, read once per request: re-evaluation asks for every finding.
  private async openKeys(ctx: RequestContext, clientId: string): Promise<Set<string>> {
    let cache = ctx.loaders.get(OPEN_KEYS) as Map<string, Set<string>> | undefined;
    if (!cache) {
      cache = new Map();
      ctx.loaders.set(OPEN_KEYS, cache);
    }
    let keys = cache.get(clientId);
    if (!keys) {
      keys = new Set(await this.tasks.openGeneratedKeys(ctx, clientId));
      cache.set(clientId, keys);
    }
    return keys;
  }
}
