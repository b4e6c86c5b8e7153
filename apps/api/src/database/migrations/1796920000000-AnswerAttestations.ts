import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `(SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid)`;
const CLIENT = `(SELECT NULLIF(current_setting('app.client_id', true), '')::uuid)`;
const SCOPE = `tenant_id = ${TENANT} AND CASE WHEN ${CLIENT} IS NULL THEN true ELSE client_id = ${CLIENT} END`;

/**
 * Client attestations (issue 20; docs/judgement.md § Client attestations): one row per WhatsApp account and
 * questionnaire answer — who gave it and when, its state (CLAIMED by the client, VERIFIED or REJECTED by the DPO with
 * a comment), the evidence document and the questionnaire version it was given under. The client gets the firm's
 * switch `accept_claimed_answers` (CLAIMED counts as given for CRITICAL/HIGH rules too) and the re-attestation period
 * `reattestation_months` after which an answer falls back to unknown.
 */
export class AnswerAttestations1796920000000 implements MigrationInterface {
  name = 'AnswerAttestations1796920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE client ADD COLUMN accept_claimed_answers boolean NOT NULL DEFAULT false,
         ADD COLUMN reattestation_months int NOT NULL DEFAULT 12`,
    );
    await queryRunner.query(`CREATE TABLE answer_attestation (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      client_id uuid NOT NULL,
      account_id uuid NOT NULL,
      answer_key text NOT NULL,
      value boolean,
      state text NOT NULL CHECK (state IN ('CLAIMED', 'VERIFIED', 'REJECTED')),
      questionnaire_version int NOT NULL,
      answered_by uuid,
      answered_at timestamptz NOT NULL,
      evidence_document_id uuid,
      reviewed_by uuid,
      reviewed_at timestamptz,
      review_comment text,
      PRIMARY KEY (tenant_id, account_id, answer_key),
      CONSTRAINT answer_attestation_account_fk FOREIGN KEY (tenant_id, account_id)
        REFERENCES whatsapp_account(tenant_id, id) ON DELETE CASCADE,
      CONSTRAINT answer_attestation_client_fk FOREIGN KEY (tenant_id, client_id) REFERENCES client(tenant_id, id),
      CONSTRAINT answer_attestation_evidence_fk FOREIGN KEY (tenant_id, evidence_document_id)
        REFERENCES document(tenant_id, id),
      CONSTRAINT answer_attestation_rejected_reason CHECK (state <> 'REJECTED' OR length(btrim(coalesce(review_comment, ''))) > 0)
    )`);
    await queryRunner.query(
      `CREATE INDEX answer_attestation_client_idx ON answer_attestation (tenant_id, client_id, answered_at)`,
    );
    await queryRunner.query(`ALTER TABLE answer_attestation ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE answer_attestation FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON answer_attestation USING (${SCOPE}) WITH CHECK (${SCOPE})`,
    );
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON answer_attestation TO klarsicht_runtime`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE answer_attestation`);
    await queryRunner.query(
      `ALTER TABLE client DROP COLUMN accept_claimed_answers, DROP COLUMN reattestation_months`,
    );
  }
}
