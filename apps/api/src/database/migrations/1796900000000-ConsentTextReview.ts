import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consent-text review (issue 20; docs/judgement.md): each published version keeps the findings of
 * `lintConsentText` at publication and the text's readability score. NULL for versions published before the
 * review existed (they do not count for CONSENT-TEXT until a new version replaces them). The table stays
 * append-only (its triggers refuse UPDATE and DELETE); the columns are filled by the INSERT.
 */
export class ConsentTextReview1796900000000 implements MigrationInterface {
  name = 'ConsentTextReview1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE consent_text ADD COLUMN findings jsonb, ADD COLUMN readability_score numeric(4, 1)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE consent_text DROP COLUMN findings, DROP COLUMN readability_score`);
  }
}
