import { Client } from 'pg';

/**
 * What an attacker with database access would do: alters one stored audit event of a firm behind the append-only
 * trigger's back (as the owner role), so a test can show that verification names it.
 */
export const tamperAuditEvent = async (ownerUrl: string, tenantId: string, seq: number): Promise<void> => {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await owner.query(
      `UPDATE audit_event SET actor_label = 'jemand anderes' WHERE tenant_id = $1 AND seq = $2`,
      [tenantId, seq],
    );
    await owner.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await owner.query('COMMIT');
  } finally {
    await owner.end();
  }
};
