// A firm's portfolio seeded as the owner in a handful of set-based statements (bench/portfolio.mjs,
// bench/reports.mjs): n clients with levels and scores, 20 tasks and 10 documents each, `consentsPerClient` consent
// records each, and the per-client aggregates the app keeps.
export const seedFirm = async (db, tenantId, n, label, { consentsPerClient = 400, log = () => {} } = {}) => {
  const t = Date.now();
  await db.query(
    `INSERT INTO client (id, tenant_id, name, industry, federal_state, city, compliance_score, compliance_level)
     SELECT uuid_generate_v7(), $1, $2 || ' ' || lpad(g::text, 5, '0') || ' GmbH',
            (ARRAY['Handwerk', 'Gesundheit', 'Handel', 'Gastronomie', 'Beratung'])[1 + g % 5],
            (ARRAY['BY', 'BW', 'NW', 'HE', 'BE', 'HH'])[1 + g % 6], (ARRAY['München', 'Köln', 'Berlin', 'Hamburg'])[1 + g % 4],
            (g * 37) % 101, (ARRAY['RED', 'AMBER', 'GREEN'])[1 + g % 3]
       FROM generate_series(1, $3::int) g`,
    [tenantId, label, n],
  );
  await db.query(
    `INSERT INTO task (id, tenant_id, client_id, title, status, priority, due_at, source)
     SELECT uuid_generate_v7(), c.tenant_id, c.id, 'Aufgabe ' || k,
            (ARRAY['OPEN', 'OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED'])[1 + k % 5], (ARRAY['LOW', 'MEDIUM', 'HIGH'])[1 + k % 3],
            now() + ((k * 3 - 20) || ' days')::interval, 'MANUAL'
       FROM client c, generate_series(1, 20) k WHERE c.tenant_id = $1`,
    [tenantId],
  );
  await db.query(
    `INSERT INTO document (id, tenant_id, client_id, type, title, status, review_interval_months, next_review_at, updated_at)
     SELECT uuid_generate_v7(), c.tenant_id, c.id, (ARRAY['DPA', 'TOM', 'PRIVACY_NOTICE', 'DPIA', 'PROCESSING_RECORD'])[1 + k % 5],
            'Dokument ' || k, (ARRAY['APPROVED', 'APPROVED', 'IN_REVIEW', 'DRAFT'])[1 + k % 4], 12,
            now() + (((k * 41 + length(c.name)) % 400 - 30) || ' days')::interval, now()
       FROM client c, generate_series(1, 10) k WHERE c.tenant_id = $1`,
    [tenantId],
  );
  // ~400 consent records per client, one subject each (sealed number and blind index are not needed here).
  if (consentsPerClient > 0)
    await db.query(
      `INSERT INTO consent_subject (id, tenant_id, client_id, phone_index, phone_masked)
     SELECT uuid_generate_v7(), c.tenant_id, c.id, md5(c.id::text || k), '+49 151 ••••' || lpad((k % 1000)::text, 3, '0')
       FROM client c, generate_series(1, $2::int) k WHERE c.tenant_id = $1`,
      [tenantId, consentsPerClient],
    );
  if (consentsPerClient > 0)
    await db.query(
      `INSERT INTO consent_record (id, tenant_id, client_id, subject_id, purpose, status, requested_at, confirmed_at, updated_at)
     SELECT uuid_generate_v7(), s.tenant_id, s.client_id, s.id, 'MARKETING',
            (ARRAY['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'PENDING', 'WITHDRAWN', 'EXPIRED'])[1 + abs(hashtext(s.id::text)) % 6],
            now() - interval '30 days', now() - interval '29 days', now()
       FROM consent_subject s WHERE s.tenant_id = $1`,
      [tenantId],
    );
  // The maintained per-client aggregates (the app keeps them current on every change; consent counters by trigger).
  await db.query(
    `UPDATE client c SET
       open_task_count = (SELECT count(*) FROM task t WHERE t.tenant_id = c.tenant_id AND t.client_id = c.id AND t.status IN ('OPEN', 'IN_PROGRESS')),
       next_review_at = (SELECT min(d.next_review_at) FROM document d WHERE d.tenant_id = c.tenant_id AND d.client_id = c.id AND d.status = 'APPROVED')
     WHERE c.tenant_id = $1`,
    [tenantId],
  );
  log(`seeded ${label}: ${n} clients in ${((Date.now() - t) / 1000).toFixed(1)} s`);
};
